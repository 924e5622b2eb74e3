/**
 * A group that governs a state de facto, told as its government: "a Taliban delegation", "the Taliban's acting prime
 * minister", "Taliban ministers", "accepted a Taliban ambassador", "recognised the Taliban's Islamic Emirate",
 * "removed the Taliban from its list of banned organisations" are acts of or toward Afghanistan since the Taliban took
 * Kabul (15 August 2021); "the Taliban" beside other armed groups ("ISIS, the Taliban, al-Qaeda") stays the group.
 * The text makes the group the governing authority: a governing head or body after its name (an office, role or
 * body noun, src/read/anaphora.ts `ROLE_NOUN`, or administration, regime, emirate), or an act only a state receives
 * (recognition, removal from a list of banned organisations). Pure: the sentence, its mentions and a date in, the
 * codes to read as the state out.
 *
 * @module
 */

import {ROLE_MODIFIERS, ROLE_NOUN} from "./anaphora.js";

/**
 * Groups that govern a state de facto, and since when (public record: the Taliban entered Kabul on 15 August 2021
 * and declared the Islamic Emirate of Afghanistan; CAMEO codes a ruling group's government acts as the state's).
 */
export const GOVERNING: readonly {group: string; state: string; from: string}[] = [
  {group: "TALIBAN", state: "AFG", from: "2021-08-15"}
];

/** A governing head or body after the group's name: "'s acting prime minister", " delegation", "-led government". */
const GOVERNING_AFTER = new RegExp(
  String.raw`^(?:['’]s|-led|-run)?\s+${ROLE_MODIFIERS}(?:${ROLE_NOUN}|[Aa]dministration|[Rr]egime|[Ee]mirate|[Rr]ulers)\b(?!-)`,
  "u"
);
/** An act only a state receives, before the group's name: "recognised the Taliban", "recognition of the …". */
const STATE_ACT_BEFORE = /\brecogni[sz](?:e|es|ed|ing|ation\s+of)\s+(?:the\s+)?$/i;
/** … or after it: "removed the Taliban from its list of banned organisations", "took X off the register". */
const DELISTED_AFTER = /^\s+(?:from|off)\s+(?:its|the|their|a)\s+(?:[\w-]+\s+){0,2}(?:list|register|registry)\b/i;

/** A mention as this module needs it: offsets into the sentence and the code. */
export interface GoverningMention {
  start: number;
  end: number;
  code: string;
}

/**
 * The groups of {@link GOVERNING} the sentence makes a state's government on `date` (YYYY-MM-DD, the sentence's or
 * the article's; none, none), as group code → state code.
 */
export function governedStates(
  text: string,
  mentions: readonly GoverningMention[],
  date: string | undefined
): Map<string, string> {
  const out = new Map<string, string>();
  if (!date) return out;
  for (const g of GOVERNING) {
    if (date < g.from) continue;
    for (const m of mentions) {
      if (m.code !== g.group) continue;
      const after = text.slice(m.end, m.end + 80);
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      if (GOVERNING_AFTER.test(after) || STATE_ACT_BEFORE.test(before) || DELISTED_AFTER.test(after)) {
        out.set(g.group, g.state);
        break;
      }
    }
  }
  return out;
}

/**
 * The state a multinational company acts for: the dictionary files companies under the state of their seat
 * (PETRARCH's "MNC" + ISO code: Boeing MNCUSA, Lenovo MNCHKG, Daewoo MNCKOR), and the gold's convention codes a
 * company's act as its state's ("Uzbekistan agreed to buy Boeing jets" is UZB→USA, as "Botas" is Turkey). A company
 * filed under a region ("MNCSEA") or under no state ("MNC") stays as it is. `isState` says which codes are states.
 */
export function companyState(code: string, isState: (code: string) => boolean): string | undefined {
  const seat = /^MNC([A-Z]{3})$/.exec(code)?.[1];
  return seat !== undefined && isState(seat) ? seat : undefined;
}
