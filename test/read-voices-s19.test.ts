import assert from "node:assert/strict";
import {test} from "node:test";
import {claimOf, readOk, voiceOf} from "./helpers/read.js";

// Session 19 (issue 10): speakers in forms the reader had not met — a particle joined to the surname by a hyphen, and
// an apposition followed by a relative clause between the speaker and the verb. Sentences written for these tests.

test("a particle joined by a hyphen stays in the name: 'Maryam al-Kuwari', 'al-Kuwari said', 'Hassan el-Amin'", () => {
  const d = readOk(
    [
      "Gulf money and the Andes",
      "",
      "DOHA, 3 June 2025 (Gulf Wire) – Qatar's investment authority opened an office in Lima on Tuesday, the authority said.",
      "",
      '"Lima is not betting on copper alone," said Noura al-Thani, an economist at a Doha research centre.',
      "",
      '"Without a port, the mine is a hole in the ground," al-Thani said.',
      "",
      "Hassan el-Amin, a Cairo analyst, said the Andean bank was weak."
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "not betting on copper")?.speaker, "Noura al-Thani");
  assert.equal(claimOf(d, "a hole in the ground")?.speaker, "Noura al-Thani");
  assert.equal(claimOf(d, "Andean bank was weak")?.speaker, "Hassan el-Amin");
  // near miss: a lower-case word with a hyphen that is no particle names nobody
  const e = readOk('Andean notes\n\nBy Rosa Quispe-Lind\n\n"The port is full," a co-founder said.\n', {});
  assert.notEqual(claimOf(e, "The port is full")?.speaker, "co-founder");
});

test("an apposition and a relative clause between the speaker and the verb", () => {
  const d = readOk(
    [
      "Bolivia's lithium pitch",
      "",
      "LA PAZ, 3 June 2025 (Andes Wire) – Bolivia hosted a lithium forum in La Paz on Tuesday, the ministry said.",
      "",
      '"Lithium is where our industry and our diplomacy meet," Marcela Quispe, the mining minister, who opened the forum, told reporters.',
      "",
      "Luis Arce, the president, who spoke first, signed the declaration."
    ].join("\n"),
    {}
  );
  assert.equal(claimOf(d, "where our industry and our diplomacy meet")?.speaker, "Marcela Quispe");
  // near miss: the same shape before a verb of acting narrates
  assert.equal(voiceOf(d, "signed the declaration").kind, "narration");
});
