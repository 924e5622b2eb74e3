import type {ScenarioInput, Uncertain} from "../../domain/index.js";
import {ApiFailure, getIfDescribed, getJson, hasEndpoint, postJson, setToken, token} from "../api.js";
import {empty, failure, field, h, loading, select} from "../dom.js";
import type {Page} from "../main.js";
import {fanChart, type FanBand} from "../views/fan.js";

interface ShippedScenario {
  id: string;
  name: string;
  description?: string;
  scenario: ScenarioInput;
}

interface SimulationState {
  id: string;
  status: "queued" | "running" | "done" | "failed" | string;
  progress?: {done: number; total: number};
  result?: {bands: FanBand[]; vectors: string[]; runs: number; seed: number; horizon: number; scenario: string};
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
      "Choose a shipped scenario, change its shocks and parameters, and run it many times: the fan charts show the 5–95% and 25–75% bands over runs and the median. The last two runs are shown side by side."
    ),
    picker,
    editor,
    status,
    results
  );

  const finished: FinishedRun[] = [];
  let current: ScenarioInput | undefined;

  const edit = (s: ShippedScenario) => {
    current = structuredClone(s.scenario);
    const sc = current;
    editor.replaceChildren(h("h2", {}, s.name), ...(s.description ? [h("p", {class: "lede"}, s.description)] : []));
    const shocks = h("div", {class: "controls"});
    (sc.shocks ?? []).forEach((shock, i) => {
      const at = h("input", {type: "number", min: 0, max: sc.horizon, value: shock.at, name: `shock${i}.at`, size: 4});
      at.addEventListener("change", () => (shock.at = Math.max(0, Math.round(Number(at.value)))));
      shocks.append(
        h(
          "div",
          {class: "shock panel", "data-shock": i},
          h("strong", {}, `${shock.kind} ${shock.target}`),
          " ",
          field("at step", at),
          uncertainControl("magnitude", shock.magnitude, (v) => (shock.magnitude = v))
        )
      );
    });
    const params = h("div", {class: "controls"});
    for (const [k, v] of Object.entries(sc.params ?? {}))
      params.append(uncertainControl(k, v, (nv) => ((sc.params ??= {})[k] = nv)));
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
    editor.append(
      h("h2", {}, "Shocks"),
      (sc.shocks ?? []).length ? shocks : empty("No shocks: the baseline"),
      h("h2", {}, "Parameters"),
      params,
      h(
        "div",
        {class: "controls"},
        field("Strategy", strategy),
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
      void simulate(structuredClone(sc), tok.value, s.name).finally(() => (run.disabled = false));
    };
  };

  const simulate = async (scenario: ScenarioInput, bearer: string, label: string) => {
    const bar = h("progress", {class: "progress", max: 1, value: 0, id: "run-progress"});
    const text = h("span", {}, " starting…");
    status.replaceChildren(h("p", {}, `Running “${label}” (${scenario.runs} runs, seed ${scenario.seed}) `), bar, text);
    try {
      if (!(await hasEndpoint("post", "/api/simulations")))
        throw new ApiFailure(404, "not_found", "No such endpoint: POST /api/simulations");
      const {id} = await postJson<{id: string}>(
        "simulations",
        {scenario, runs: scenario.runs, seed: scenario.seed},
        {bearer, signal: controller.signal}
      );
      for (;;) {
        if (stopped) return;
        const st = await getJson<SimulationState>(`simulations/${encodeURIComponent(id)}`, {}, controller.signal);
        if (st.progress && st.progress.total > 0) {
          bar.max = st.progress.total;
          bar.value = st.progress.done;
          text.textContent = ` ${st.progress.done} / ${st.progress.total} runs`;
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
    const width = Math.max(300, Math.min(560, (main.clientWidth || 900) / (finished.length > 1 ? 2 : 1) - 40));
    for (const [i, f] of finished.slice(-2).entries()) {
      const startYear = f.scenario.startYear;
      results.append(
        h(
          "section",
          {class: "panel run", "data-run": i, "aria-label": f.label},
          h("h2", {}, f.label),
          h(
            "div",
            {class: "chart fan-balance"},
            fanChart(f.result.bands, {
              measure: "entropy",
              width,
              height: 200,
              ...(startYear ? {startYear} : {}),
              title: "Balance (normalized entropy)"
            })
          ),
          h(
            "div",
            {class: "chart fan-shares"},
            fanChart(f.result.bands, {
              measure: "share",
              width,
              height: 280,
              ...(startYear ? {startYear} : {}),
              title: "Each vector's share"
            })
          )
        )
      );
    }
    main.dataset.ready = "true";
  };

  void getIfDescribed<unknown>("/api/scenarios", "scenarios", {}, controller.signal).then(
    (raw) => {
      const list = scenariosOf(raw);
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
          edit({...meta, scenario});
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
