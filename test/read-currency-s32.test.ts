/**
 * Session 32 (issue 10): currencies the reader did not read — the letters the Gulf and Arab press write before an amount
 * ("KD 30 million", "QR 2 billion", "Dh500 million"), a state's adjective before its currency's name ("Kuwaiti dinars",
 * "Czech crowns", "Canadian dollars"), the names of currencies of one state ("forints", "zlotys", "naira") and of
 * several ("dinars", "crowns", "pesos": the page's home state's, else the one of them the text names most); and a
 * copyright line's company name (a legal form closing it, "… AS", "… Ltd") is no long form of the page's initials.
 * Every sentence and page here is our own, written for these tests.
 */
import assert from "node:assert/strict";
import {test} from "node:test";
import {readDocument, readFigures, splitSentences} from "../src/read/index.js";
import {longFormOf} from "../src/read/long-form.js";

const read = (text: string, home?: string, mentions: {code: string}[][] = []) =>
  readFigures(
    splitSentences(text),
    mentions.map((ms) => ms.map((m) => ({...m, start: 0, end: 0, text: "", rule: "t"}) as never)),
    {sourceId: "s", articleDate: "2025-06-01", ...(home ? {home} : {})}
  );
const units = (text: string, home?: string) => read(text, home).map((f) => `${f.text}: ${f.unit}`);

test("the Gulf and Arab press's letters before an amount, and a conversion after it", () => {
  assert.deepEqual(units("The fund will lend KD 45 million (about USD 146 million) for a new water plant in Nukus."), [
    "KD 45 million: million KWD",
    "USD 146 million: million USD"
  ]);
  const [kd, usd] = read("The fund will lend KD 45 million (about USD 146 million) for a new water plant in Nukus.");
  // (the conversion measures what its amount does)
  assert.equal(usd?.what, kd?.what);
  assert.equal(kd?.amount, 45e6);
  assert.deepEqual(units("Doha set aside QR 2 billion for the new port."), ["QR 2 billion: billion QAR"]);
  assert.deepEqual(units("The contract is worth BD 12 million."), ["BD 12 million: million BHD"]);
  assert.deepEqual(units("Amman expects JD 300 million in new investment."), ["JD 300 million: million JOD"]);
  assert.deepEqual(units("Riyadh pledged SR 1.5 billion to the fund."), ["SR 1.5 billion: billion SAR"]);
  assert.deepEqual(units("Muscat approved RO 80 million for the railway."), ["RO 80 million: million OMR"]);
  assert.deepEqual(units("The deal is valued at Dh500 million."), ["Dh500 million: million AED"]);
  assert.deepEqual(units("Dhaka's exports rose to Tk 40 billion."), ["Tk 40 billion: billion BDT"]);
  // near misses: the letters as a word of another kind, in lower case, or after the number
  assert.equal(
    read("Kd 30 million were spent.").some((f) => /KWD/.test(f.unit)),
    false
  );
  assert.equal(
    read("He scored 30 KD in the match.").some((f) => /KWD/.test(f.unit)),
    false
  );
});

test("a state's adjective before its currency's name", () => {
  assert.deepEqual(units("The fund lent 30 million Kuwaiti dinars to the project."), [
    "30 million Kuwaiti dinars: million KWD"
  ]);
  assert.deepEqual(units("The trams cost 2.9 billion Czech crowns."), ["2.9 billion Czech crowns: billion CZK"]);
  assert.deepEqual(units("Ottawa will spend 500 million Canadian dollars on the mine."), [
    "500 million Canadian dollars: million CAD"
  ]);
  assert.deepEqual(units("Cairo paid 4 billion Egyptian pounds for the grain."), [
    "4 billion Egyptian pounds: billion EGP"
  ]);
  assert.deepEqual(units("The bank issued bonds worth 2 billion Swedish kronor."), [
    "2 billion Swedish kronor: billion SEK"
  ]);
  // near misses: a state's adjective before a thing, not a currency; a pair no state has
  assert.equal(
    read("The fund bought 30 Kuwaiti tankers.").some((f) => f.rule === "figure:money"),
    false
  );
  assert.equal(
    read("They traded 30 million Kazakh dinars.").some((f) => /KWD|KZT/.test(f.unit)),
    false
  );
});

test("a currency of one state by its name; one of several by the page's home or the state the text names most", () => {
  assert.deepEqual(units("The plant will cost 120 billion forints."), ["120 billion forints: billion HUF"]);
  assert.deepEqual(units("Warsaw will invest 3 billion zlotys in the line."), ["3 billion zlotys: billion PLN"]);
  assert.deepEqual(units("Lagos approved 800 billion naira for roads."), ["800 billion naira: billion NGN"]);
  // a shared name: the page's home state's
  assert.deepEqual(units("The fund lent 30 million dinars.", "KWT"), ["30 million dinars: million KWD"]);
  assert.deepEqual(units("The trams cost 2.9 billion crowns.", "CZE"), ["2.9 billion crowns: billion CZK"]);
  // (no home that counts in it: the one of its states the text names, when one is named more)
  const named = read("Kuwait and Uzbekistan met. The fund lent 30 million dinars.", undefined, [
    [{code: "KWT"}, {code: "UZB"}],
    []
  ]);
  assert.equal(named[0]?.unit, "million KWD");
  // near misses: no state of the name's named, or two named as often; crowns with no scale are a thing counted
  assert.deepEqual(units("The fund lent 30 million dinars."), ["30 million dinars: million dinars"]);
  const two = read("Jordan and Kuwait met. The fund lent 30 million dinars.", undefined, [
    [{code: "JOR"}, {code: "KWT"}],
    []
  ]);
  assert.equal(two[0]?.unit, "million dinars");
  assert.equal(
    read("The museum holds 12 crowns of the old kings.").some((f) => f.rule === "figure:money"),
    false
  );
});

test("a copyright line's company name is no long form of the page's initials", () => {
  assert.equal(longFormOf("VRK", ["VRK – Vestlandets Rikskringkasting AS © 2025"]), undefined);
  assert.equal(longFormOf("TBN", ["© 2025 Tallinn Business News Ltd. All rights reserved."]), undefined);
  // near misses: the name alone, and a name whose last word is no legal form
  assert.equal(longFormOf("VRK", ["© 2025 Vestlandets Rikskringkasting"]), "Vestlandets Rikskringkasting");
  assert.equal(longFormOf("ANA", ["© 2026 Andean News Agency. All rights reserved."]), "Andean News Agency");
  const page = (footer: string) => {
    const text = [
      "VRK VEST — in English",
      "Nyheter | Sport | In English",
      "",
      "Bergen and Almaty agree to share data on fjord and lake fisheries",
      "",
      "By Kari Nygaard, VRK",
      "",
      "Bergen and Almaty agreed on Tuesday to share data on fisheries, the two city governments said after a meeting in the Norwegian port.",
      "",
      "The agreement sets up a joint monitoring group that will meet twice a year.",
      "",
      footer
    ];
    const r = readDocument(text.join("\n"), {format: "text", sourceId: "t"});
    assert.ok(r.ok);
    return r.value.metadata.publisher;
  };
  assert.equal(page("VRK – Vestlandets Rikskringkasting AS © 2025"), "VRK");
  // near miss: the copyright line signing with the name alone stands for the initials as before
  assert.equal(page("© 2025 Vestlandets Rikskringkasting"), "Vestlandets Rikskringkasting");
});
