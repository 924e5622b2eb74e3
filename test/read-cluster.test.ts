import assert from "node:assert/strict";
import {test} from "node:test";
import {openStore} from "../src/store/index.js";
import {clusterAround} from "../src/app/index.js";
import {clusterEvents, dateWindow, type ClusterableEvent} from "../src/read/index.js";
import type {Event} from "../src/domain/index.js";

const ev = (over: Partial<ClusterableEvent> & {id: string}): ClusterableEvent => ({
  sourceId: over.id.split(":")[0]!,
  source: "ARM",
  target: "GEO",
  code: "042",
  date: "2021-03-10",
  ...over
});

test("clusters: two articles and a timeline row about one visit are one happening", () => {
  const cs = clusterEvents([
    ev({id: "a:e1", sentence: "The Armenian premier travelled to Tbilisi on a working visit on 9 March."}),
    ev({id: "b:e4", date: "2021-03-11", sentence: "During his working visit to Tbilisi the premier met officials."}),
    ev({id: "pack:v", date: "2021-03-09", label: "Armenian premier's working visit to Georgia"}),
    // another root: not the same happening
    ev({id: "a:e2", code: "057", sentence: "The two signed a transit deal."}),
    // far away in time: another visit
    ev({id: "c:e1", date: "2021-07-01", sentence: "A working visit to Tbilisi followed in the summer."})
  ]);
  assert.equal(cs.length, 1);
  assert.deepEqual(cs[0]!.events, ["pack:v", "a:e1", "b:e4"]);
  assert.deepEqual(cs[0]!.sources, ["pack", "a", "b"]);
  assert.equal(cs[0]!.id, "c:pack:v");
  assert.equal(cs[0]!.from, "2021-03-09");
  assert.equal(cs[0]!.to, "2021-03-11");
});

test("clusters: mutual roots join either direction; one-way acts and modality do not; wording must overlap", () => {
  const mutual = clusterEvents([
    ev({id: "a:e1", code: "040", sentence: "Yerevan and Tbilisi held consultations on border crossings."}),
    ev({
      id: "b:e1",
      code: "043",
      source: "GEO",
      target: "ARM",
      sentence: "Consultations on border crossings took place."
    })
  ]);
  assert.equal(mutual.length, 1);
  const oneWay = clusterEvents([
    ev({id: "a:e1", code: "112", sentence: "Yerevan accused Tbilisi of delays at the border crossings."}),
    ev({
      id: "b:e1",
      code: "112",
      source: "GEO",
      target: "ARM",
      sentence: "Tbilisi accused Yerevan of delays at border crossings."
    })
  ]);
  assert.equal(oneWay.length, 0, "an accusation and a counter-accusation are two happenings");
  const planned = clusterEvents([
    ev({id: "a:e1", sentence: "The premier visited Tbilisi."}),
    ev({id: "b:e1", modality: "planned", sentence: "The premier will visit Tbilisi."})
  ]);
  assert.equal(planned.length, 0, "a planned visit is not the visit");
  const unrelated = clusterEvents([
    ev({id: "a:e1", sentence: "Railway freight tariffs were discussed at length during the talks."}),
    ev({id: "b:e1", sentence: "Wine exporters complained about customs queues."})
  ]);
  assert.equal(unrelated.length, 0, "same dyad, root and days, but nothing in common in the words");
  const noWords = clusterEvents([ev({id: "g:1"}), ev({id: "g:2", date: "2021-03-12"})]);
  assert.equal(noWords.length, 1, "rows without words (GDELT) join on dyad, root and window");
});

test("clusters: date windows follow the precision; undated and self-dyad events never cluster", () => {
  assert.deepEqual(
    dateWindow(ev({id: "x", precision: "month", date: "2021-02-01"}))!.map((d) =>
      new Date(d * 864e5).toISOString().slice(0, 10)
    ),
    ["2021-02-01", "2021-02-28"]
  );
  assert.equal(dateWindow(ev({id: "x", date: undefined, precision: "unknown"})), undefined);
  const cs = clusterEvents([
    ev({id: "a:e1", date: undefined, precision: "unknown"}),
    ev({id: "b:e1", date: undefined, precision: "unknown"}),
    ev({id: "c:e1", source: "GEO", target: "GEO"}),
    ev({id: "d:e1", source: "GEO", target: "GEO"})
  ]);
  assert.equal(cs.length, 0);
  const monthly = clusterEvents([
    ev({id: "a:e1", date: "2021-03-01", precision: "month", sentence: "A working visit to Tbilisi in March."}),
    ev({id: "b:e1", date: "2021-03-24", sentence: "The premier paid a working visit to Tbilisi."})
  ]);
  assert.equal(monthly.length, 1, "'in March' covers the 24th");
});

test("clusters are stored; counts per month give reports and happenings; undated events are kept", async () => {
  const store = await openStore({store: ":memory:"});
  try {
    const base = {code: "042", goldstein: 1.9, quad: 1 as const, source: "ARM", target: "GEO"};
    const events: Event[] = [
      {
        ...base,
        id: "pack:v",
        sourceId: "pack",
        date: "2021-03-09",
        label: "Armenian premier's working visit to Georgia"
      },
      {
        ...base,
        id: "a:e1",
        sourceId: "a",
        date: "2021-03-10",
        precision: "day",
        sentence: "The Armenian premier's working visit to Georgia began."
      },
      {...base, id: "a:e2", sourceId: "a", precision: "unknown", sentence: "The premier visited Georgia."}
    ];
    await store.transaction(() => store.events.insertEvents(events));
    const stored = await store.events.listEvents({sourceId: "a"});
    assert.equal(stored.find((e) => e.id === "a:e2")!.date, undefined);
    assert.equal(stored.find((e) => e.id === "a:e2")!.precision, "unknown");
    const cs = await clusterAround(store, ["a"]);
    assert.equal(cs.length, 1);
    assert.deepEqual(
      (await store.events.listClusters()).map((c) => c.events),
      [["pack:v", "a:e1"]]
    );
    assert.deepEqual(
      (await store.events.listClusters({actor: "GEO"})).map((c) => c.sources),
      [["a", "pack"]]
    );
    const counts = await store.events.clusterCounts({focal: "ARM", partners: ["GEO"]});
    assert.deepEqual(counts, [{source: "ARM", target: "GEO", month: "2021-03", events: 2, clusters: 1}]);
    // Clustering again changes nothing.
    await clusterAround(store, ["a"]);
    assert.equal((await store.events.listClusters()).length, 1);
  } finally {
    store.close();
  }
});
