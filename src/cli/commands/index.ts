import type {Command} from "commander";

/** A command file: the commands it registers and how to load it (only when one of them runs). */
export interface CommandModule {
  /** The top-level commands the file registers, with the one-line description each has there. */
  commands: Readonly<Record<string, string>>;
  load: () => Promise<(program: Command) => void>;
}

/**
 * Every command file, loaded on demand so a command imports only what it uses (`--help` loads
 * none). Add one entry per command file; `test/cli-startup.test.ts` checks that the names and
 * descriptions here are the ones the files register.
 */
export const COMMAND_MODULES: readonly CommandModule[] = [
  {
    commands: {
      init: "create the store and seed it with the Central Asia pack and the bundled datasets (idempotent)",
      pack: "work with knowledge packs"
    },
    load: async () => (await import("./init.js")).registerInit
  },
  {
    commands: {
      actors: "list actors",
      actor: 'resolve a code or alias ("the Kremlin", "Akorda") and show the actor',
      memberships: "memberships valid at a date",
      timeline: "the pack's timeline of events, with quotes",
      sources: "documents in the store, with their event and claim counts"
    },
    load: async () => (await import("./actors.js")).registerActors
  },
  {
    commands: {serve: "serve the HTTP API and the dashboard (PORT, default 8787; HOST, default 127.0.0.1)"},
    load: async () => (await import("./serve.js")).registerServe
  },
  {
    commands: {
      bargain: "run a bargaining model on an issue file (KTAB CSV/XML, our JSON/YAML, or a BDM actors CSV)",
      scenarios: "list the shipped scenarios",
      simulate:
        "run a scenario (file, or shipped id such as leave-csto) beside its baseline, with common random numbers, and report the effect, the levels and what drives them",
      backtest:
        "start a shipped back-test (scenarios/backtests/, e.g. crimea-2014) from the measures of its start year, apply the shocks that happened, and score it against what was measured later, beside a persistence forecast",
      compare: "run two scenarios with the same random draws and report the effect of the first against the second"
    },
    load: async () => (await import("./simulate.js")).registerSimulate
  },
  {
    commands: {
      measure:
        "measure the multi-vector balance: alignment (UN votes), influence (structural ties), relations (events), balance"
    },
    load: async () => (await import("./measure.js")).registerMeasure
  },
  {
    commands: {
      ingest: "read articles (text, HTML, Markdown; files, folders or - for stdin) or GDELT event files into the store",
      events: "coded events, filtered by dyad, actor, period and CAMEO code",
      claims: "experts' assessments, forecasts and recommendations",
      figures:
        "amounts read from documents (money, shares, tonnes, counts …): indicator candidates with their sentence",
      show: "a stored document with each sentence's events, mentions and claims"
    },
    load: async () => (await import("./ingest.js")).registerIngest
  },
  {
    commands: {
      forecasts:
        "the experts' forecasts with speaker, horizon, status and the evidence of their resolution; speakers' scores"
    },
    load: async () => (await import("./forecasts.js")).registerForecasts
  }
];
