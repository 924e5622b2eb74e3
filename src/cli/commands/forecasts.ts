import type {Command} from "commander";
import {withStore} from "../../app/context.js";
import {forecastRegistry, resolveForecast} from "../../app/forecasts.js";
import {ForecastStatus, type Forecast} from "../../domain/index.js";
import {printJson, table, UsageError} from "../output.js";
import {checkDate, optionsOf} from "../options.js";

function outcomeText(f: Forecast): string {
  const o = f.outcome;
  switch (o.kind) {
    case "membership":
      return `${o.actor} ${o.change}s ${o.org}`;
    case "event":
      return `${["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"][o.quad]} ${o.actors.join("–")}`;
    case "measure":
      return `${o.vector}'s share of ${o.focal} ${o.direction}`;
    case "other":
      return "not checkable automatically";
  }
}

function statusText(f: Forecast): string {
  if (f.status === "open") return "open";
  return `${f.status}${f.resolution?.by === "auto" ? " (auto, unconfirmed)" : f.resolution?.by === "person" ? " (by a person)" : ""}`;
}

const num = (v: number | null, d = 3) => (v === null ? "–" : v.toFixed(d));

/** `forecasts`: the registry with its scores; `forecasts resolve <id> --true|--false --evidence …`. */
export function registerForecasts(program: Command): void {
  const cmd = program
    .command("forecasts")
    .description(
      "the experts' forecasts with speaker, horizon, status and the evidence of their resolution; speakers' scores"
    )
    .option("--status <status>", `only forecasts with this status: ${ForecastStatus.options.join(", ")}`)
    .option("--speaker <name>", "only this speaker's forecasts (part of the name)")
    .option("--as-of <date>", "resolve automatically as of this date (YYYY-MM-DD; default today)")
    .action(async (_o, command: Command) => {
      const opts = optionsOf<{status?: string; speaker?: string; asOf?: string}>(command);
      if (opts.status !== undefined && !ForecastStatus.options.includes(opts.status as Forecast["status"]))
        throw new UsageError(
          `Invalid value for --status: expected one of ${ForecastStatus.options.join(", ")}, found "${opts.status}"`
        );
      const now = new Date().toISOString();
      const asOf = checkDate("--as-of", opts.asOf) ?? now.slice(0, 10);
      const r = await withStore(opts, (s) =>
        forecastRegistry(s, {
          asOf,
          now,
          query: {
            ...(opts.status ? {status: opts.status as Forecast["status"]} : {}),
            ...(opts.speaker ? {speaker: opts.speaker} : {})
          }
        })
      );
      if (opts.json) return printJson(r);
      const out: string[] = [];
      out.push(
        table(r.forecasts, [
          {header: "id", value: (f) => f.id, max: 28},
          {header: "made", value: (f) => f.made ?? "undated"},
          {header: "speaker", value: (f) => f.speaker, max: 22},
          {header: "cue", value: (f) => (f.modality ? `${f.modality} (${f.probability})` : "–"), max: 22},
          {header: "predicts", value: outcomeText, max: 34},
          {
            header: "horizon",
            value: (f) => (f.horizon ? `${f.horizon}${f.horizonKind === "default" ? "*" : ""}` : "unknown")
          },
          {header: "status", value: statusText},
          {header: "quote", value: (f) => f.quote, max: 60}
        ])
      );
      out.push(
        `${r.forecasts.length} forecasts (${r.added} new, ${r.resolved} resolved automatically now); * = default horizon (see docs/methods.md)`
      );
      const resolved = r.forecasts.filter((f) => f.resolution);
      if (resolved.length > 0) {
        out.push(`\nEvidence of the resolutions`);
        for (const f of resolved) out.push(`  ${f.id} ${statusText(f)}: ${f.resolution!.evidence.join("; ")}`);
      }
      const scores = r.scores.filter((s) => s.by === "speaker");
      out.push(
        `\nScores per speaker over resolved forecasts (Brier: 0 perfect, 0.25 = always 50%; never a rank without its count)\n` +
          table(scores, [
            {header: "speaker", value: (s) => s.key, max: 28},
            {header: "forecasts", value: (s) => s.forecasts, right: true},
            {header: "open", value: (s) => s.open, right: true},
            {header: "expired", value: (s) => s.expired, right: true},
            {header: "resolved", value: (s) => s.resolved, right: true},
            {header: "Brier (n)", value: (s) => (s.scored ? `${num(s.brier)} (${s.scored})` : "–"), right: true},
            {
              header: "share true (n)",
              value: (s) => (s.unscored ? `${num(s.shareTrue, 2)} (${s.unscored})` : "–"),
              right: true
            }
          ])
      );
      process.stdout.write(out.join("\n") + "\n");
    });

  cmd
    .command("resolve")
    .description("confirm or override a forecast's resolution, with the evidence")
    .argument("<id>", "the forecast's id (see `multivector forecasts`)")
    .option("--true", "it came true")
    .option("--false", "it did not")
    .option("--evidence <text...>", "what shows it (a source, an event id, a figure); repeatable")
    .option("--who <name>", "who resolves it")
    .action(async (id: string, _o, command: Command) => {
      const opts = optionsOf<{true?: boolean; false?: boolean; evidence?: string[]; who?: string}>(command);
      if (opts.true === opts.false) throw new UsageError(`Invalid options: give exactly one of --true and --false`);
      if (!opts.evidence || opts.evidence.length === 0)
        throw new UsageError(`Missing option --evidence: say what shows the outcome (a source, an event id, a figure)`);
      const f = await withStore(opts, (s) =>
        resolveForecast(s, id, {
          status: opts.true ? "true" : "false",
          evidence: opts.evidence!,
          ...(opts.who ? {who: opts.who} : {}),
          now: new Date().toISOString()
        })
      );
      if (opts.json) return printJson(f);
      process.stdout.write(
        `${f.id}: resolved ${f.status} by a person${f.history.length ? ` (replacing ${f.history.at(-1)!.status} by ${f.history.at(-1)!.by})` : ""}; evidence: ${f.resolution!.evidence.join("; ")}\n`
      );
    });
}
