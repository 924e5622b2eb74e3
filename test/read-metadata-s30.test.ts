import assert from "node:assert/strict";
import {test} from "node:test";
import {initialsMasthead} from "../src/read/article.js";
import {readOk} from "./helpers/read.js";
import {eventCoder} from "./helpers/events.js";

// Session 30 (issue 10): an agency's initials beside its full name on one line, the name in the agency's own language
// with that language's small words ("ARN — Agência Ribeirinha de Notícias", "OIA | Oriel Informazioni e Attualità"),
// names the publisher by its full name, as "HNA – Hattusa News Agency" did. Pages and names written for these tests;
// read with the pack's coder, as `ingest` reads them.

const BODY =
  "Officials from Mongolia and Kyrgyzstan agreed on Tuesday to open a direct cargo flight between Ulaanbaatar and Bishkek, the Mongolian transport ministry said. The first flight is due in the spring, and both sides expect wool and leather to make up most of the freight.";
const HEADLINE = "Mongolia and Kyrgyzstan agree a direct cargo flight";
const meta = (lines: string[], after: string[] = []) =>
  readOk([...lines, "", BODY, "", ...after].join("\n"), {coder: eventCoder}).metadata;

test("initials beside a full name in another language, with its small words, name the publisher", () => {
  assert.equal(initialsMasthead("ARN — Agência Ribeirinha de Notícias"), "Agência Ribeirinha de Notícias");
  assert.equal(initialsMasthead("OIA | Oriel Informazioni e Attualità"), "Oriel Informazioni e Attualità");
  assert.equal(initialsMasthead("Agencia Sierra de Noticias – ASN"), "Agencia Sierra de Noticias");
  const d = meta(
    [
      "ARN — Agência Ribeirinha de Notícias",
      "English Service",
      "Home | Portugal | World | Economy",
      HEADLINE,
      "Ulaanbaatar, 14 Oct 2025 (ARN)"
    ],
    ["© 2025 ARN – Agência Ribeirinha de Notícias, S.A."]
  );
  assert.equal(d.publisher, "Agência Ribeirinha de Notícias");
  // near misses: initials the name does not stand for, and a small word of no language in the list, stay unread as a
  // pair; English's own small words read as before
  assert.equal(initialsMasthead("ABC — Agência Ribeirinha de Notícias"), undefined);
  assert.equal(initialsMasthead("ARN — Agência Ribeirinha zu Notícias"), undefined);
  assert.equal(initialsMasthead("HNA – Hattusa News Agency"), "Hattusa News Agency");
});
