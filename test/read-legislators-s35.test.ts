import {test} from "node:test";
import {readEvents, has, lacks} from "./helpers/events.js";

// Session 35 (issue 10): a US legislator's party-and-state tag after a name ("Jane Roe (D-Ore.)", "John Doe, R-Tex.,")
// says the person is the United States'; the tag no longer cuts the name off from its verb (coder.ts
// withoutShortNameInBrackets), and the surname stands for the United States from then on (anaphora.ts
// learnLegislators). Sentences written for these tests.

test("a party-and-state tag in brackets after a name leaves the name its verb", () => {
  has(
    readEvents(
      "Hearing\n\nU.S. Senator Jane Roe (D-Ore.) met Uzbekistan's ambassador, Bakhrom Aliev, on Monday.\n",
      "2025-05-07"
    ),
    /^USA>UZB 04\d 2025-05-05/
  );
  has(
    readEvents(
      "Hearing\n\nU.S. Representatives Jane Roe (D-Ore.) and John Doe (R-N.M.) met Kyrgyzstan's foreign minister on Monday.\n",
      "2025-05-07"
    ),
    /^USA>KGZ 04\d 2025-05-05/
  );
});

test("a tagged legislator's surname stands for the United States later", () => {
  const events = readEvents(
    [
      "Roe and Doe introduce a trade bill",
      "",
      "Senator Jane Roe (D-Ore.) and Senator John Doe (R-N.M.) on Wednesday introduced a bill on trade with Central Asia.",
      "",
      "Roe travelled to Tashkent in April, and Doe met Turkmenistan's ambassador in Washington on Tuesday."
    ].join("\n"),
    "2025-05-08"
  );
  has(events, /^USA>UZB 04\d 2025-04/);
  has(events, /^USA>TKM 04\d 2025-05-06/);
  // the AP's form between commas
  has(
    readEvents("Bill\n\nSen. Jane Roe, D-Ore., spoke on Monday.\n\nRoe visited Bishkek in March.\n", "2025-05-08"),
    /^USA>KGZ 04\d 2025-03/
  );
});

test("near misses: no tag, or a bracket that is no party and state, ties no surname", () => {
  // the same surname never tagged stays no one's
  lacks(
    readEvents("Bill\n\nSenator Jane Roe spoke on Monday.\n\nRoe travelled to Tashkent in April.\n", "2025-05-08"),
    /^USA>/
  );
  // "(D-8)", the Developing Eight, is no party and state
  lacks(
    readEvents("Forum\n\nAli Khan (D-8) spoke on Monday.\n\nKhan travelled to Tashkent in April.\n", "2025-05-08"),
    /^USA>/
  );
});

test("an object pronoun points to a person the sentence before named only by a surname tied before", () => {
  const events = readEvents(
    [
      "Roe's Central Asia bill",
      "",
      "Senator Jane Roe (D-Ore.) on Wednesday introduced a bill on trade with Central Asia.",
      "",
      "Roe travelled to Tashkent in April and met President Shavkat Mirziyoyev.",
      "",
      "During that visit, Mirziyoyev invited her to open a trade office in Samarkand."
    ].join("\n"),
    "2025-05-08"
  );
  has(events, /^UZB>USA 0\d\d 2025-04/);
  // near miss: a surname no one's is no antecedent
  lacks(
    readEvents(
      [
        "Roe's Central Asia bill",
        "",
        "Jane Roe spoke on Wednesday.",
        "",
        "Roe travelled to Tashkent in April and met President Shavkat Mirziyoyev.",
        "",
        "During that visit, Mirziyoyev invited her to open a trade office in Samarkand."
      ].join("\n"),
      "2025-05-08"
    ),
    /^UZB>USA/
  );
});
