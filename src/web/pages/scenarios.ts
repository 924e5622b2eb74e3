import type {ScenarioInput, Uncertain} from "../../domain/index.js";
import {ApiFailure, getIfDescribed, getJson, hasEndpoint, postJson, setToken, token} from "../api.js";
import {empty, failure, field, h, loading, select} from "../dom.js";
import type {Page} from "../main.js";
import {fanChart, type FanBand} from "../views/fan.js";
import {sensitivityChart, type SensitivityBar} from "../views/sensitivity.js";
import {positionsChart} from "../views/bargaining.js";

interface IssueInput {
  value: number;
  origin: "store" | "prior" | "edited";
  provenance: string;
}

interface IssueInputs {
  id: string;
  name: string;
  question: string;
  scale: string;
  actors: {code: string; position: IssueInput; salience: IssueInput; capability: IssueInput}[];
}

interface IssueOutcome {
  positions: {round: number; actor: string; position: number}[];
  predicted: {mean: number; median: number};
  rounds: number;
}

/** Bargaining on a Kazakh issue: inputs from the store with their provenance, editable, then positions by round. */
function bargainingPanel(signal: AbortSignal): HTMLElement {
  const panel = h("section", {class: "panel", id: "bargaining", "aria-label": "Bargaining on a Kazakh issue"});
  panel.append(h("h2", {}, "Bargaining on a Kazakh issue"), loading("the issues"));
  void (async () => {
    try {
      if (!(await hasEndpoint("get", "/api/issues/{id}"))) {
        panel.replaceChildren(h("h2", {}, "Bargaining on a Kazakh issue"), empty("Not available yet"));
        return;
      }
      const {items} = await getJson<{items: string[]}>("issues", {}, signal);
      const id = items[0];
      if (!id) {
        panel.replaceChildren(h("h2", {}, "Bargaining on a Kazakh issue"), empty("No shipped issue"));
        return;
      }
      const inputs = await getJson<IssueInputs>(`issues/${encodeURIComponent(id)}`, {}, signal);
      const edits = new Map<string, {actor: string; field: string; value: number}>();
      const cell = (actor: string, field: "position" | "salience" | "capability", input: IssueInput, max: number) => {
        const control = h("input", {
          type: "number",
          step: "any",
          min: 0,
          ...(Number.isFinite(max) ? {max} : {}),
          value: +input.value.toFixed(3),
          name: `${actor}.${field}`,
          size: 6,
          "aria-label": `${actor} ${field}`
        });
        control.addEventListener("change", () =>
          edits.set(`${actor}.${field}`, {actor, field, value: Number(control.value)})
        );
        return h(
          "td",
          {"data-origin": input.origin, title: input.provenance},
          control,
          input.origin === "prior" ? h("span", {class: "flag", title: input.provenance}, " prior") : ""
        );
      };
      const out = h("div", {class: "bargain-result"});
      const run = h("button", {type: "button", id: "bargain-run"}, "Run the expected-utility model");
      run.addEventListener("click", async () => {
        run.disabled = true;
        try {
          const res = await postJson<IssueOutcome>(
            `issues/${encodeURIComponent(id)}/bargain`,
            {set: [...edits.values()], rounds: 5},
            {signal}
          );
          out.replaceChildren(
            positionsChart(res.positions, {
              predicted: res.predicted.mean,
              title: `Positions by round; predicted outcome ${res.predicted.mean.toFixed(1)} (median voter ${res.predicted.median.toFixed(1)})`
            }),
            h("p", {class: "lede"}, `Scale: ${inputs.scale}.`)
          );
        } catch (e) {
          out.replaceChildren(failure("the bargaining model", e));
        } finally {
          run.disabled = false;
        }
      });
      panel.replaceChildren(
        h("h2", {}, `Bargaining: ${inputs.name}`),
        h(
          "p",
          {class: "lede"},
          `${inputs.question} Scale: ${inputs.scale}. Edit any input before running; hover a cell for its source.`
        ),
        h(
          "table",
          {class: "issue-inputs"},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, "actor"),
              h("th", {}, "position"),
              h("th", {}, "salience"),
              h("th", {}, "capability"),
              h("th", {}, "where the position and capability come from")
            )
          ),
          h(
            "tbody",
            {},
            ...inputs.actors.map((a) =>
              h(
                "tr",
                {},
                h("td", {}, a.code),
                cell(a.code, "position", a.position, 100),
                cell(a.code, "salience", a.salience, 1),
                cell(a.code, "capability", a.capability, Infinity),
                h("td", {class: "provenance"}, `${a.position.provenance}; capability: ${a.capability.provenance}`)
              )
            )
          )
        ),
        run,
        out
      );
    } catch (e) {
      if ((e as Error).name !== "AbortError")
        panel.replaceChildren(h("h2", {}, "Bargaining on a Kazakh issue"), failure("the issue", e));
    }
  })();
  return panel;
}

interface ShippedScenario {
  id: string;
  name: string;
  description?: string;
  scenario: ScenarioInput;
}

/** The provenance of one dimension's starting figures (GET /api/scenarios/:id/inputs, and each result). */
interface StartDimension {
  dimension: string;
  origin: "measured" | "prior";
  year?: number;
  shares: Record<string, number>;
  sources: string[];
  note: string;
}

/** One documented input (meaning, unit, range, source) shown beside its field. */
interface ParameterRow {
  key: string;
  label: string;
  meaning: string;
  unit: string;
  value: Uncertain;
  set: "scenario" | "default";
  range?: [number, number];
  source: string;
}

interface Inputs {
  parameters: ParameterRow[];
  start: {mode: string; dimensions: StartDimension[]};
}

interface SimulationState {
  id: string;
  status: "queued" | "running" | "done" | "failed" | string;
  progress?: {phase?: string; done: number; total: number};
  result?: {
    bands: FanBand[];
    effect: FanBand[];
    baseline: {name: string; bands: FanBand[]};
    vectors: string[];
    runs: number;
    seed: number;
    horizon: number;
    startYear?: number;
    scenario: string;
    start: {mode: string; dimensions: StartDimension[]};
    sensitivity?: {
      year?: number;
      samples: number;
      outputs: {output: string; label: string; variance: number; indices: SensitivityBar[]}[];
    };
    summary: string[];
  };
  error?: {message: string} | string;
}

interface FinishedRun {
  label: string;
  scenario: ScenarioInput;
  result: NonNullable<SimulationState["result"]>;
}

const DEFAULTS = {pollMs: 250, maxRuns: 20000} as const;

/** Normalizes GET /api/scenarios: the shipped scenarios' ids, names and descriptions. */
function scenariosOf(raw: unknown): Omit<ShippedScenario, "scenario">[] {
  const items = Array.isArray(raw) ? raw : ((raw as {items?: unknown[]}).items ?? []);
  return items.map((x, i) => {
    const r = x as Record<string, unknown>;
    return {
      id: String(r.id ?? r.file ?? i),
      name: String(r.name ?? r.id),
      ...(r.description ? {description: String(r.description)} : {})
    };
  });
}

/** A control for an uncertain number: a constant, a uniform range or a normal distribution. */
function uncertainControl(label: string, value: Uncertain | undefined, onChange: (v: Uncertain) => void): HTMLElement {
  const num = (v: number, name: string) =>
    h("input", {type: "number", step: "any", value: v, name, size: 6, "aria-label": `${label} ${name}`});
  const wrap = h("fieldset", {class: "uncertain"}, h("legend", {}, label));
  if (value === undefined || typeof value === "number") {
    const i = num(value ?? 0, "value");
    i.addEventListener("change", () => onChange(Number(i.value)));
    wrap.append(i);
  } else if ("uniform" in value) {
    const [a, b] = [num(value.uniform[0], "from"), num(value.uniform[1], "to")];
    const update = () => onChange({uniform: [Number(a.value), Number(b.value)]});
    a.addEventListener("change", update);
    b.addEventListener("change", update);
    wrap.append("uniform ", a, " – ", b);
  } else {
    const [m, s] = [num(value.normal[0], "mean"), num(value.normal[1], "sd")];
    const update = () => onChange({normal: [Number(m.value), Math.max(0, Number(s.value))]});
    m.addEventListener("change", update);
    s.addEventListener("change", update);
    wrap.append("normal ", m, " ± ", s);
  }
  return wrap;
}

/** The documentation of one input, shown beside its field: meaning, unit, plausible range, source. */
function paramDoc(p: ParameterRow | undefined): HTMLElement {
  if (!p) return h("span", {class: "param-doc"});
  const assumed = p.source.startsWith("assumption");
  return h(
    "span",
    {class: `param-doc${assumed ? " assumed" : ""}`, "data-param": p.key},
    h("strong", {}, p.label),
    ` — ${p.meaning}. Unit: ${p.unit}.`,
    p.range ? ` Plausible range ${p.range[0]}–${p.range[1]}.` : "",
    " ",
    h("em", {}, assumed ? `Source: ${p.source}` : `Source: ${p.source}`)
  );
}

/** The starting point, dimension by dimension, with its year and sources; priors flagged. */
function startTable(dimensions: readonly StartDimension[], vectors: readonly string[]): HTMLElement {
  return h(
    "table",
    {class: "start-provenance"},
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", {}, "dimension"),
        h("th", {}, "origin"),
        h("th", {}, "year"),
        ...vectors.map((v) => h("th", {}, v)),
        h("th", {}, "source")
      )
    ),
    h(
      "tbody",
      {},
      ...dimensions.map((d) =>
        h(
          "tr",
          {"data-origin": d.origin},
          h("td", {}, d.dimension),
          h("td", {}, d.origin === "prior" ? h("strong", {class: "flag"}, "prior, not data") : "measured"),
          h("td", {}, d.year !== undefined ? String(d.year) : "–"),
          ...vectors.map((v) => h("td", {class: "num"}, `${((d.shares[v] ?? 0) * 100).toFixed(1)}%`)),
          h("td", {}, d.note)
        )
      )
    )
  );
}

/** Scenario lab: choose a shipped scenario, change shocks and parameters, run it, watch progress, compare fan charts. */
const scenariosPage: Page = (main) => {
  const controller = new AbortController();
  let stopped = false;
  const picker = h("div", {class: "controls", id: "scenario-picker"}, loading("the scenarios"));
  const editor = h("form", {class: "panel", id: "scenario-editor", "aria-label": "Scenario settings"});
  const status = h("div", {id: "run-status", role: "status", "aria-live": "polite"});
  const results = h("div", {class: "grid", id: "runs"});
  main.append(
    h("h1", {}, "Scenario lab"),
    h(
      "p",
      {class: "lede"},
      "Choose a shipped scenario, change its shocks and parameters, and run it many times. Every run is paired with its baseline — the same world without the shocks, the same strategy, the same random draws — so the first chart shows the effect of the shocks (scenario − baseline); the two level charts beneath show the scenario and the baseline. Bands hold 50% and 90% of the runs; one step is one year. Starting points come from the measures (latest year measured, dimension by dimension); a prior is used only where there is no data, and flagged."
    ),
    picker,
    editor,
    status,
    results,
    bargainingPanel(controller.signal)
  );

  const finished: FinishedRun[] = [];
  let current: ScenarioInput | undefined;

  const edit = (s: ShippedScenario, inputs: Inputs | undefined) => {
    current = structuredClone(s.scenario);
    const sc = current;
    const doc = (key: string) => inputs?.parameters.find((p) => p.key === key);
    const startYear = sc.startYear ?? 0;
    editor.replaceChildren(h("h2", {}, s.name), ...(s.description ? [h("p", {class: "lede"}, s.description)] : []));
    const shocks = h("div", {class: "controls"});
    (sc.shocks ?? []).forEach((shock, i) => {
      const at = h("input", {
        type: "number",
        min: startYear,
        max: startYear + sc.horizon,
        value: startYear + shock.at,
        name: `shock${i}.at`,
        size: 5
      });
      at.addEventListener("change", () => (shock.at = Math.max(0, Math.round(Number(at.value)) - startYear)));
      shocks.append(
        h(
          "div",
          {class: "shock panel", "data-shock": i},
          h("strong", {}, `${shock.kind} ${shock.target}`),
          ...(shock.note ? [" — ", shock.note] : []),
          " ",
          field(sc.startYear ? "in year" : "years from the start", at),
          uncertainControl("magnitude", shock.magnitude, (v) => (shock.magnitude = v)),
          paramDoc(doc(`shock:${i}:magnitude`))
        )
      );
    });
    const params = h("div", {class: "params"});
    const shown = new Set<string>();
    for (const p of inputs?.parameters ?? []) {
      if (!p.key.startsWith("param:")) continue;
      const k = p.key.slice(6);
      shown.add(k);
      params.append(
        h(
          "div",
          {class: "param"},
          uncertainControl(k, sc.params?.[k] ?? p.value, (nv) => ((sc.params ??= {})[k] = nv)),
          paramDoc(p)
        )
      );
    }
    for (const [k, v] of Object.entries(sc.params ?? {}))
      if (!shown.has(k)) params.append(uncertainControl(k, v, (nv) => ((sc.params ??= {})[k] = nv)));
    const strategy = select(
      "strategy",
      [
        ["hedge", "hedge"],
        ["balance", "balance"],
        ["bandwagon", "bandwagon"],
        ["none", "none"]
      ],
      sc.strategy?.kind ?? "hedge"
    );
    strategy.addEventListener(
      "change",
      () => (sc.strategy = {...(sc.strategy ?? {}), kind: strategy.value as "hedge"})
    );
    const runs = h("input", {
      type: "number",
      name: "runs",
      min: 1,
      max: DEFAULTS.maxRuns,
      value: Math.min(sc.runs ?? 1000, 2000),
      size: 6
    });
    const seed = h("input", {type: "number", name: "seed", min: 0, value: sc.seed ?? 1, size: 6});
    const tok = h("input", {
      type: "password",
      name: "token",
      value: token(),
      autocomplete: "off",
      size: 16,
      placeholder: "bearer token"
    });
    const run = h("button", {type: "submit", id: "run"}, "Run");
    const against = select(
      "against",
      [
        ["", "its baseline (no shocks)"] as const,
        ...others.filter((o) => o.id !== s.id).map((o) => [o.id, o.name] as const)
      ],
      ""
    );
    const start = select(
      "start",
      [
        ["measured", "measured (default)"],
        ["file", "the file's priors"]
      ],
      "measured"
    );
    const strategyDocs = h(
      "div",
      {class: "params"},
      ...["strategy:threshold", "strategy:rate"]
        .filter((k) => doc(k))
        .map((k) => h("div", {class: "param"}, paramDoc(doc(k))))
    );
    editor.append(
      h("h2", {}, "Starting point"),
      inputs
        ? startTable(inputs.start.dimensions, sc.vectors)
        : empty("The starting point is resolved when the scenario runs"),
      h("h2", {}, "Shocks"),
      (sc.shocks ?? []).length ? shocks : empty("No shocks: the scenario is its own baseline"),
      h("h2", {}, "Parameters (each with its meaning, unit, range and source)"),
      params,
      h("h2", {}, "Strategy (applied in the baseline too)"),
      strategyDocs,
      h(
        "div",
        {class: "controls"},
        field("Strategy", strategy),
        field("Compare with", against),
        field("Start from", start),
        field("Runs", runs),
        field("Seed", seed),
        field("Write token", tok),
        run
      )
    );
    editor.onsubmit = (e) => {
      e.preventDefault();
      sc.runs = Math.max(1, Math.min(DEFAULTS.maxRuns, Math.round(Number(runs.value))));
      sc.seed = Math.max(0, Math.round(Number(seed.value)));
      setToken(tok.value);
      run.disabled = true;
      void simulate(structuredClone(sc), tok.value, s.name, against.value || undefined, start.value).finally(
        () => (run.disabled = false)
      );
    };
  };

  let others: {id: string; name: string}[] = [];
  const simulate = async (
    scenario: ScenarioInput,
    bearer: string,
    label: string,
    againstId: string | undefined,
    start: string
  ) => {
    const bar = h("progress", {class: "progress", max: 1, value: 0, id: "run-progress"});
    const text = h("span", {}, " starting…");
    status.replaceChildren(h("p", {}, `Running “${label}” (${scenario.runs} runs, seed ${scenario.seed}) `), bar, text);
    try {
      if (!(await hasEndpoint("post", "/api/simulations")))
        throw new ApiFailure(404, "not_found", "No such endpoint: POST /api/simulations");
      const {id} = await postJson<{id: string}>(
        "simulations",
        {scenario, runs: scenario.runs, seed: scenario.seed, start, ...(againstId ? {againstId} : {})},
        {bearer, signal: controller.signal}
      );
      for (;;) {
        if (stopped) return;
        const st = await getJson<SimulationState>(`simulations/${encodeURIComponent(id)}`, {}, controller.signal);
        if (st.progress && st.progress.total > 0) {
          bar.max = st.progress.total;
          bar.value = st.progress.done;
          text.textContent =
            st.progress.phase === "sensitivity"
              ? ` sensitivity analysis: ${st.progress.done} / ${st.progress.total} paired runs`
              : ` ${st.progress.done} / ${st.progress.total} paired runs (scenario and baseline)`;
        }
        if (st.status === "done" && st.result) {
          finished.push({
            label: `${label} · ${scenario.runs} runs · seed ${scenario.seed}`,
            scenario,
            result: st.result
          });
          status.replaceChildren(h("p", {"data-state": "done"}, `Done: ${label} (${st.result.runs} runs)`));
          show();
          return;
        }
        if (st.status === "failed" || st.status === "error") {
          const msg = typeof st.error === "string" ? st.error : (st.error?.message ?? "The simulation failed");
          throw new Error(msg);
        }
        await new Promise((r) => setTimeout(r, DEFAULTS.pollMs));
      }
    } catch (e) {
      if ((e as Error).name !== "AbortError") status.replaceChildren(failure("the simulation", e));
    }
  };

  const show = () => {
    results.replaceChildren();
    const width = Math.max(300, Math.min(900, (main.clientWidth || 900) - 60));
    const half = Math.max(280, Math.floor(width / 2) - 10);
    for (const [i, f] of finished.slice(-2).entries()) {
      const r = f.result;
      const startYear = r.startYear ?? f.scenario.startYear;
      const years = startYear ? {startYear} : {};
      const end = startYear ? startYear + r.horizon : r.horizon;
      const other = r.baseline.name;
      const measure = select(
        "effect-measure",
        [
          ["security", "security"],
          ["prosperity", "prosperity"],
          ["entropy", "balance (entropy)"],
          ["autonomy", "autonomy"],
          ["hhi", "concentration (HHI)"]
        ],
        "security"
      );
      const effectMeasure = h("div", {class: "chart fan-effect-measure"});
      const drawEffect = () =>
        effectMeasure.replaceChildren(
          fanChart(r.effect, {
            measure: measure.value,
            ...years,
            width: half,
            height: 220,
            zero: true,
            yLabel: `effect on ${measure.value}`,
            title: `Effect on ${measure.value} (scenario − baseline)`
          })
        );
      measure.addEventListener("change", drawEffect);
      drawEffect();
      const outputs = r.sensitivity?.outputs.filter((o) => o.output.startsWith("effect:")) ?? [];
      const ranked = [...outputs].sort((a, b) => b.variance - a.variance);
      const which = select(
        "sensitivity-output",
        ranked.map((o) => [o.output, o.label] as const),
        ranked.find((o) => o.output === "effect:security" && o.variance > 1e-6)?.output ?? ranked[0]?.output ?? ""
      );
      const sens = h("div", {class: "chart sensitivity"});
      const drawSensitivity = () => {
        const o = outputs.find((x) => x.output === which.value);
        sens.replaceChildren(
          o
            ? Math.sqrt(o.variance) < 1e-3
              ? empty(`The ${o.label} does not vary over the runs (sd < 0.001): nothing to apportion`)
              : sensitivityChart(o.indices, {
                  title: `What drives the ${o.label} in ${r.sensitivity?.year ?? end} (Sobol' indices, ${r.sensitivity?.samples} samples)`,
                  width
                })
            : empty("No sensitivity analysis for a comparison of two scenarios")
        );
      };
      which.addEventListener("change", drawSensitivity);
      drawSensitivity();
      results.append(
        h(
          "section",
          {class: "panel run", "data-run": i, "aria-label": f.label},
          h("h2", {}, f.label),
          h("p", {class: "lede"}, `Against: ${other}. Both arms draw the same random numbers run by run.`),
          h("h3", {}, "In plain words"),
          h("ul", {class: "summary"}, ...r.summary.map((x) => h("li", {}, x))),
          h("h3", {}, "Effect (scenario − baseline)"),
          h(
            "div",
            {class: "grid two"},
            h(
              "div",
              {class: "chart fan-effect-shares"},
              fanChart(r.effect, {
                measure: "share",
                ...years,
                width: half,
                height: 240,
                zero: true,
                yLabel: "effect on share (percentage points)",
                title: "Effect on each vector's share"
              })
            ),
            h("div", {}, field("Measure", measure), effectMeasure)
          ),
          h("h3", {}, "Levels: the scenario and the baseline"),
          h(
            "div",
            {class: "grid two"},
            h(
              "div",
              {class: "chart fan-shares"},
              fanChart(r.bands, {
                measure: "share",
                ...years,
                width: half,
                height: 260,
                title: "Scenario: each vector's share"
              })
            ),
            h(
              "div",
              {class: "chart fan-baseline-shares"},
              fanChart(r.baseline.bands, {
                measure: "share",
                ...years,
                width: half,
                height: 260,
                title: `Baseline: each vector's share`
              })
            )
          ),
          h(
            "div",
            {class: "grid two"},
            h(
              "div",
              {class: "chart fan-balance"},
              fanChart(r.bands, {
                measure: "entropy",
                ...years,
                width: half,
                height: 200,
                title: "Scenario: balance (normalized entropy)"
              })
            ),
            h(
              "div",
              {class: "chart fan-baseline-balance"},
              fanChart(r.baseline.bands, {
                measure: "entropy",
                ...years,
                width: half,
                height: 200,
                title: "Baseline: balance (normalized entropy)"
              })
            )
          ),
          h("h3", {}, "Which assumption drives the effect"),
          ranked.length ? field("Output", which) : "",
          sens,
          h("h3", {}, "Where the starting point comes from"),
          startTable(r.start.dimensions, r.vectors)
        )
      );
    }
    main.dataset.ready = "true";
  };

  void getIfDescribed<unknown>("/api/scenarios", "scenarios", {}, controller.signal).then(
    (raw) => {
      const list = scenariosOf(raw);
      others = list.map((x) => ({id: x.id, name: x.name}));
      if (list.length === 0) {
        picker.replaceChildren(empty("No shipped scenarios"));
        return;
      }
      const choice = select(
        "scenario",
        list.map((s) => [s.id, s.name] as const),
        list[0]!.id
      );
      const choose = async () => {
        const meta = list.find((s) => s.id === choice.value)!;
        editor.replaceChildren(loading(`scenario “${meta.name}”`));
        try {
          const scenario = await getJson<ScenarioInput>(
            `scenarios/${encodeURIComponent(meta.id)}`,
            {},
            controller.signal
          );
          const inputs = (await hasEndpoint("get", "/api/scenarios/{id}/inputs"))
            ? await getJson<Inputs>(`scenarios/${encodeURIComponent(meta.id)}/inputs`, {}, controller.signal).catch(
                () => undefined
              )
            : undefined;
          edit({...meta, scenario}, inputs);
        } catch (e) {
          if ((e as Error).name !== "AbortError") editor.replaceChildren(failure(`scenario “${meta.name}”`, e));
        }
      };
      choice.addEventListener("change", () => void choose());
      picker.replaceChildren(field("Scenario", choice));
      void choose();
      main.dataset.ready = "true";
    },
    (e: unknown) => {
      if ((e as Error).name !== "AbortError") picker.replaceChildren(failure("the shipped scenarios", e));
    }
  );
  return () => {
    stopped = true;
    controller.abort();
  };
};

export default scenariosPage;
