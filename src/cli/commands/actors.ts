import type {Command} from "commander";
import {
  listActors,
  listMemberships,
  listSources,
  countSources,
  resolveActor,
  resolveActorCode,
  timeline
} from "../../app/catalog.js";
import {withStore} from "../../app/context.js";
import {printJson, table, UsageError} from "../output.js";
import {emit, wholePage, withFormat, type FormatFlags} from "../export.js";
import {checkDate, optionsOf} from "../options.js";
import {ActorKind, eventDateText} from "../../domain/index.js";

const KINDS: readonly string[] = ActorKind.options;

/** `actors`, `actor`, `memberships`, `timeline`, `sources`: what the store knows. */
export function registerActors(program: Command): void {
  withFormat(
    program
      .command("actors")
      .description("list actors")
      .option("--kind <kind>", `only actors of this kind: ${KINDS.join(", ")}`)
  ).action(async (_o, command: Command) => {
    const opts = optionsOf<{kind?: string} & FormatFlags>(command);
    if (opts.kind && !KINDS.includes(opts.kind)) {
      throw new UsageError(`Invalid value for --kind: expected one of ${KINDS.join(", ")}, found "${opts.kind}"`);
    }
    const actors = await withStore(opts, (s) => listActors(s, opts.kind ? {kind: opts.kind} : {}));
    await emit(opts, {
      name: "actors",
      items: actors,
      json: wholePage(actors),
      table: () =>
        table(actors, [
          {header: "code", value: (a) => a.code},
          {header: "name", value: (a) => a.name},
          {header: "kind", value: (a) => a.kind},
          {
            header: "aliases",
            // The actor's own names first, then the people who lead or led it (office holders, by name).
            value: (a) =>
              [...a.aliases.filter((x) => x.role !== "leader"), ...a.aliases.filter((x) => x.role === "leader")]
                .map((x) => x.alias)
                .filter((x, k, all) => x !== a.code && x !== a.name && all.indexOf(x) === k)
                .join(", "),
            max: 70
          }
        ]) + `\n${actors.length} actors`
    });
  });

  program
    .command("actor")
    .description('resolve a code or alias ("the Kremlin", "Akorda") and show the actor')
    .argument("<code-or-alias>")
    .option("--at <date>", "resolve leaders' names as of this date (YYYY-MM-DD)")
    .action(async (query: string, _o, command: Command) => {
      const opts = optionsOf<{at?: string}>(command);
      const at = checkDate("--at", opts.at);
      const result = await withStore(opts, async (s) => {
        const matches = await resolveActor(s, query, at ? {at} : {});
        const all = await listActors(s, {codes: matches.map((m) => m.code)});
        const memberships = await listMemberships(s, {actor: matches[0]!.code});
        return matches.map((m) => ({...all.find((a) => a.code === m.code)!, matched: m.matched, memberships}));
      });
      if (opts.json) return printJson(result);
      for (const a of result) {
        process.stdout.write(
          `${a.code}  ${a.name} (${a.kind})  matched "${a.matched}"\n` +
            `aliases: ${a.aliases.map((x) => x.alias + (x.from ? ` [${x.from}–${x.to ?? ""}]` : "")).join(", ")}\n` +
            (a.citation ? `source: ${a.citation.source}: "${a.citation.quote}"\n` : "") +
            (a.memberships.length
              ? `memberships:\n${table(a.memberships, [
                  {header: "org", value: (m) => m.org},
                  {header: "role", value: (m) => m.role},
                  {header: "from", value: (m) => m.from},
                  {header: "to", value: (m) => m.to ?? ""}
                ])}\n`
              : "")
        );
      }
    });

  withFormat(
    program
      .command("memberships")
      .description("memberships valid at a date")
      .option("--at <date>", "YYYY-MM-DD (default: all periods)")
      .option("--org <code>", "one organization (code or alias)")
  ).action(async (_o, command: Command) => {
    const opts = optionsOf<{at?: string; org?: string} & FormatFlags>(command);
    const at = checkDate("--at", opts.at);
    const rows = await withStore(opts, async (s) => {
      const org = opts.org ? await resolveActorCode(s, opts.org, {field: "--org"}) : undefined;
      return listMemberships(s, {...(at ? {at} : {}), ...(org ? {org} : {})});
    });
    await emit(opts, {
      name: "memberships",
      items: rows,
      json: wholePage(rows),
      table: () =>
        table(rows, [
          {header: "org", value: (m) => m.org},
          {header: "actor", value: (m) => m.actor},
          {header: "name", value: (m) => m.actorName},
          {header: "role", value: (m) => m.role},
          {header: "from", value: (m) => m.from},
          {header: "to", value: (m) => m.to ?? ""}
        ]) + `\n${rows.length} memberships${at ? ` valid at ${at}` : ""}`
    });
  });

  withFormat(
    program
      .command("timeline")
      .description("the pack's timeline of events, with quotes")
      .option("--actor <code>", "events where this actor is source or target (code or alias)")
      .option("--from <date>", "YYYY-MM-DD")
      .option("--to <date>", "YYYY-MM-DD")
  ).action(async (_o, command: Command) => {
    const opts = optionsOf<{actor?: string; from?: string; to?: string} & FormatFlags>(command);
    const from = checkDate("--from", opts.from);
    const to = checkDate("--to", opts.to);
    if (from && to && from > to) throw new UsageError(`Invalid period: --from "${from}" is after --to "${to}"`);
    const events = await withStore(opts, async (s) => {
      const actor = opts.actor ? await resolveActorCode(s, opts.actor, {field: "--actor"}) : undefined;
      return timeline(s, {...(actor ? {actor} : {}), ...(from ? {from} : {}), ...(to ? {to} : {})});
    });
    await emit(opts, {
      name: "timeline",
      items: events,
      json: wholePage(events),
      table: () =>
        table(events, [
          {header: "date", value: (e) => eventDateText(e)},
          {header: "source", value: (e) => e.source},
          {header: "target", value: (e) => e.target},
          {header: "cameo", value: (e) => e.code},
          {header: "goldstein", value: (e) => e.goldstein, right: true, digits: 1},
          {header: "event", value: (e) => e.label, max: 60},
          {header: "from", value: (e) => e.url, max: 28}
        ]) + `\n${events.length} events`
    });
  });

  withFormat(
    program
      .command("sources")
      .description("documents in the store, with their event and claim counts")
      .option("--limit <n>", "how many", "100")
      .option("--offset <n>", "skip this many first", "0")
  ).action(async (_o, command: Command) => {
    const opts = optionsOf<{limit: string; offset: string} & FormatFlags>(command);
    const limit = Number(opts.limit);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`Invalid value for --limit: expected a positive integer, found "${opts.limit}"`);
    const offset = Number(opts.offset);
    if (!Number.isInteger(offset) || offset < 0)
      throw new UsageError(`Invalid value for --offset: expected an integer ≥ 0, found "${opts.offset}"`);
    const [rows, total] = await withStore(
      opts,
      async (s) => [await listSources(s, {limit, offset}), await countSources(s)] as const
    );
    await emit(opts, {
      name: "sources",
      items: rows,
      json: {items: rows, total, limit, offset},
      table: () =>
        table(rows, [
          {header: "id", value: (r) => r.id, max: 20},
          {header: "date", value: (r) => r.date},
          {header: "publisher", value: (r) => r.publisher, max: 20},
          {header: "title", value: (r) => r.title, max: 60},
          {header: "events", value: (r) => r.events, right: true},
          {header: "claims", value: (r) => r.claims, right: true}
        ]) + `\n${rows.length} of ${total} sources`
    });
  });
}
