import cliProgress from "cli-progress";
import type {Command} from "commander";
// The app's modules this file uses, not its index (which loads every use case: the simulator, the measures, the
// reader): an ingest read on reader threads loads the store and the batch's light parts here, and the commands
// below load what else they need when they run.
import {withStore} from "../../app/context.js";
import {
  INGEST_DEFAULTS,
  INGEST_FORMATS,
  ingestPaths,
  queryClaims,
  queryEvents,
  queryFigures,
  sourceDetail,
  type IngestFormat
} from "../../app/ingest.js";
import {startIngestReaders} from "../../app/ingest-paths.js";
import {tuneJitForBatches} from "../../app/jit.js";
import {eventDateText, formatIssue, IssueError, type Issue, yearEstimated} from "../../domain/index.js";
import {EXIT, printJson, table, UsageError} from "../output.js";
import {emit, formatOf, withFormat, type FormatFlags} from "../export.js";
import {checkDate, checkPeriod, optionsOf} from "../options.js";
import {apiGet, remoteIngest, servingServer} from "../remote.js";
import type {GlobalOptions} from "../program.js";
import {takeEarlyReaders} from "../ingest-early.js";

const KINDS = ["assessment", "forecast", "recommendation"];

/** An actor's code from a name or code: the catalog (and the pack it reads) loads with the commands that resolve one. */
const resolveActorCode: typeof import("../../app/catalog.js").resolveActorCode = async (...args) =>
  (await import("../../app/catalog.js")).resolveActorCode(...args);

/** The most rows a CSV or Parquet export holds when no --limit is given. */
const EXPORT_LIMIT = 1_000_000;

function nonNegativeInt(flag: string, value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`Invalid value for ${flag}: expected an integer ≥ 0, found "${value}"`);
  return n;
}

/** Lists print 50 rows by default; CSV and Parquet exports every row (up to a million) unless --limit says. */
function listLimit(opts: FormatFlags & {limit?: string}): number {
  const f = formatOf(opts);
  return positiveInt("--limit", opts.limit, f === "csv" || f === "parquet" ? EXPORT_LIMIT : 50);
}

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`Invalid value for ${flag}: expected a positive integer, found "${value}"`);
  return n;
}

/** Reads stdin up to one byte past the article limit (the reader then reports "too large" instead of reading on). */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    n += (c as Buffer).length;
    if (n > INGEST_DEFAULTS.maxBytes) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
}

/** `ingest --follow <folder>`: imports new GDELT files as they arrive, one line per file; Ctrl-C stops after the current file. */
async function followCommand(folder: string, opts: GlobalOptions & {poll: string; once: boolean}): Promise<void> {
  const seconds = Number(opts.poll);
  if (!(seconds > 0))
    throw new UsageError(`Invalid value for --poll: expected a positive number of seconds, found "${opts.poll}"`);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const {followFolder} = await import("../../app/follow.js");
    const state = await withStore(opts, (store) =>
      followFolder(store, folder, {
        pollMs: seconds * 1000,
        once: opts.once,
        signal: controller.signal,
        now: () => new Date().toISOString(),
        onFile: (f) => {
          for (const w of f.warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
          for (const i of f.issues) process.stderr.write(`${formatIssue(i)}\n`);
          if (f.issues.length > 0) process.exitCode = EXIT.badInput;
          if (opts.json) process.stdout.write(JSON.stringify(f) + "\n");
          else
            process.stdout.write(
              `${f.status === "duplicate" ? "already stored" : f.status}  ${f.file}  ${f.events} events${f.sourceId ? `  ${f.sourceId}` : ""}\n`
            );
        }
      })
    );
    if (!opts.json)
      process.stdout.write(
        `${state.stored} stored, ${state.duplicate} already stored, ${state.failed} failed; ${state.events} events${state.waiting ? `; ${state.waiting} incomplete, not read yet` : ""}\n`
      );
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}

/** `ingest`, `events`, `claims`, `show`: reading documents and what was read from them. */
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description(
      "read articles (text, HTML, Markdown; files, folders or - for stdin) or GDELT event files into the store"
    )
    .argument("[paths...]", "files or folders; - reads stdin")
    .option("--format <format>", `one of ${INGEST_FORMATS.join(", ")}`, "auto")
    .option("--publisher <name>", "publisher, when the document does not say")
    .option(
      "--date <date>",
      "publication date YYYY-MM-DD (or YYYY-MM, YYYY when only the month or year is known), when the document does not say"
    )
    .option("--title <title>", "title, when the document does not say")
    .option("--author <name>", "author, when the document does not say")
    .option("--strict", "GDELT: fail a file at its first bad row instead of skipping bad rows")
    .option("--no-coder", "do not code events (mentions from the pack's aliases only)")
    .option(
      "--reader-threads <n>",
      "threads reading documents while the main thread writes (default on 2+ cores, for 16 documents or more: one per core but one, and from 100 documents one more when other processes leave a core free; at most 4; below 16 documents one with the compiled CLI; 0 reads on the main thread)"
    )
    .option("--follow <folder>", "watch a folder of GDELT 2.0 15-minute export files and import each new one once")
    .option("--poll <seconds>", "with --follow: seconds between scans of the folder", "5")
    .option("--once", "with --follow: import what is complete now, then exit")
    .action(async (paths: string[], _o, command: Command) => {
      const follow = optionsOf<{follow?: string; poll: string; once?: boolean}>(command);
      if (follow.follow !== undefined) {
        if (paths.length > 0)
          throw new UsageError(
            `Invalid arguments: --follow takes a folder and no other paths, found "${paths.join(" ")}"`
          );
        return followCommand(follow.follow, {...optionsOf(command), poll: follow.poll, once: follow.once === true});
      }
      if (paths.length === 0)
        throw new UsageError(`Missing argument: expected files or folders to ingest, or --follow <folder>`);
      const opts = optionsOf<{
        format: string;
        publisher?: string;
        date?: string;
        title?: string;
        author?: string;
        strict?: boolean;
        coder?: boolean;
        readerThreads?: string;
      }>(command);
      if (!INGEST_FORMATS.includes(opts.format as IngestFormat)) {
        throw new UsageError(
          `Invalid value for --format: expected one of ${INGEST_FORMATS.join(", ")}, found "${opts.format}"`
        );
      }
      const date = checkPeriod("--date", opts.date);
      const given = {
        ...(opts.title ? {title: opts.title} : {}),
        ...(opts.publisher ? {publisher: opts.publisher} : {}),
        ...(opts.author ? {author: opts.author} : {}),
        ...(date ? {date} : {})
      };
      const bar = new cliProgress.SingleBar(
        {
          stream: process.stderr,
          noTTYOutput: true,
          notTTYSchedule: 2000,
          hideCursor: false,
          format:
            "ingest [{bar}] {value}/{total} documents | {sentences} sentences | {events} events | {claims} claims | {file}"
        },
        cliProgress.Presets.shades_classic
      );
      bar.start(paths.length, 0, {sentences: 0, events: 0, claims: 0, file: ""});
      // The bar's timer must never keep a failed process alive: stopped whatever happens.
      const server = servingServer(opts);
      const readerThreads = opts.readerThreads === undefined ? undefined : Number(opts.readerThreads);
      if (
        readerThreads !== undefined &&
        !(Number.isInteger(readerThreads) && readerThreads >= 0 && readerThreads <= 64)
      )
        throw new UsageError(`Invalid value for --reader-threads: expected 0–64, found "${opts.readerThreads}"`);
      // A batch read in this process runs the reader thousands of times from a cold start (see app/jit.ts).
      if (!server) tuneJitForBatches();
      // Reader threads started before the store is opened: they load the reader meanwhile.
      const coder = opts.coder === false ? {coder: null} : {};
      const choice = {...coder, ...(readerThreads !== undefined ? {readerThreads} : {})};
      // Those the process started as it started (ingest-early.ts) when they are the same choice; closed otherwise.
      const early = takeEarlyReaders(paths, server ? {reader: false} : choice);
      const started = server ? undefined : (early ?? startIngestReaders(paths, choice));
      const readers = started?.reader;
      const report = await (
        server
          ? remoteIngest(server, paths, {
              format: opts.format as string,
              given: given as Record<string, string>,
              readStdin
            })
          : withStore(opts, (store) =>
              ingestPaths(store, paths, {
                now: new Date().toISOString(),
                format: opts.format as IngestFormat,
                given,
                ...coder,
                ...(opts.strict ? {strict: true} : {}),
                ...(readerThreads !== undefined ? {readerThreads} : {}),
                ...(readers ? {reader: readers} : {}),
                ...(started ? {expanded: started.expanded} : {}),
                memoryLimit: "512MB",
                closing: true,
                stdin: readStdin,
                onProgress: (p) => {
                  bar.setTotal(p.total);
                  bar.update(p.done, {
                    sentences: p.sentences,
                    events: p.events,
                    claims: p.claims,
                    file: p.file.split("/").pop()
                  });
                }
              })
            )
      ).finally(() => {
        bar.stop();
        return readers?.close();
      });
      const issues: Issue[] = report.documents.flatMap((d) => d.issues);
      const warnings: Issue[] = [...report.warnings, ...report.documents.flatMap((d) => d.warnings)];
      for (const w of warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
      for (const i of issues) process.stderr.write(`${formatIssue(i)}\n`);
      if (issues.length > 0) process.exitCode = EXIT.badInput;
      if (opts.json) return printJson(report);
      process.stdout.write(
        table(report.documents, [
          {header: "file", value: (d) => d.file, max: 40},
          {header: "status", value: (d) => d.status},
          {header: "source", value: (d) => d.sourceId ?? "", max: 24},
          {header: "format", value: (d) => d.format ?? ""},
          {header: "date", value: (d) => d.date ?? ""},
          {header: "sentences", value: (d) => d.sentences, right: true},
          {header: "events", value: (d) => d.events, right: true},
          {header: "stances", value: (d) => d.stances, right: true},
          {header: "claims", value: (d) => d.claims, right: true},
          {header: "dropped", value: (d) => d.dropped, right: true}
        ]) +
          `\n${report.totals.stored} stored, ${report.totals.duplicate} already stored, ${report.totals.failed} failed; ` +
          `${report.totals.sentences} sentences, ${report.totals.events} events, ${report.totals.stances} stances, ${report.totals.claims} claims\n`
      );
    });

  withFormat(
    program
      .command("events")
      .description("coded events, filtered by dyad, actor, period and CAMEO code")
      .option("--dyad <a-b>", "two actors, either direction (KAZ-RUS; aliases work)")
      .option("--actor <code>", "events where this actor is source or target (code or alias)")
      .option("--from <date>", "YYYY-MM-DD")
      .option("--to <date>", "YYYY-MM-DD")
      .option("--code <cameo>", "CAMEO code prefix (05 matches 05, 051, 0511 …)")
      .option("--source <id>", "events of one source")
      .option("--limit <n>", "how many (default 50; every row for csv and parquet)")
      .option("--offset <n>", "skip this many first", "0")
  ).action(async (_o, command: Command) => {
    const opts = optionsOf<
      FormatFlags & {
        dyad?: string;
        actor?: string;
        from?: string;
        to?: string;
        code?: string;
        source?: string;
        limit?: string;
        offset?: string;
      }
    >(command);
    const from = checkDate("--from", opts.from);
    const to = checkDate("--to", opts.to);
    if (from && to && from > to) throw new UsageError(`Invalid period: --from "${from}" is after --to "${to}"`);
    if (opts.code !== undefined && !/^\d{2,4}$/.test(opts.code)) {
      throw new UsageError(
        `Invalid value for --code: expected two to four digits of a CAMEO code, found "${opts.code}"`
      );
    }
    const limit = listLimit(opts);
    const offset = nonNegativeInt("--offset", opts.offset);
    let dyadParts: [string, string] | undefined;
    if (opts.dyad !== undefined) {
      const parts = opts.dyad.split(/-(?=[^-]+$)|,/);
      if (parts.length !== 2 || !parts[0] || !parts[1])
        throw new UsageError(`Invalid value for --dyad: expected two actors such as KAZ-RUS, found "${opts.dyad}"`);
      dyadParts = [parts[0], parts[1]];
    }
    const server = servingServer(opts);
    const result = server
      ? await apiGet<Awaited<ReturnType<typeof queryEvents>>>(server, "/api/events", {
          dyad: dyadParts?.join("-"),
          actor: opts.actor,
          from,
          to,
          code: opts.code,
          source: opts.source,
          limit,
          offset
        })
      : await withStore(opts, async (s) => {
          const dyad = dyadParts
            ? ([
                await resolveActorCode(s, dyadParts[0], {field: "--dyad"}),
                await resolveActorCode(s, dyadParts[1], {field: "--dyad"})
              ] as [string, string])
            : undefined;
          const actor = opts.actor ? await resolveActorCode(s, opts.actor, {field: "--actor"}) : undefined;
          return queryEvents(s, {
            ...(dyad ? {dyad} : {}),
            ...(actor ? {actor} : {}),
            ...(from ? {from} : {}),
            ...(to ? {to} : {}),
            ...(opts.code ? {code: opts.code} : {}),
            ...(opts.source ? {sourceId: opts.source} : {}),
            limit,
            offset
          });
        });
    await emit(opts, {
      name: "events",
      items: result.items,
      json: {items: result.items, total: result.total, limit, offset},
      table: () =>
        table(result.items, [
          // (at its precision: "2024-03" for a month, not the stored first day; a year the reader estimated for a
          // page with no date is shown as one)
          {
            header: "date",
            value: (e) => (e.date && yearEstimated(e) ? `${eventDateText(e)} (year estimated)` : eventDateText(e))
          },
          {header: "source", value: (e) => e.source},
          {header: "target", value: (e) => e.target},
          {header: "cameo", value: (e) => e.code},
          {header: "goldstein", value: (e) => e.goldstein, right: true, digits: 1},
          {header: "from", value: (e) => e.sourceId, max: 22},
          {header: "sentence", value: (e) => e.sentence ?? e.label ?? e.url ?? "", max: 70}
        ]) + `\n${footer(result.items.length, result.total, offset, "events")}`
    });
  });

  withFormat(
    program
      .command("claims")
      .description("experts' assessments, forecasts and recommendations")
      .option("--speaker <name>", "speaker's name (substring, case-insensitive)")
      .option("--about <actor>", "claims about this actor (code or alias)")
      .option("--kind <kind>", KINDS.join(", "))
      .option("--source <id>", "claims of one source")
      .option("--limit <n>", "how many (default 50; every row for csv and parquet)")
      .option("--offset <n>", "skip this many first", "0")
  ).action(async (_o, command: Command) => {
    const opts = optionsOf<
      FormatFlags & {speaker?: string; about?: string; kind?: string; source?: string; limit?: string; offset?: string}
    >(command);
    if (opts.kind && !KINDS.includes(opts.kind))
      throw new UsageError(`Invalid value for --kind: expected one of ${KINDS.join(", ")}, found "${opts.kind}"`);
    const limit = listLimit(opts);
    const offset = nonNegativeInt("--offset", opts.offset);
    const server = servingServer(opts);
    const claims = server
      ? await apiGet<Awaited<ReturnType<typeof queryClaims>>>(server, "/api/claims", {
          speaker: opts.speaker,
          about: opts.about,
          kind: opts.kind,
          source: opts.source,
          limit,
          offset
        })
      : await withStore(opts, async (s) => {
          const about = opts.about ? await resolveActorCode(s, opts.about, {field: "--about"}) : undefined;
          return queryClaims(s, {
            ...(opts.speaker ? {speaker: opts.speaker} : {}),
            ...(about ? {about} : {}),
            ...(opts.kind ? {kind: opts.kind} : {}),
            ...(opts.source ? {sourceId: opts.source} : {}),
            limit,
            offset
          });
        });
    await emit(opts, {
      name: "claims",
      items: claims.items,
      json: {items: claims.items, total: claims.total, limit, offset},
      table: () =>
        table(claims.items, [
          {header: "date", value: (c) => (c as {sourceDate?: string}).sourceDate ?? ""},
          {header: "speaker", value: (c) => c.speaker, max: 24},
          {header: "kind", value: (c) => c.kind},
          {header: "about", value: (c) => c.about.join(" "), max: 20},
          {header: "horizon", value: (c) => c.horizon ?? ""},
          {header: "quote", value: (c) => c.quote, max: 80}
        ]) + `\n${footer(claims.items.length, claims.total, offset, "claims")}`
    });
  });

  withFormat(
    program
      .command("figures")
      .description(
        "amounts read from documents (money, shares, tonnes, counts …): indicator candidates with their sentence"
      )
      .option("--actor <actor>", "figures whose sentence names this actor (code or alias)")
      .option("--unit <unit>", 'unit, exactly ("billion USD", "%", "tonnes")')
      .option("--year <year>", "the year the figure refers to")
      .option("--source <id>", "figures of one source")
      .option("--limit <n>", "how many (default 50; every row for csv and parquet)")
      .option("--offset <n>", "skip this many first", "0")
  ).action(async (_o, command: Command) => {
    const opts = optionsOf<
      FormatFlags & {actor?: string; unit?: string; year?: string; source?: string; limit?: string; offset?: string}
    >(command);
    const year = opts.year === undefined ? undefined : Number(opts.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1800 && year <= 2200))
      throw new UsageError(`Invalid value for --year: expected a year such as 2023, found "${opts.year}"`);
    const limit = listLimit(opts);
    const offset = nonNegativeInt("--offset", opts.offset);
    const figures = await withStore(opts, async (s) => {
      const actor = opts.actor ? await resolveActorCode(s, opts.actor, {field: "--actor"}) : undefined;
      return queryFigures(s, {
        ...(actor ? {actor} : {}),
        ...(opts.unit ? {unit: opts.unit} : {}),
        ...(year !== undefined ? {year} : {}),
        ...(opts.source ? {sourceId: opts.source} : {}),
        limit,
        offset
      });
    });
    await emit(opts, {
      name: "figures",
      items: figures.items,
      json: {items: figures.items, total: figures.total, limit, offset},
      table: () =>
        table(figures.items, [
          {header: "value", value: (f) => `${f.approximate ? "~" : ""}${f.value}`, right: true},
          {header: "unit", value: (f) => f.unit, max: 16},
          {header: "what", value: (f) => f.what, max: 40},
          {header: "year", value: (f) => (f.year === undefined ? "" : String(f.year))},
          {header: "outlook", value: (f) => f.outlook ?? ""},
          {header: "actors", value: (f) => f.actors.join(" "), max: 16},
          {header: "from", value: (f) => f.sourceId, max: 22},
          {header: "sentence", value: (f) => f.quote, max: 60}
        ]) + `\n${footer(figures.items.length, figures.total, offset, "figures")}`
    });
  });

  program
    .command("show")
    .description("a stored document with each sentence's events, mentions and claims")
    .argument("<source-id>")
    .action(async (id: string, _o, command: Command) => {
      const opts = optionsOf<object>(command);
      const detail = await withStore(opts, (s) => sourceDetail(s, id));
      if (!detail)
        throw new IssueError([
          {code: "unknown_source", message: `No source "${id}": run \`multivector sources\` to list them`, path: ["id"]}
        ]);
      if (opts.json) return printJson(detail);
      const s = detail.source;
      const out: string[] = [];
      out.push(`${s.title ?? "(untitled)"}`);
      out.push([s.publisher, s.author, s.date, s.format, s.origin].filter(Boolean).join(" · "));
      out.push(
        `source ${s.id}  ${detail.sentences.length} sentences, ${detail.eventCount} events, ${detail.claims.length} claims`
      );
      const dropped = (s.dropped as {dropped?: {reason: string}[]} | null)?.dropped;
      if (dropped?.length) {
        const counts = new Map<string, number>();
        for (const d of dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
        out.push(`left out: ${[...counts].map(([r, n]) => `${n} ${r}`).join(", ")}`);
      }
      out.push("");
      for (const t of detail.sentences) {
        out.push(`[${t.index}] ${t.text}`);
        if (t.mentions.length) out.push(`      mentions: ${t.mentions.map((m) => `${m.text}=${m.code}`).join(", ")}`);
        for (const e of t.events)
          out.push(
            `      event: ${e.source} → ${e.target} ${e.code} (Goldstein ${e.goldstein}) ${eventDateText(e) ?? "undated"}  rule ${e.rule ?? ""}`
          );
        for (const c of t.claims)
          out.push(
            `      claim: ${c.kind} by ${c.speaker}${c.about.length ? ` about ${c.about.join(", ")}` : ""}${c.horizon ? ` (horizon ${c.horizon})` : ""}`
          );
        for (const f of t.figures)
          out.push(
            `      figure: ${f.approximate ? "~" : ""}${f.value} ${f.unit} — ${f.what}${f.year !== undefined ? ` (${f.year})` : ""}${f.outlook ? ` [${f.outlook}]` : ""}`
          );
        if (t.why && (t.why.reasons.length || t.why.claim || t.why.events.length))
          out.push(
            `      why: ${[
              ...t.why.events.map((e) => `event ${e}`),
              ...(t.why.claim ? [t.why.claim] : []),
              ...(t.why.reasons.length ? [`not: ${t.why.reasons.join(", ")}`] : [])
            ].join("; ")}`
          );
        for (const st of t.stances)
          out.push(
            `      stance: ${String(st.speaker)} → ${String(st.target)} ${Number(st.polarity) > 0 ? "+" : ""}${Number(st.polarity)}`
          );
      }
      if (detail.sentences.length === 0 && detail.events.length) {
        for (const e of detail.events)
          out.push(`${eventDateText(e) ?? "undated"} ${e.source} → ${e.target} ${e.code} ${e.url ?? ""}`);
      }
      process.stdout.write(`${out.join("\n")}\n`);
    });
}

/** "50 of 144 claims (1–50; --offset 50 for more)": what a page shows of the whole. */
function footer(shown: number, total: number, offset: number, noun: string): string {
  if (shown === total) return `${total} ${noun}`;
  const range = shown ? ` (${offset + 1}–${offset + shown}` : " (";
  const more = offset + shown < total ? `${shown ? "; " : ""}--offset ${offset + shown} for more)` : ")";
  return `${shown} of ${total} ${noun}${range}${more}`;
}
