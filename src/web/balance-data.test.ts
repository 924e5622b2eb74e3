import assert from "node:assert/strict";
import {test} from "node:test";
import {normalizeBalance, normalizeInfluence, sharesOf} from "./balance-data.js";
import {findMentions} from "./highlight.js";

const rec = (vector: string, year: number, measure: string, value: number | null, dimension?: string) => ({
  focal: "KAZ",
  vector,
  year,
  measure,
  value,
  ...(dimension ? {dimension} : {})
});

test("normalizeBalance reads the measures API's tidy records", () => {
  const raw = {
    measure: "balance",
    query: {focal: "KAZ", vectors: ["RUS", "CHN", "USA"]},
    items: [
      rec("RUS", 2014, "share", 0.5, "combined"),
      rec("CHN", 2014, "share", 0.3, "combined"),
      rec("USA", 2014, "share", 0.2, "combined"),
      rec("RUS", 2014, "share", 0.6, "security"),
      rec("CHN", 2014, "share", 0.4, "security"),
      rec("RUS", 2013, "share", 0.7, "economic"),
      rec("CHN", 2013, "share", 0.3, "economic"),
      rec("*", 2014, "entropy", 0.94),
      rec("*", 2014, "hhi", 0.38),
      rec("RUS", 2014, "dominant", 0.5),
      rec("RUS", 2015, "share", null, "combined"),
      rec("*", 2015, "entropy", null)
    ]
  };
  const b = normalizeBalance(raw, {focal: "KAZ", vectors: []});
  assert.deepEqual(b.vectors, ["RUS", "CHN", "USA"]);
  assert.deepEqual(b.years, [
    {year: 2014, shares: {RUS: 0.5, CHN: 0.3, USA: 0.2}, entropy: 0.94, hhi: 0.38, dominant: "RUS"}
  ]);
  assert.deepEqual(b.dimensionYears, {security: 2014, economic: 2013});
  assert.deepEqual(
    b.dimensions.map((d) => `${d.dimension}:${d.vector}:${d.share}`),
    ["security:RUS:0.6", "security:CHN:0.4", "economic:RUS:0.7", "economic:CHN:0.3"]
  );
});

test("normalizeBalance takes each dimension from its latest year that is not partial", () => {
  const raw = {
    measure: "balance",
    query: {focal: "KAZ", vectors: ["RUS", "CHN"]},
    coverage: [
      {year: 2023, partial: false},
      {year: 2024, partial: true}
    ],
    items: [
      rec("RUS", 2023, "share", 0.7, "security"),
      rec("CHN", 2023, "share", 0.3, "security"),
      rec("RUS", 2024, "share", 1, "security"),
      rec("CHN", 2024, "share", 0, "security"),
      rec("RUS", 2024, "share", 0.5, "political"),
      rec("CHN", 2024, "share", 0.5, "political")
    ]
  };
  const b = normalizeBalance(raw, {focal: "KAZ", vectors: []});
  // Security from 2023 (2024 is partial); political has only the partial year, so it is kept.
  assert.deepEqual(b.dimensionYears, {security: 2023, political: 2024});
});

test("normalizeBalance also reads year rows with share records", () => {
  const b = normalizeBalance(
    {
      years: [
        {
          year: 2020,
          shares: [
            {vector: "RUS", share: 0.6},
            {vector: "CHN", share: 0.4}
          ],
          entropy: 0.97
        }
      ]
    },
    {focal: "KAZ", vectors: ["RUS", "CHN"]}
  );
  assert.deepEqual(b.years[0], {
    year: 2020,
    shares: {RUS: 0.6, CHN: 0.4},
    entropy: 0.97,
    hhi: undefined,
    dominant: undefined
  });
  assert.deepEqual(sharesOf({RUS: {share: 0.2}, CHN: 0.8, bad: "x"}), {RUS: 0.2, CHN: 0.8});
});

test("normalizeInfluence keeps the combined influence per vector and year", () => {
  const rows = normalizeInfluence({
    items: [
      rec("RUS", 2017, "influence", 0.3, "economic"),
      rec("RUS", 2017, "influence", 0.36, "combined"),
      rec("RUS", 2017, "bandwidth", 0.9, "combined"),
      rec("CHN", 2017, "influence", 0.22, "combined"),
      rec("CHN", 2018, "influence", null, "combined")
    ]
  });
  assert.deepEqual(rows, [
    {year: 2017, vector: "CHN", value: 0.22},
    {year: 2017, vector: "RUS", value: 0.36}
  ]);
});

test("findMentions finds whole-word aliases, longest first, without overlaps", () => {
  const text = "The Kremlin and Russia's partners met in Astana; RUSSIA abstained. Kazakhstani officials came.";
  const ms = findMentions(text, [
    {code: "RUS", alias: "Russia"},
    {code: "RUS", alias: "the Kremlin"},
    {code: "RUS", alias: "Kremlin"},
    {code: "KAZ", alias: "Astana"},
    {code: "KAZ", alias: "Kazakhstan"}
  ]);
  assert.deepEqual(
    ms.map((m) => `${m.code}:${m.alias}`),
    ["RUS:The Kremlin", "RUS:Russia", "KAZ:Astana", "RUS:RUSSIA"]
  );
});
