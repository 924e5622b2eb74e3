/**
 * Every numeric parameter of the balance and alignment measures, with its default, the plausible
 * range the sensitivity analysis moves it over, and what it means. A person sets any of them by name
 * (CLI `--param name=value`, a parameters file, API `param=name=value`); the output echoes them all.
 *
 * @module
 */
import type {Issue, Parameter, ParameterValues} from "../domain/index.js";

/** A parameter's definition (the value is the default until set). */
export interface ParameterSpec {
  name: string;
  default: number;
  min: number;
  max: number;
  integer?: boolean;
  /** Values outside [lower, upper] are refused as input (the sensitivity range is narrower). */
  lower?: number;
  upper?: number;
  description: string;
}

/**
 * The institutions of the political dimension and their depth (0–1): how binding membership is.
 * Collective-defence organizations (CSTO, NATO) belong to the security dimension instead.
 */
export const INSTITUTION_DEPTH: Readonly<Record<string, {depth: number; why: string}>> = {
  EU: {depth: 1, why: "supranational union: common market, common trade policy, binding law"},
  EAEU: {depth: 1, why: "customs union and single market with a supranational commission and court"},
  EURASEC: {depth: 0.8, why: "the EAEU's predecessor: customs union from 2010"},
  SCO: {
    depth: 0.5,
    why: "regular summits, a regional anti-terrorist structure, no binding defence or trade commitment"
  },
  CIS: {depth: 0.4, why: "framework of agreements, mostly non-binding, free-trade treaty of 2011"},
  OTS: {depth: 0.4, why: "Turkic summit organization with a secretariat, political declarations"},
  CACO: {depth: 0.3, why: "Central Asian cooperation organization, merged into EurAsEC in 2006"},
  CA5: {depth: 0.3, why: "consultative meetings of the five Central Asian presidents"},
  "C5+1": {depth: 0.3, why: "dialogue format of the five Central Asian states with the United States"},
  BRICS: {depth: 0.3, why: "summits and a development bank, no binding commitments"},
  OSCE: {depth: 0.3, why: "consensus body with election monitoring and field missions"},
  OIC: {depth: 0.2, why: "57-member conference, declarations"},
  CICA: {depth: 0.2, why: "confidence-building forum in Asia"},
  UN: {depth: 0.1, why: "universal membership"}
};

/** Collective-defence organizations (security dimension): membership commits to mutual defence. */
export const DEFENCE_ORGS: Readonly<Record<string, {depth: number; why: string}>> = {
  CSTO: {depth: 1, why: "Collective Security Treaty, art. 4: aggression against one member is aggression against all"},
  NATO: {depth: 1, why: "North Atlantic Treaty, art. 5"}
};

/** ATOP obligation types and their depth within the alliance metric. */
export const ALLIANCE_DEPTH: Readonly<Record<string, {depth: number; min: number; max: number; why: string}>> = {
  defense: {depth: 1, min: 0.7, max: 1, why: "active military support if a party is attacked"},
  offense: {depth: 1, min: 0.7, max: 1, why: "active military support in a conflict the parties choose"},
  neutral: {depth: 0.3, min: 0.1, max: 0.6, why: "a promise not to help an attacker"},
  nonagg: {depth: 0.1, min: 0, max: 0.3, why: "a promise not to attack each other, held with many partners"},
  consul: {depth: 0.1, min: 0, max: 0.3, why: "a promise to consult in a crisis"}
};

const w = (name: string, d: number, description: string): ParameterSpec => ({
  name,
  default: d,
  min: d / 2,
  max: d * 2,
  lower: 0,
  description
});

/** The metric weights and half-saturation volumes (bandwidth = x / (x + h)). */
const METRIC_PARAMS: readonly [string, number, number, string][] = [
  ["trade", 1, 10000, "USD million of trade a year (exports + imports)"],
  ["investment", 1, 1000, "USD million of direct-investment position"],
  ["migrants", 0.5, 100000, "people (migrant stock both ways)"],
  ["institutions", 1, 1, "depth × exclusivity of shared institutions"],
  ["un_alignment", 1, 1, "ideal-point distance at which UN alignment halves"],
  ["alliance", 1, 1, "depth-weighted ATOP obligations"],
  ["defence_org", 1, 1, "depth of shared collective-defence organizations"],
  ["arms", 1, 100, "SIPRI TIV million over the window"]
];

function buildSpecs(): ParameterSpec[] {
  const specs: ParameterSpec[] = [
    w("dimension.economic", 1, "weight of the economic dimension in the combined share"),
    w("dimension.political", 1, "weight of the political dimension in the combined share"),
    w("dimension.security", 1, "weight of the security dimension in the combined share"),
    {
      name: "mix",
      default: 0.5,
      min: 0.2,
      max: 0.8,
      lower: 0,
      upper: 1,
      description: "capacity = mix · bandwidth + (1 − mix) · dependence"
    }
  ];
  for (const [m, weight, half, unit] of METRIC_PARAMS) {
    specs.push(w(`metric.${m}.weight`, weight, `weight of ${m} within its dimension`));
    specs.push({
      name: `metric.${m}.half_saturation`,
      default: half,
      min: half / 4,
      max: half * 4,
      lower: Number.MIN_VALUE,
      description: `volume at which the bandwidth of ${m} reaches 0.5 (${unit})`
    });
  }
  for (const [t, d] of Object.entries(ALLIANCE_DEPTH))
    specs.push({
      name: `alliance.depth.${t}`,
      default: d.depth,
      min: d.min,
      max: d.max,
      lower: 0,
      upper: 1,
      description: `depth of an ATOP ${t} obligation (${d.why})`
    });
  for (const [o, d] of Object.entries({...INSTITUTION_DEPTH, ...DEFENCE_ORGS}))
    specs.push({
      name: `institution.depth.${o}`,
      default: d.depth,
      min: d.depth / 2,
      max: Math.min(1, d.depth * 2),
      lower: 0,
      upper: 1,
      description: `depth of ${o} membership (${d.why})`
    });
  specs.push(
    {
      name: "institution.exclusivity",
      default: 1,
      min: 0.5,
      max: 1,
      lower: 0,
      upper: 1,
      description:
        "how much a membership shared by other vectors is discounted: weight 1 − e·(k − 1)/(n − 1) for k of n vectors in it"
    },
    {
      name: "institution.partner_weight",
      default: 0.5,
      min: 0.25,
      max: 1,
      lower: 0,
      upper: 1,
      description: "weight of a partner, observer or dialogue-partner status against full membership"
    },
    {
      name: "arms.window",
      default: 5,
      min: 3,
      max: 8,
      integer: true,
      lower: 1,
      upper: 30,
      description: "years of SIPRI deliveries summed into each year's arms figure (a rolling window)"
    },
    {
      name: "migrants.carry_years",
      default: 5,
      min: 0,
      max: 5,
      integer: true,
      lower: 0,
      upper: 10,
      description: "years the last migrant-stock census (2019) is carried forward (stocks move slowly)"
    },
    {
      name: "alignment.min_n",
      default: 10,
      min: 5,
      max: 20,
      integer: true,
      lower: 1,
      upper: 1000,
      description: "jointly voted roll calls (or votes behind an ideal point) below which a year's alignment is null"
    },
    {
      name: "checks.hole_ratio",
      default: 0.6,
      min: 0.4,
      max: 0.8,
      lower: 0,
      upper: 1,
      description:
        "a dyad's share of the focal state's total is a hole when it falls below this fraction of its shares in both years around it"
    },
    {
      name: "checks.cross_tolerance",
      default: 0.25,
      min: 0.1,
      max: 0.5,
      lower: 0,
      upper: 1,
      description:
        "two datasets giving the same dyad and year are reported when they differ by more than this fraction of the larger (a report only: figures do not change)"
    },
    {
      name: "checks.interpolate_holes",
      default: 0,
      min: 0,
      max: 1,
      integer: true,
      lower: 0,
      upper: 1,
      description:
        "1: replace a flagged hole by a straight line between the years around it (provenance interpolated); 0: keep and flag it"
    },
    w("dimension.events", 1, "weight of the event dimension in the combined share (only with --dimensions …,events)"),
    {
      name: "metric.events.half_saturation",
      default: 100,
      min: 25,
      max: 400,
      lower: Number.MIN_VALUE,
      description:
        "volume at which the bandwidth of the event dimension reaches 0.5 (clusters of reports a year, each weighted by its reach)"
    },
    {
      name: "events.mention_weight",
      default: 0.1,
      min: 0,
      max: 0.3,
      lower: 0,
      upper: 10,
      description:
        "μ: how much one GDELT mention adds to a cluster's reach, in independent sources (weight log2(1 + sources + μ · mentions))"
    },
    {
      name: "events.conflict_weight",
      default: 1,
      min: 0.5,
      max: 1,
      lower: 0,
      upper: 1,
      description:
        "weight of conflict (quad classes 3 and 4: verbal and material conflict) in a vector's event volume, against cooperation (1: every interaction counts)"
    },
    {
      name: "events.organization_share",
      default: 1,
      min: 0,
      max: 1,
      lower: 0,
      upper: 1,
      description:
        "part of an event with an organization (CSTO, SCO, EAEU, OTS, NATO …) that counts for the vectors among its full members, split equally (0: organizations' events are left out; an organization every vector belongs to never counts)"
    },
    {
      name: "events.min_clusters",
      default: 3,
      min: 1,
      max: 10,
      integer: true,
      lower: 1,
      upper: 100000,
      description:
        "clusters of reports of the focal state with its vectors in a year below which the year's event dimension is null"
    },
    {
      name: "floor",
      default: 0,
      min: 0,
      max: 0.05,
      lower: 0,
      upper: 0.5,
      description: "combined shares below this are folded into 'other' before entropy and HHI"
    }
  );
  return specs;
}

/** Every parameter, in a fixed order. */
export const PARAMETER_SPECS: readonly ParameterSpec[] = buildSpecs();

const BY_NAME = new Map(PARAMETER_SPECS.map((s) => [s.name, s]));

/** Resolved parameter values: every parameter, by name. */
export type Params = Readonly<Record<string, number>>;

/** The defaults of every parameter. */
export function defaultParams(): Record<string, number> {
  return Object.fromEntries(PARAMETER_SPECS.map((s) => [s.name, s.default]));
}

function nearest(name: string): string | undefined {
  let best: string | undefined;
  let score = Infinity;
  for (const s of PARAMETER_SPECS) {
    const d = distance(name.toLowerCase(), s.name.toLowerCase());
    if (d < score) ((score = d), (best = s.name));
  }
  return score <= Math.max(3, name.length / 3) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; ++i) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; ++j) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * Checks values set by a person against the definitions: unknown names (with the nearest known
 * name), non-numbers, values outside the accepted bounds, fractions for whole-number parameters.
 * Returns the issues, path ["param", name].
 */
export function checkParams(values: ParameterValues): Issue[] {
  const issues: Issue[] = [];
  for (const [name, value] of Object.entries(values)) {
    const spec = BY_NAME.get(name);
    if (!spec) {
      const near = nearest(name);
      issues.push({
        code: "unknown_parameter",
        message: `Unknown parameter "${name}"${near ? `: did you mean "${near}"?` : ""} (list them with \`multivector measure parameters\`)`,
        path: ["param", name]
      });
      continue;
    }
    if (!Number.isFinite(value)) {
      issues.push({
        code: "bad_parameter",
        message: `Invalid parameter ${name}: expected a number, found "${value}"`,
        path: ["param", name]
      });
      continue;
    }
    if ((spec.lower !== undefined && value < spec.lower) || (spec.upper !== undefined && value > spec.upper))
      issues.push({
        code: "bad_parameter",
        message: `Invalid parameter ${name}: expected a value in [${spec.lower ?? "-∞"}, ${spec.upper ?? "∞"}], found ${value}`,
        path: ["param", name]
      });
    else if (spec.integer && !Number.isInteger(value))
      issues.push({
        code: "bad_parameter",
        message: `Invalid parameter ${name}: expected a whole number, found ${value}`,
        path: ["param", name]
      });
  }
  return issues;
}

/** Every parameter with the value used (the set ones over the defaults), for the output. */
export function resolveParams(values: ParameterValues = {}): Record<string, number> {
  return {...defaultParams(), ...values};
}

/** The parameters as records for the output, with the value used. */
export function describeParams(params: Params): Parameter[] {
  return PARAMETER_SPECS.map((s) => ({
    name: s.name,
    value: params[s.name] ?? s.default,
    default: s.default,
    min: s.min,
    max: s.max,
    integer: s.integer ?? false,
    description: s.description
  }));
}

/** Whether a parameter belongs to the event dimension (it matters only with --dimensions …,events). */
export function isEventParameter(name: string): boolean {
  return name === "dimension.events" || name === "metric.events.half_saturation" || name.startsWith("events.");
}

/**
 * The settings of the sensitivity analysis: each parameter moved alone to the ends of its range
 * (`min` and `max`), skipping a setting equal to the value in use, and the event dimension's
 * parameters unless `events`.
 */
export function sensitivitySettings(
  params: Params,
  {events = false}: {events?: boolean} = {}
): {name: string; value: number}[] {
  const out: {name: string; value: number}[] = [];
  for (const s of PARAMETER_SPECS) {
    // The event dimension's parameters move nothing when the balance does not use it.
    if (!events && isEventParameter(s.name)) continue;
    for (const v of [s.min, s.max]) if (v !== params[s.name]) out.push({name: s.name, value: v});
  }
  return out;
}
