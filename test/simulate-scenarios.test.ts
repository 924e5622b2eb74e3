import {test} from "node:test";
import assert from "node:assert/strict";
import {readdirSync, readFileSync} from "node:fs";
import {formatIssue} from "../src/domain/index.js";
import {parseScenario} from "../src/simulate/index.js";

const parse = (file: string) => parseScenario(readFileSync(file, "utf8"), {file});
const issues = (file: string) => {
  const r = parse(file);
  return r.ok ? r.warnings.map(formatIssue) : r.issues.map(formatIssue);
};
const fixture = (name: string) => `test/fixtures/scenarios/${name}`;

test("parseScenario() accepts the three shipped Kazakhstan scenarios without warnings", () => {
  const files = readdirSync("scenarios")
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort();
  assert.deepEqual(files, ["leave-csto.yaml", "middle-corridor-x3.yaml", "secondary-sanctions.yaml"]);
  for (const f of files) {
    const r = parse(`scenarios/${f}`);
    assert.ok(r.ok, f);
    assert.deepEqual(r.ok && r.warnings, [], f);
    assert.ok(r.ok && r.value.citations.length >= 3, `${f} cites the seeds`);
    assert.ok(
      r.ok && r.value.citations.every((c) => /^00\d_[0-9a-f]{16}\.txt$/.test(c.source)),
      `${f} cites seed files`
    );
    assert.ok(
      r.ok && r.value.start && Object.keys(r.value.start).length === r.value.vectors.length,
      `${f} starts every vector`
    );
  }
});

test("parseScenario() fills in defaults", () => {
  const r = parseScenario("name: Minimal\nfocal: KAZ\nvectors: [RUS, CHN]\nhorizon: 5\n");
  assert.ok(r.ok);
  assert.deepEqual(
    r.ok && {runs: r.value.runs, seed: r.value.seed, strategy: r.value.strategy, shocks: r.value.shocks},
    {
      runs: 1000,
      seed: 1,
      strategy: {kind: "hedge"},
      shocks: []
    }
  );
});

test("parseScenario() points at runs above the limit", () => {
  assert.deepEqual(issues(fixture("too-many-runs.yaml")), [
    "test/fixtures/scenarios/too-many-runs.yaml:7:7: Invalid scenario: runs must be <= 100000: current value is 500000 (at runs)"
  ]);
});

test("parseScenario() reports an unknown shock kind and a malformed uncertain number", () => {
  assert.deepEqual(issues(fixture("bad-shock.yaml")), [
    'test/fixtures/scenarios/bad-shock.yaml:7:11: Invalid scenario: kind must be one of "tie", "leave-org", "join-org", "corridor", "sanctions", "war": current value is "leave-bloc" (at shocks.0.kind)',
    'test/fixtures/scenarios/bad-shock.yaml:12:16: Invalid scenario: magnitude must be a number, {uniform: [low, high]} or {normal: [mean, sd]}: current value is {"uniform":[0.5]} (at shocks.1.magnitude)'
  ]);
});

test("parseScenario() names unknown fields, suggests the right one, and reports missing ones", () => {
  assert.deepEqual(issues(fixture("unknown-field.yaml")), [
    'test/fixtures/scenarios/unknown-field.yaml:7:3: Invalid scenario: unknown field "treshold": did you mean "threshold"? (at strategy.treshold)',
    'test/fixtures/scenarios/unknown-field.yaml:1:1: Invalid scenario: missing required field "horizon": expected a number (at horizon)',
    'test/fixtures/scenarios/unknown-field.yaml:4:1: Invalid scenario: unknown field "horizn": did you mean "horizon"? (at horizn)'
  ]);
});

test("parseScenario() reports YAML syntax errors with their position", () => {
  assert.deepEqual(issues(fixture("bad-syntax.yaml")), [
    "test/fixtures/scenarios/bad-syntax.yaml:4:1: Cannot parse scenario: Flow sequence in block collection must be sufficiently indented and end with a ]"
  ]);
});

test("parseScenario() reads JSON too, with line and column", () => {
  assert.deepEqual(issues(fixture("bad-values.json")), [
    "test/fixtures/scenarios/bad-values.json:2:11: Invalid scenario: name must not be empty (at name)",
    'test/fixtures/scenarios/bad-values.json:3:12: Invalid scenario: focal "kaz" is not valid: expected an actor code such as KAZ, CSTO or C5+1 (at focal)',
    "test/fixtures/scenarios/bad-values.json:4:14: Invalid scenario: vectors must have at least 2 items: current count is 1 (at vectors)",
    "test/fixtures/scenarios/bad-values.json:5:14: Invalid scenario: horizon must be an integer: current value is 2.5 (at horizon)",
    "test/fixtures/scenarios/bad-values.json:6:11: Invalid scenario: runs must be > 0: current value is 0 (at runs)"
  ]);
});

test("parseScenario() checks vectors, dimensions, memberships, magnitudes and parameters", () => {
  assert.deepEqual(issues(fixture("bad-semantics.yaml")), [
    'test/fixtures/scenarios/bad-semantics.yaml:3:21: Invalid scenario: duplicate vector "RUS" (at vectors.2)',
    'test/fixtures/scenarios/bad-semantics.yaml:5:23: Invalid scenario: unknown dimension "military" in start.RUS: expected economic, security, political or social (at start.RUS.military)',
    'test/fixtures/scenarios/bad-semantics.yaml:6:3: Invalid scenario: unknown vector "JPN" in start: expected one of RUS, CHN (at start.JPN)',
    'test/fixtures/scenarios/bad-semantics.yaml:11:13: Invalid scenario: cannot leave "CSTO": it is not in memberships (at shocks.0.target)',
    'test/fixtures/scenarios/bad-semantics.yaml:15:13: Invalid scenario: unknown vector "IRN" in shock 1: expected one of RUS, CHN (at shocks.1.target)',
    "test/fixtures/scenarios/bad-semantics.yaml:16:16: Invalid scenario: sanctions magnitude must be from 0 to 1: current value is 1.5 (at shocks.1.magnitude)",
    'test/fixtures/scenarios/bad-semantics.yaml:18:3: Invalid scenario: unknown parameter "volatlity": expected one of reversion, volatility, riskDecay, impact, leaveRisk, leaveSpillover, corridorElasticity, corridorRamp, transitLoss, sanctionsCost, compliance, pressure, warRisk, warTrade, weightEconomic, weightSecurity, weightPolitical, weightSocial (at params.volatlity)',
    "test/fixtures/scenarios/bad-semantics.yaml:19:14: Invalid scenario: uniform range [0.3, 0.1] must have low <= high (at params.reversion)"
  ]);
});

test("parseScenario() warns (and still succeeds) for a vector without start and a shock after the horizon", () => {
  const r = parse(fixture("warn-late-shock.yaml"));
  assert.ok(r.ok);
  assert.deepEqual(r.ok && r.warnings.map(formatIssue), [
    'test/fixtures/scenarios/warn-late-shock.yaml:5:3: Vector "CHN" has no starting influence: its ties start at 0 (at start)',
    "test/fixtures/scenarios/warn-late-shock.yaml:8:9: Shock 0 hits at step 12, after the horizon 10: it has no effect (at shocks.0.at)"
  ]);
});

test("parseScenario() refuses a Monte Carlo too large to keep in memory", () => {
  assert.deepEqual(issues(fixture("too-much-memory.yaml")), [
    "test/fixtures/scenarios/too-much-memory.yaml:5:7: Invalid scenario: runs × 2 arms × (horizon + 1) × (vectors + 6) must be <= 67108864: current value is 442200000 (at runs)"
  ]);
});

test("parseScenario() on an empty file, a list, and a negative sd", () => {
  const messages = (text: string) => {
    const r = parseScenario(text, {file: "f.yaml"});
    return r.ok ? [] : r.issues.map(formatIssue);
  };
  assert.deepEqual(messages("# nothing\n"), ["f.yaml:1:1: Cannot read scenario: the file is empty"]);
  assert.deepEqual(messages("- a\n- b\n"), [
    'f.yaml:1:1: Invalid scenario: scenario must be a mapping: current value is ["a","b"]'
  ]);
  assert.deepEqual(
    messages(
      '{"name": "x", "focal": "KAZ", "vectors": ["RUS", "CHN"], "horizon": 3, "params": {"volatility": {"normal": [0.1, -1]}}}'
    ),
    ["f.yaml:1:114: Invalid scenario: normal sd must be >= 0: current value is -1 (at params.volatility.normal.1)"]
  );
});
