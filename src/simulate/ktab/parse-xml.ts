/**
 * Reader for KTAB's SMP XML scenarios (`SMPModel::xmlRead`, schema `smpSchema.xsd`):
 * `<Scenario>` with name, desc, prngSeed, optional ModelParameters, Dimensions/dName,
 * Actors/Actor (name, description, capability, Position/dCoord, Salience/dSal) and an optional
 * IdealAdjustment matrix. Also reads the spreadsheet form KTAB keeps beside it (an Excel 2003
 * `<Workbook>` whose first sheet is laid out like the CSV format).
 *
 * @module
 */
import {fail, ok, type Issue, type Result} from "../../domain/issue.js";
import {checkActorCount, checkActors, issueAt, parseNumber, type Cell, type RawActor} from "./cells.js";
import {normalizeParam, SMP_PARAM_VALUES, XML_PARAM_ELEMENTS, type SmpParamName, type SmpParams} from "./params.js";
import {scenarioFromRows, type ParseKtabOptions} from "./parse-csv.js";
import type {SmpScenario} from "./scenario.js";
import {child, childrenNamed, localName, parseXml, type XmlElement} from "./xml.js";

const cellOf = (el: XmlElement): Cell => ({text: el.text, line: el.line, column: el.column});

/**
 * Parses a KTAB SMP XML file (or KTAB's spreadsheet-XML variant of the CSV format).
 *
 * @param text the file's content
 * @param options the file name for issues
 * @returns the scenario (with its parameters and seed if the file gives them), or issues
 */
export function parseKtabXml(text: string, options: ParseKtabOptions = {}): Result<SmpScenario> {
  const file = options.file;
  const doc = parseXml(text);
  if (!doc.ok) return fail([issueAt("bad_xml", `Cannot parse XML: ${doc.error.message}`, doc.error, file)]);
  const root = doc.root;
  const kind = localName(root.name);
  if (kind === "Workbook") return workbook(root, file);
  if (kind !== "Scenario") {
    return fail([
      issueAt(
        "bad_xml",
        `Unexpected root element "<${root.name}>": expected "<Scenario>" (KTAB SMP) or "<Workbook>"`,
        root,
        file
      )
    ]);
  }

  const issues: Issue[] = [];
  const need = (parent: XmlElement, name: string): XmlElement | undefined => {
    const el = child(parent, name);
    if (!el) issues.push(issueAt("missing_element", `Missing element "<${name}>" in "<${parent.name}>"`, parent, file));
    return el;
  };

  const nameEl = need(root, "name");
  const descEl = child(root, "desc");
  const scenario: SmpScenario = {
    name: nameEl?.text.trim() ?? "",
    description: descEl?.text.trim() ?? "",
    dimensions: [],
    actors: []
  };

  const seedEl = child(root, "prngSeed");
  if (seedEl) {
    const t = seedEl.text.trim();
    if (!/^\d+$/.test(t) || BigInt(t) === 0n || BigInt(t) > 0xffffffffffffffffn) {
      issues.push(
        issueAt(
          "bad_seed",
          `Cannot use "${t}" as the PRNG seed: expected a whole number from 1 to 18446744073709551615`,
          seedEl,
          file
        )
      );
    } else {
      scenario.seed = BigInt(t).toString();
    }
  }

  const paramsEl = child(root, "ModelParameters");
  if (paramsEl) {
    const params: Partial<SmpParams> = {};
    for (const key of Object.keys(XML_PARAM_ELEMENTS) as SmpParamName[]) {
      const el = need(paramsEl, XML_PARAM_ELEMENTS[key]);
      if (!el) continue;
      const value = normalizeParam(key, el.text);
      if (value === undefined) {
        issues.push(
          issueAt(
            "bad_param",
            `Unknown ${XML_PARAM_ELEMENTS[key]} "${el.text.trim()}": expected one of ${SMP_PARAM_VALUES[key].map((v) => `"${v}"`).join(", ")}`,
            el,
            file
          )
        );
      } else {
        (params as Record<string, string>)[key] = value;
      }
    }
    scenario.params = params;
  }

  const dimsEl = child(root, "Dimensions");
  if (!dimsEl) {
    // e.g. a reform-priorities scenario (reformpri-ex01.xml): say so once, not once per actor
    const other = child(root, "govBudget") ? ": this looks like a KTAB reform-priorities scenario" : "";
    issues.push(issueAt("missing_element", `Missing element "<Dimensions>" in "<${root.name}>"${other}`, root, file));
    return fail(issues);
  }
  {
    const dims = childrenNamed(dimsEl, "dName");
    if (dims.length === 0)
      issues.push(
        issueAt("missing_element", `No "<dName>" in "<Dimensions>": expected at least one dimension`, dimsEl, file)
      );
    scenario.dimensions = dims.map((d) => d.text.trim());
  }
  const nd = scenario.dimensions.length;

  const actorsEl = need(root, "Actors");
  const raw: RawActor[] = [];
  if (actorsEl) {
    const list = childrenNamed(actorsEl, "Actor");
    issues.push(...checkActorCount(list.length, actorsEl, file));
    for (const a of list) {
      const field = (name: string): Cell => {
        const el = need(a, name);
        return el ? cellOf(el) : {text: "", line: a.line, column: a.column};
      };
      const name = field("name");
      const description = child(a, "description");
      const capability = field("capability");
      const vector = (group: string, item: string, what: string): Cell[] => {
        const g = need(a, group);
        if (!g) return [];
        const items = childrenNamed(g, item).map(cellOf);
        if (items.length !== nd && nd > 0) {
          issues.push(
            issueAt(
              "dimension_count",
              `Actor "${name.text.trim()}" has ${items.length} ${what} values in "<${group}>": expected ${nd}, one per dimension`,
              g,
              file
            )
          );
        }
        return items;
      };
      const positions = vector("Position", "dCoord", "position");
      const saliences = vector("Salience", "dSal", "salience");
      raw.push({
        line: a.line,
        name,
        description: description ? cellOf(description) : {text: "", line: a.line},
        capability,
        positions,
        saliences
      });
    }
  }
  const checked = checkActors(raw, scenario.dimensions, file);
  issues.push(...checked.issues);
  scenario.actors = checked.actors;

  const iaEl = child(root, "IdealAdjustment");
  if (iaEl && scenario.actors.length > 0) {
    const na = scenario.actors.length;
    const names = scenario.actors.map((x) => x.name);
    const m: number[][] = Array.from({length: na}, (_, i) =>
      Array.from({length: na}, (_, j): number => (i === j ? 1 : 0))
    );
    for (const pair of childrenNamed(iaEl, "iaPair")) {
      const ref = (nm: string): number => {
        const el = need(pair, nm);
        if (!el) return -1;
        const k = names.indexOf(el.text.trim());
        if (k < 0)
          issues.push(
            issueAt(
              "unknown_actor",
              `Unknown actor "${el.text.trim()}" in "<${nm}>": expected one of the actors' names`,
              el,
              file
            )
          );
        return k;
      };
      const i = ref("adjustingIdeal");
      const j = ref("referencePos");
      const adjEl = need(pair, "adjust");
      const v = adjEl ? parseNumber(adjEl.text) : undefined;
      if (adjEl && (v === undefined || v < 0 || v > 1)) {
        issues.push(
          issueAt(
            "out_of_range",
            `Cannot use adjustment "${adjEl.text.trim()}": expected a number from 0 to 1`,
            adjEl,
            file
          )
        );
      }
      if (i >= 0 && j >= 0 && v !== undefined) m[i]![j] = v;
    }
    m.forEach((row, i) => {
      const sum = row.reduce((a, b) => a + b, 0);
      if (sum > 1 + 1e-10) {
        issues.push(
          issueAt(
            "out_of_range",
            `Adjustments of actor "${names[i]}" sum to "${Number(sum.toFixed(6))}": expected at most 1`,
            iaEl,
            file
          )
        );
      }
    });
    scenario.accommodation = m;
  }

  return issues.length > 0 ? fail(issues) : ok(scenario);
}

/** The first worksheet of an Excel 2003 XML workbook, read as KTAB CSV rows. */
function workbook(root: XmlElement, file?: string): Result<SmpScenario> {
  const sheet = childrenNamed(root, "Worksheet")[0];
  const table = sheet && child(sheet, "Table");
  if (!table)
    return fail([issueAt("missing_element", `Missing "<Worksheet>" with a "<Table>" in "<${root.name}>"`, root, file)]);
  const rows: Cell[][] = childrenNamed(table, "Row").map((row) => {
    const cells: Cell[] = [];
    for (const c of childrenNamed(row, "Cell")) {
      const index = Object.entries(c.attributes).find(([k]) => localName(k) === "Index")?.[1];
      if (index !== undefined) {
        while (cells.length < Number(index) - 1) cells.push({text: "", line: c.line, column: c.column});
      }
      const data = child(c, "Data");
      cells.push(data ? cellOf(data) : {text: "", line: c.line, column: c.column});
    }
    return cells.length > 0 ? cells : [{text: "", line: row.line, column: row.column}];
  });
  return scenarioFromRows(rows, file);
}
