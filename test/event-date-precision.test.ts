// An event's date shown at its precision on every surface (session 30): a month or a year is stored as its first day
// ("2024-03-01", precision "month"), which is no day the text states, so the CLI's table and `show`, the CSV of the
// CLI and of the API (and Parquet) write the period ("2024-03", "2024"); the JSON keeps the stored date with its
// `precision`; the dashboard writes the period in its table, its chart's tips and the reports of a happening.
import assert from "node:assert/strict";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {after, before, describe, test} from "node:test";
import {openStore, type Store} from "../src/app/index.js";
import {eventDateText} from "../src/domain/index.js";
import {createApp} from "../src/server/index.js";
import {eventDate} from "../src/web/period-label.js";
import {cli} from "./helpers/cli.js";
import {seededStore, TEST_TOKEN} from "./helpers/server.js";

// Our own page: a day ("On Tuesday"), a month ("in March 2024"), a year ("In 2023").
const PAGE = `Kazakhstan and Uzbekistan widen trade

By Aigerim Sadykova

12 June 2025

Kazakhstan and Uzbekistan signed a trade agreement in March 2024, officials said.

In 2023, Kazakhstan hosted President Shavkat Mirziyoyev of Uzbekistan in Astana.

On Tuesday, Kazakh Foreign Minister Murat Nurtleu met Chinese Foreign Minister Wang Yi in Astana.
`;

describe("an event's date at its precision", () => {
  test("the domain's and the dashboard's period: a day whole, a month and a year cut, the page's day whole", () => {
    for (const f of [eventDateText, eventDate]) {
      assert.equal(f({date: "2024-03-14", precision: "day"}), "2024-03-14");
      assert.equal(f({date: "2024-03-01", precision: "month"}), "2024-03");
      assert.equal(f({date: "2023-01-01", precision: "year"}), "2023");
      // the page's day standing in for an undated sentence is a day; a pack's row with no precision is a day
      assert.equal(f({date: "2025-06-12", precision: "article"}), "2025-06-12");
      assert.equal(f({date: "1994-01-10"}), "1994-01-10");
    }
    assert.equal(eventDateText({precision: "unknown"}), undefined);
    assert.equal(eventDate({date: null, precision: "unknown"}), "undated");
  });

  let dir = "";
  let file = "";
  let dispose = () => {};
  before(async () => {
    const s = await seededStore({datasets: false});
    dir = mkdtempSync(join(tmpdir(), "dt30-dates-"));
    file = s.store.path;
    s.store.close();
    dispose = () => {
      s.dispose();
      rmSync(dir, {recursive: true, force: true});
    };
    const page = join(dir, "trade.txt");
    writeFileSync(page, PAGE);
    const r = cli(file, ["ingest", page]);
    assert.equal(r.code, 0, r.stderr);
  });
  after(() => dispose());

  const ours = (s: string) =>
    s.split("\n").filter((l) => /Kazakhstan and Uzbekistan signed|In 2023|On Tuesday/.test(l));

  test("the CLI's table, its CSV and `show` write the period; its JSON keeps the first day with the precision", () => {
    const table = ours(cli(file, ["events", "--limit", "1000"]).stdout);
    assert.equal(table.length, 4);
    assert.ok(table.filter((l) => l.startsWith("2024-03  ")).length === 2, table.join("\n"));
    assert.ok(
      table.some((l) => l.startsWith("2023  ")),
      table.join("\n")
    );
    assert.ok(
      table.some((l) => l.startsWith("2025-06-10  ")),
      table.join("\n")
    );
    assert.ok(!table.some((l) => /^2024-03-01|^2023-01-01/.test(l)));

    const csv = ours(cli(file, ["events", "--format", "csv"]).stdout);
    assert.equal(csv.filter((l) => /,2024-03,month,/.test(l)).length, 2, csv.join("\n"));
    assert.ok(csv.some((l) => /,2023,year,/.test(l)));
    assert.ok(csv.some((l) => /,2025-06-10,day,/.test(l)));

    const json = JSON.parse(cli(file, ["events", "--format", "json", "--limit", "1000"]).stdout) as {
      items: {date?: string; precision?: string; sentence?: string}[];
    };
    const month = json.items.find((e) => e.sentence?.includes("March 2024"));
    assert.deepEqual([month?.date, month?.precision], ["2024-03-01", "month"]);

    const id = (JSON.parse(cli(file, ["sources", "--json"]).stdout) as {id: string; format: string}[]).find(
      (s) => s.format === "text"
    )!.id;
    const shown = cli(file, ["show", id]).stdout;
    assert.match(shown, /event: KAZ → UZB 057 \(Goldstein 8\) 2024-03 {2}rule/);
    assert.match(shown, /event: KAZ → UZB 043 \(Goldstein 2\.8\) 2023 {2}rule/);
    assert.doesNotMatch(shown, /2024-03-01|2023-01-01/);
  });

  test("the API's CSV writes the period; its JSON keeps the first day with the precision", async () => {
    const store: Store = await openStore({store: file});
    try {
      const app = createApp({store, token: TEST_TOKEN});
      const csv = ours(await (await app.request("/api/events?format=csv&limit=1000")).text());
      assert.equal(csv.filter((l) => /,2024-03,month,/.test(l)).length, 2, csv.join("\n"));
      assert.ok(csv.some((l) => /,2023,year,/.test(l)));
      const json = (await (await app.request("/api/events?limit=1000")).json()) as {
        items: {date?: string; precision?: string; sentence?: string}[];
      };
      const year = json.items.find((e) => e.sentence?.startsWith("In 2023"));
      assert.deepEqual([year?.date, year?.precision], ["2023-01-01", "year"]);
    } finally {
      store.close();
    }
  });
});
