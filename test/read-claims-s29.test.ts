import assert from "node:assert/strict";
import {test} from "node:test";
import {analysisPage, claimOf, readOk} from "./helpers/read.js";

// Session 29 (issue 10): claims and their speakers. A participle of saying whose quotation ends the sentence, a name
// with its description before the main verb ("X, an opposition member, criticised …, writing that …"), a quotation
// that opens the sentence ('"Smaller states …," she said'), "the minister" that is not the deputy minister, ", but said
// …", the imperatives of a numbered list of advice, a body named by its kind and what it is of, figures "from the
// Department of …", a minister's "counterpart", and "the official" after "an official familiar with the talks". Every
// sentence here was written for these tests (Baltic affairs), with near misses that must keep their reading.

/** A news page of our own with `body` as its paragraphs. */
const news = (...body: string[]) =>
  ["Ferries and ports on the Baltic", "", "By Jane Roe", "", "12 May 2025", "", ...body.flatMap((b) => [b, ""])].join(
    "\n"
  );

test("a participle of saying after the main clause: its quotation ending the sentence, a name with its description", () => {
  const d = readOk(
    news(
      "Estonian Foreign Minister Kristjan Tamm met Latvian officials in Riga on Monday.",
      'Asked about the ferry tender, Tamm said the subject had not been discussed. He declined to comment on Finnish bids for the line, saying only that "every option for the northern route is on the table."',
      'Anna Berzina, an opposition member of the Saeima, criticised the visit on Facebook, writing that Riga should "not reward governments that help Moscow".'
    ),
    {}
  );
  assert.equal(claimOf(d, "every option for the northern route")?.speaker, "Kristjan Tamm");
  assert.equal(claimOf(d, "every option for the northern route")?.quote.endsWith('table"'), true);
  assert.equal(claimOf(d, "not reward governments")?.speaker, "Anna Berzina");
  // near misses: a participle of another verb, and a described name whose participle says nothing
  const n = readOk(
    news(
      "Estonian Foreign Minister Kristjan Tamm met Latvian officials in Riga on Monday.",
      'Anna Berzina, an opposition member of the Saeima, visited the port on Tuesday, leaving "the best wine" for the evening.'
    ),
    {}
  );
  assert.equal(claimOf(n, "the best wine"), undefined);
});

test("a quotation opening the sentence names no speaker of its own: '\"Smaller states …,\" she said'", () => {
  const d = readOk(
    news(
      'Dr Liisa Kask, a lecturer in Baltic politics at the University of Tartu, said the ferry deal showed that Tallinn was "widening its circle of friends".',
      '"Smaller states like Estonia are useful to Finland precisely because they are not great powers," she said.'
    ),
    {}
  );
  assert.equal(claimOf(d, "Smaller states like Estonia")?.speaker, "Liisa Kask");
  // near miss: a closing mark after a word still opens the attribution after it
  const n = readOk(news('"The ferry link is the best thing we have built in a decade," Kask said.'), {});
  assert.equal(claimOf(n, "best thing we have built")?.speaker, "Kask");
});

test("'the minister' is not the deputy minister; ', but said …' is the subject's", () => {
  const d = readOk(
    news(
      "The ferry treaty was signed in Tallinn by the Minister of Foreign Affairs, Ambassador Kristjan Tamm, and Latvia's First Deputy Minister of Foreign Affairs, Mr. Janis Ozols, after a closed-door meeting.",
      '"Estonia has ports and Latvia has the railway to feed them. This is a natural partnership," the minister told journalists after the signing.',
      'Ozols also asked Estonia to support Riga\'s candidacy for the council. Tamm did not commit to the request, but said Tallinn would consider it "with our Nordic partners".'
    ),
    {}
  );
  assert.equal(claimOf(d, "natural partnership")?.speaker, "Kristjan Tamm");
  assert.equal(claimOf(d, "Tallinn would consider it")?.speaker, "Kristjan Tamm");
  // near miss: the deputy minister asked for by that office
  const n = readOk(
    news(
      "The ferry treaty was signed in Tallinn by the Minister of Foreign Affairs, Ambassador Kristjan Tamm, and Latvia's First Deputy Minister of Foreign Affairs, Mr. Janis Ozols, after a closed-door meeting.",
      '"This is a good deal for Riga and a better one for the railway," the deputy minister told journalists after the signing.'
    ),
    {}
  );
  assert.equal(claimOf(n, "a good deal for Riga")?.speaker, "Janis Ozols");
});

test("a numbered list's imperatives are the writer's advice; an ordinal before a subject is not", () => {
  const d = readOk(
    analysisPage(
      "What should Tallinn do? First, invite the Baltic transport ministers to an informal meeting before the summit. Second, make ferry freight the centre of the offer. Third, let the port authority open an office in Turku. Third, member states have already spent the money. First, work on the northern line began in 2019."
    ),
    {}
  );
  assert.equal(claimOf(d, "First, invite")?.kind, "recommendation");
  assert.equal(claimOf(d, "Second, make ferry freight")?.kind, "recommendation");
  assert.equal(claimOf(d, "Third, let the port authority")?.kind, "recommendation");
  assert.notEqual(claimOf(d, "member states have already")?.kind, "recommendation");
  assert.notEqual(claimOf(d, "work on the northern line")?.kind, "recommendation");
});

test("a body named by its kind and what it is of; figures from a department", () => {
  const d = readOk(
    news(
      "Estonian Foreign Minister Kristjan Tamm visited Riga on Monday.",
      "The Federation of Baltic Dockworkers told the Latvian ministry that Estonian ports should hire more local workers."
    ),
    {}
  );
  assert.equal(claimOf(d, "should hire more local workers")?.speaker, "the Federation of Baltic Dockworkers");
  const f = readOk(
    news(
      "Finnish Foreign Minister Aino Virtanen met her Estonian counterpart Kristjan Tamm in Helsinki. Tamm said the ferry tender would open in June.",
      "Estonia shipped about 1,700 tonnes of shale oil to Finland in 2025, according to data from the Department of Energy Statistics.",
      'The Estonian minister pressed Helsinki to route more cargo through Muuga. Trade remains "modest for two economies of our size", he said.'
    ),
    {}
  );
  assert.equal(claimOf(f, "modest for two economies")?.speaker, "Kristjan Tamm");
});

test("'the official' after 'an official familiar with the talks' is that official", () => {
  const d = readOk(
    news(
      "Finnish Foreign Minister Aino Virtanen met Estonian officials in Tallinn on Monday.",
      'An official familiar with the talks said the two sides had also discussed the Muuga port. "We have told our partners that the port is open for business, and we expect the tariff question to be settled," the official said.'
    ),
    {}
  );
  assert.equal(claimOf(d, "open for business")?.speaker, "An official familiar with the talks");
});
