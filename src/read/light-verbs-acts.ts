/**
 * Acts told by a light verb and the noun of what is handed, stopped or signed (issue 10, session 11): goods stopped or
 * checked (an embargo, 163), an official complaint handed over (114), a paper signed with its size or kind before its
 * noun (057). Each reader finds its verb, its noun and the actors around them in the sentence's actor groups; the coder
 * adds their events (src/read/coder.ts, `addActs`). Pure: the sentence's context in, frames out. Used only by the
 * article reader (`happenedOnly`).
 *
 * @module
 */
import type {SentenceContext} from "./code-parse.js";
import {sentenceGroups} from "./shallow.js";
import type {ActorRef} from "./verbs.js";
import {PREPOSITION, SIGNED_PAPERS, TRADE_FLOWS, subjectBefore, type Pledge} from "./light-verbs.js";
import {words} from "./word-set.js";

/**
 * Past verbs that stop or hold back a flow of goods: "suspended imports of …", "halted shipments to …", and
 * "restricted exports of enriched uranium to X", "curbed grain exports to X" (session 31: a flow restricted is curbed,
 * as CAMEO 2.0's "RESTRICT * IMPORTS" reads an import restricted, 163).
 */
const CURB_VERBS = words(/^(SUSPENDED|HALTED|BANNED|STOPPED|FROZE|BLOCKED|BARRED|PROHIBITED|RESTRICTED|CURBED)$/);
/**
 * Goods named before a flow's noun ("halted gas supplies to X", "banned grain exports to X", "suspended arms
 * deliveries to X"): English's common traded commodities — fuels and power, farm goods and food, metals and ores,
 * materials, arms — and their adjectives ("agricultural", "military").
 */
const COMMODITY = words(
  /^(NATURAL|LIQUEFIED|PETROLEUM|GAS|OIL|CRUDE|LNG|LPG|PETROL|GASOLINE|DIESEL|FUEL|COAL|URANIUM|ELECTRICITY|POWER|ENERGY|GRAIN|WHEAT|BARLEY|MAIZE|CORN|RICE|FLOUR|SUGAR|MEAT|BEEF|PORK|POULTRY|DAIRY|MILK|FISH|FRUIT|VEGETABLE|VEGETABLES|FOOD|COTTON|TIMBER|STEEL|IRON|ALUMINIUM|ALUMINUM|COPPER|METAL|METALS|FERTILISER|FERTILIZER|CEMENT|ARMS|WEAPONS|AMMUNITION|AGRICULTURAL|MILITARY|ENERGY|CAR|VEHICLE|GOODS)$/
);
/** Nouns of aid given: stopping them stops material aid (162), not trade; and the words telling aid's kind. */
const AID_FLOW = words(/^(AID|ASSISTANCE|FUNDING|LOANS|CREDITS|GRANTS)$/);
const AID_KIND = words(
  /^(HUMANITARIAN|DEVELOPMENT|FINANCIAL|ECONOMIC|BUDGET|BUDGETARY|FOREIGN|SECURITY|DEFENCE|DEFENSE)$/
);
/** Past verbs that make checks stricter: "tightened checks on …", "stepped up inspections of …". */
const TIGHTEN_VERBS = words(/^(TIGHTENED|STIFFENED|TOUGHENED)$/);
/** What checks are made of. */
const CHECK_NOUNS = words(/^(CHECKS|CONTROLS|INSPECTIONS|SCRUTINY|SCREENING|VETTING)$/);
/** Goods that checks may be on ("checks on dual-use goods", "controls on exports to X"), not pipes or plants. */
const CHECKED_GOODS = words(
  /^(GOODS|CARGO|CARGOES|PRODUCTS|ITEMS|SHIPMENTS|EXPORTS|IMPORTS|TRUCKS|FREIGHT|DELIVERIES|CONSIGNMENTS|ELECTRONICS|COMPONENTS|EQUIPMENT|TECHNOLOGY|TECHNOLOGIES|DUAL-USE|RE-EXPORTS|TRANSIT)$/
);
/** An official body after a state's possessive: "Russia's agricultural watchdog suspended …" is the state's act. */
const OFFICIAL_BODY = words(
  /^(WATCHDOG|MINISTRY|GOVERNMENT|AUTHORITIES|AUTHORITY|SERVICE|CUSTOMS|REGULATOR|AGENCY|INSPECTORATE|OFFICE|DEPARTMENT|CABINET|COMMITTEE|BUREAU|COMMISSION|PRESIDENT|PARLIAMENT|TREASURY|OFFICIALS|MINISTER|LEADERSHIP|COUNCIL)$/
);
/** Words a goods phrase may hold between its preposition and the actor ("of Kazakh tomatoes", "on goods bound for X"). */
const GOODS_FILLER = words(
  /^(THE|ALL|SOME|MOST|CERTAIN|SEVERAL|OF|ON|DUAL-USE|DUAL|USE|-|GOODS|CARGO|CARGOES|PRODUCTS|ITEMS|SHIPMENTS|EXPORTS|IMPORTS|TRUCKS|FREIGHT|BOUND|HEADED|DESTINED|FOR|TO|FROM|ORIGINATING|MADE|IN|AND|,)$/
);

/**
 * A flow of goods stopped or checked more strictly, which the verb dictionary codes by a verb it lacks or as a
 * threat ("TIGHTEN * CONTROLS", 130): "Turkey suspended imports of Russian grain", "halted shipments to X", "banned
 * purchases from X", "tightened checks on dual-use goods bound for X", "stepped up export controls on cargo to X" —
 * an embargo (163) on the state whose goods, or whose destination, the phrase names: the first actor after "of",
 * "from", "to" or "bound / headed / destined for", past the goods' words. A flow with no such actor names no target
 * ("suspended imports for a month" is nothing). A past act by the tagger only ("plans to cut imports", "could ban",
 * "only limited imports" tell none); verbs of quantity (cut, limited, increased) are markets' words, not measures; checks
 * must be on goods; "its own exports" and a state's possessive before a noun that is no official body ("X's drought")
 * give nothing (review H14).
 */
/** Whether the clause after a "cut" at `i` tells by how much ("by 10 percent", "by half", "to 2 bcm"): a quantity. */
function cutByQuantity(upper: readonly string[], i: number): boolean {
  for (let k = i + 1; k < Math.min(upper.length, i + 16); ++k) {
    const u = upper[k]!;
    if (/^[,;:.]$/.test(u) || /^(AND|BUT|WHICH|THAT|WHO|WHILE|AFTER|BEFORE)$/.test(u)) return false;
    if (
      (u === "BY" || u === "TO") &&
      /^(\d[\d.,]*|HALF|A|ONE|TWO|THREE|A THIRD|ABOUT|SOME|NEARLY|ALMOST|AROUND|OVER|MORE)$/.test(upper[k + 1] ?? "")
    )
      return true;
    if (/^(PERCENT|PER|%)$/.test(u)) return true;
  }
  return false;
}

export function tradeCurbs(ctx: SentenceContext): Pledge[] {
  const out: Pledge[] = [];
  let groups: ReturnType<typeof sentenceGroups> | undefined;
  for (let i = 0; i < ctx.upper.length; ++i) {
    const w = ctx.upper[i]!;
    // ("cut off gas supplies to X": "cut" alone is a market's word, "cut off" a measure)
    const cutOff = w === "CUT" && ctx.upper[i + 1] === "OFF";
    // (… and "phased out imports of Russian gas": a flow ended by steps is ended, session 29)
    const phasedOut = w === "PHASED" && ctx.upper[i + 1] === "OUT";
    // (… and "Iran cut imports of Turkmen gas", "cut gas supplies to Iran": a flow cut with the goods' state named is
    // stopped, as "cut off" is; not a quantity's change, "cut imports of X by 10 percent", which is a market's word,
    // review H14; session 30)
    // (a bare "cut" after a singular name is past, its present being "cuts": "Iran cut imports", "Gazprom cut supplies";
    // the tagger may read it as a present or a noun there)
    const cut =
      w === "CUT" &&
      (ctx.tags[i] === "VBD" || (/^(VBP|NN)$/.test(ctx.tags[i] ?? "") && ctx.tags[i - 1] === "NNP")) &&
      !cutByQuantity(ctx.upper, i);
    const curb = CURB_VERBS.test(w) || cutOff || phasedOut || cut;
    const tighten =
      TIGHTEN_VERBS.test(w) ||
      (w === "STEPPED" && ctx.upper[i + 1] === "UP") ||
      (w === "BEEFED" && ctx.upper[i + 1] === "UP");
    if (!curb && !tighten) continue;
    // A past act by the tagger's reading, not a plan or a modal's verb ("plans to cut", "could ban") nor an adjective
    // ("only limited imports"): review H14.
    if (
      !(cutOff || phasedOut || cut || /^VB[DN]$/.test(ctx.tags[i] ?? "")) ||
      /^(TO|WILL|WOULD|CAN|COULD|MAY|MIGHT|SHOULD|MUST)$/.test(ctx.upper[i - 1] ?? "")
    )
      continue;
    // The flow's noun, a few words after the verb: "suspended all imports", "tightened export controls".
    let noun = -1;
    for (let k = i + 1; k < Math.min(ctx.upper.length, i + 6) && noun < 0; ++k) {
      const u = ctx.upper[k]!;
      if (curb ? (TRADE_FLOWS.test(u) && u !== "TRANSIT" && u !== "FLIGHTS") || AID_FLOW.test(u) : CHECK_NOUNS.test(u))
        noun = k;
      else if (
        // (and a partitive before the flow: "suspended parts of its assistance", "halted part of its exports";
        // session 27)
        !/^(UP|OFF|OUT|ALL|ITS|THEIR|THE|SOME|MOST|PART|PARTS|HALF|MUCH|OF|EXPORT|IMPORT|CUSTOMS|BORDER|FURTHER|NEW|STRICTER|TIGHTER)$/.test(
          u
        ) &&
        !(curb && (COMMODITY.test(u) || AID_KIND.test(u)))
      )
        break;
    }
    if (noun < 0) continue;
    groups ??= sentenceGroups(ctx);
    // The goods' origin or destination: the first actor group after the noun reached through the goods' words.
    let object: ActorRef[] | undefined;
    for (const g of groups) {
      if (g.first <= noun || g.first > noun + 10) continue;
      const between = ctx.upper.slice(noun + 1, g.first);
      if (
        between.length === 0 ||
        !/^(OF|FROM|TO|FOR|ON)$/.test(between.find((u) => /^(OF|FROM|TO|FOR|ON)$/.test(u)) ?? "")
      )
        break;
      if (
        !between.every(
          (u) =>
            GOODS_FILLER.test(u) ||
            (/^[A-Z-]+$/.test(u) && !/^(WITH|BY|AT|AFTER|BEFORE|UNTIL|SINCE|DURING|WHICH|THAT|WHO)$/.test(u))
        )
      )
        break;
      // ("checks on goods bound for X": a destination's "for" needs its participle; "imports for a month" has none)
      const last = between.at(-1)!;
      if (last === "FOR" && !/^(BOUND|HEADED|DESTINED)$/.test(between.at(-2) ?? "")) break;
      if (last === "ON" && !tighten) break;
      // (checks are on goods, not on "pipelines bound for X"; the subject's own goods are no embargo on anyone)
      if (tighten && !between.some((u) => CHECKED_GOODS.test(u))) break;
      if (between.includes("OWN")) break;
      object = g.refs;
      break;
    }
    if (!object) continue;
    const subject = subjectBefore(ctx, groups, i);
    // ("Kazakhstan's drought …": a state's possessive before a noun that is no official body names no actor of it)
    const possessed =
      subject && /^(['’]S|['’])$/.test(ctx.upper[subject.last + 1] ?? "")
        ? ctx.upper.slice(subject.last + 2, i)
        : undefined;
    if (possessed && !possessed.some((u) => OFFICIAL_BODY.test(u))) continue;
    // (aid stopped is material aid reduced, 162; goods stopped an embargo, the caller's 163)
    if (subject)
      out.push(
        AID_FLOW.test(ctx.upper[noun]!)
          ? {verb: i, subject: subject.refs, object, code: "162", thing: "AID"}
          : {verb: i, subject: subject.refs, object}
      );
  }
  return out;
}

/** Past verbs that make a paper binding: "signed", "concluded", "inked", "sealed". */
const SIGNING_VERBS = words(/^(SIGNED|CONCLUDED|INKED|SEALED)$/);

/**
 * A paper signed with another side, told with its size or kind before the paper's noun ("signed a $2 billion loan
 * agreement with X", "concluded a 45 billion yen credit deal with X", "inked a ten-year supply contract with X"):
 * the light tagger reads "loan", "supply" or "credit" as a verb there, and the dictionary's SIGN * &TREATY no longer
 * reaches the paper. The signing (057) is the subject's toward the actor right after "with" (past a title: "with the
 * government of X"), as the dictionary reads "signed a deal with X". Past forms only, the paper's noun within ten words of the
 * verb in its clause; a paper signed before the verb ("the agreement signed with X") is the noun's, not read here.
 */
export function signedPapers(ctx: SentenceContext): Pledge[] {
  const out: Pledge[] = [];
  let groups: ReturnType<typeof sentenceGroups> | undefined;
  for (let i = 0; i < ctx.upper.length; ++i) {
    if (!SIGNING_VERBS.test(ctx.upper[i]!)) continue;
    // (not a noun's participle: "the deal signed with X", "an agreement concluded with X")
    if (/^(NN|NNS)$/.test(ctx.tags[i - 1] ?? "") && !/^(HAS|HAVE|HAD)$/.test(ctx.upper[i - 1] ?? "")) continue;
    let paper = -1;
    for (let k = i + 1; k < Math.min(ctx.upper.length, i + 11) && paper < 0; ++k) {
      const u = ctx.upper[k]!;
      if (/^(;|:|\.|WITH|WHICH|THAT|AND|BUT|TO|ON|IN|FOR|BY)$/.test(u)) break;
      if (SIGNED_PAPERS.test(u)) paper = k;
    }
    if (paper < 0 || ctx.upper[paper + 1] !== "WITH") continue;
    groups ??= sentenceGroups(ctx);
    const g = groups.find((g) => g.first > paper + 1 && g.first <= paper + 5);
    if (
      !g ||
      !ctx.upper
        .slice(paper + 2, g.first)
        .every((u) => /^(THE|ITS|GOVERNMENT|GOVERNMENTS|OF|AUTHORITIES|MINISTRY|STATE|COMPANY)$/.test(u))
    )
      continue;
    const subject = subjectBefore(ctx, groups, i);
    if (!subject) continue;
    out.push({verb: i, subject: subject.refs, object: g.refs});
  }
  return out;
}

/** Verbs that hand over a note. */
const HAND_VERBS = words(
  /^(HANDED|DELIVERED|SENT|PRESENTED|LODGED|FILED|SUBMITTED|ISSUED|DISPATCHED|CONVEYED|SERVED)$/
);

/** Verbs that hand a bare note over ("handed a note to X's foreign ministry"; not "issued", "filed", "served"). */
const NOTE_HAND_VERBS = words(/^(HANDED|DELIVERED|SENT|PRESENTED|PASSED)$/);
/**
 * The words of an office that receives a state's diplomatic notes: its envoy, its embassy or mission, its ministry
 * ("the Russian ambassador", "the head of the Afghan diplomatic mission", "the Kyrgyz foreign ministry").
 */
const NOTE_RECIPIENT = words(
  /^(AMBASSADOR|AMBASSADORS|ENVOY|CHARGÉ|CHARGE|D'AFFAIRES|EMBASSY|CONSULATE|CONSUL|MISSION|MINISTRY|DIPLOMAT)$/
);
/**
 * Words that make a note a request, an offer, a courtesy or a notice, not a complaint: "a note requesting the
 * evidence", "a note inviting X to …", "a note of thanks", "a note confirming its consent".
 */
const NOTE_NOT_PROTEST = words(
  /^(REQUEST|REQUESTS|REQUESTING|REQUESTED|ASKING|ASKED|INVITING|INVITATION|PROPOSING|PROPOSAL|OFFERING|OFFER|THANKS|THANKING|CONGRATULATING|CONGRATULATIONS|CONDOLENCE|CONDOLENCES|GREETINGS|CONFIRMING|ACCEPTING|AGREEING|CONSENT|ASSURANCES|ASSURING|INFORMING|NOTIFYING|ACCREDITATION|CREDENTIALS|VERBALE|VERBALES)$/
);
/** Title words and determiners between "to"/"with" and the actor a note goes to ("to the head of the X mission"). */
const NOTE_FILLER = words(
  /^(THE|ITS|A|AN|EMBASSY|CONSULATE|AMBASSADOR|CHARGÉ|CHARGE|D'AFFAIRES|ENVOY|OF|MISSION|DELEGATION|HEAD|CHIEF|ACTING|DEPUTY)$/
);

/**
 * An official complaint handed over (114): "The Georgian Foreign Ministry handed a note of protest to the Russian
 * ambassador", "delivered a protest note to X's embassy", "sent X a formal démarche", "lodged a strong protest with X".
 * The target is the actor the note went to ("to", "with", or the verb's first object before the note), past the
 * recipient's title ("the Russian chargé d'affaires", "X's ambassador", "the embassy of X", "the head of the X
 * mission"). (Session 34) A bare note handed to another state's envoy, embassy, mission or ministry is one too, as
 * diplomatic English tells a complaint by its form ("handed the Russian ambassador a note over the treatment of …",
 * "handed a note to the Kyrgyz foreign ministry"): not a note that asks, offers, thanks or informs ("a note requesting
 * …"), a note verbale (the form of any formal message), an exchange of notes (a signing), nor a note to someone
 * holding no such office.
 */
export function protestNotes(ctx: SentenceContext): Pledge[] {
  const out: Pledge[] = [];
  let groups: ReturnType<typeof sentenceGroups> | undefined;
  for (let i = 0; i < ctx.upper.length; ++i) {
    if (!HAND_VERBS.test(ctx.upper[i]!)) continue;
    // "a note of protest", "a protest note", "a (formal, strong) protest", "a démarche"; (session 34) a bare "note"
    let note = -1;
    let bare = false;
    for (let k = i + 1; k < Math.min(ctx.upper.length, i + 9) && note < 0; ++k) {
      const u = ctx.upper[k]!;
      if (/^(PROTEST|DEMARCHE|DÉMARCHE|DEMARCHES|DÉMARCHES)$/.test(u) && ctx.upper[k + 1] !== "AGAINST") note = k;
      else if (
        /^(NOTE|NOTES)$/.test(u) &&
        NOTE_HAND_VERBS.test(ctx.upper[i]!) &&
        !/^(OF|PROTEST)$/.test(ctx.upper[k + 1] ?? "")
      )
        [note, bare] = [k, true];
      if (/^[.;:]$/.test(u)) break;
    }
    if (note < 0) continue;
    // (a bare note's own words, to the clause's end: none of asking, offering, thanking or informing)
    if (bare) {
      let end = note + 1;
      while (end < ctx.upper.length && !/^[.;:]$/.test(ctx.upper[end]!) && end < note + 16) ++end;
      if (ctx.upper.slice(note + 1, end).some((u) => NOTE_NOT_PROTEST.test(u))) continue;
      if (ctx.upper.slice(Math.max(0, note - 3), note).some((u) => /^(EXCHANGE|THANK|THANKS)$/.test(u))) continue;
    }
    groups ??= sentenceGroups(ctx);
    let object: ActorRef[] | undefined;
    let office = !bare;
    // "delivered the Russian envoy a note of protest": the recipient between the verb and the note.
    const inner = groups.find((g) => g.first > i && g.last < note && !PREPOSITION.test(ctx.upper[g.first - 1] ?? ""));
    if (inner && ctx.upper.slice(i + 1, inner.first).every((u) => /^(THE|A|AN)$/.test(u))) {
      object = inner.refs;
      office ||= ctx.upper.slice(inner.first, note).some((u) => NOTE_RECIPIENT.test(u));
    }
    // "… to the US chargé d'affaires", "… with X's embassy", "… to the embassy of X"
    for (let k = note + 1; k < Math.min(ctx.upper.length, note + 8) && !object; ++k) {
      if (/^[.;:]$/.test(ctx.upper[k]!)) break;
      if (!/^(TO|WITH)$/.test(ctx.upper[k]!)) continue;
      const g = groups.find((g) => g.first > k && g.first <= k + 5);
      if (g && ctx.upper.slice(k + 1, g.first).every((u) => NOTE_FILLER.test(u))) {
        object = g.refs;
        office ||= ctx.upper
          .slice(k + 1, Math.min(ctx.upper.length, g.last + 4))
          .some(
            (u, j) =>
              NOTE_RECIPIENT.test(u) || (u === "FOREIGN" && /^(MINISTRY|OFFICE)$/.test(ctx.upper[k + 2 + j] ?? ""))
          );
      }
      break;
    }
    const subject = object && office ? subjectBefore(ctx, groups, i) : undefined;
    if (subject && object) out.push({verb: i, subject: subject.refs, object});
  }
  return out;
}

/** Verbs that pass an invitation on: "conveyed", "handed (over)", "delivered", "extended", "passed (on)", "presented". */
const CONVEY_VERBS = words(/^(CONVEYED|HANDED|DELIVERED|EXTENDED|PASSED|PRESENTED|TRANSMITTED|RELAYED|BROUGHT)$/);
/** Words of a person's title or a determiner between "to"/"from" and the actor they name. */
const TITLE_FILLER = words(
  /^(THE|HIS|HER|ITS|THEIR|PRESIDENT|PRIME|MINISTER|FOREIGN|LEADER|HEAD|OF|STATE|GOVERNMENT|KING|EMIR|SULTAN|CHANCELLOR|COUNTERPART|MR|MR\.|MS|MS\.|MRS|MRS\.)$/
);

/**
 * An invitation passed on to its addressee (036, an intent to meet, from the inviter to the invitee): "Araghchi
 * conveyed to the Kazakh leader an invitation from Iranian President X to visit Tehran", "Nurtleu conveyed an
 * invitation from President Tokayev to President Widodo to visit Astana", "handed over an invitation to the Turkmen
 * president to pay a state visit". The inviter is the actor after "from" in the invitation's phrase, else the subject
 * who passes it on; the invitee the actor after "to" (right after the verb, or after the invitation, past a title), not
 * "to" before a verb ("an invitation to visit X" names what is asked, read as planned by the invitation's own rule).
 * An invitation declined, accepted or received is no invitation passed on (those verbs are not read here). Session 25.
 */
export function conveyedInvitations(ctx: SentenceContext): Pledge[] {
  const out: Pledge[] = [];
  let groups: ReturnType<typeof sentenceGroups> | undefined;
  for (let i = 0; i < ctx.upper.length; ++i) {
    if (!CONVEY_VERBS.test(ctx.upper[i]!)) continue;
    // (a noun's participle is no act passed on: "the invitation extended to X")
    if (/^(INVITATION|INVITATIONS)$/.test(ctx.upper[i - 1] ?? "")) continue;
    let noun = -1;
    for (let k = i + 1; k < Math.min(ctx.upper.length, i + 12) && noun < 0; ++k) {
      if (/^(;|:|\.)$/.test(ctx.upper[k]!)) break;
      if (/^(INVITATION|INVITATIONS)$/.test(ctx.upper[k]!)) noun = k;
    }
    if (noun < 0) continue;
    groups ??= sentenceGroups(ctx);
    const titled = (from: number, g: ReturnType<typeof sentenceGroups>[number]) =>
      ctx.upper.slice(from, g.first).every((u) => TITLE_FILLER.test(u));
    // The actor a preposition at `p` names, past a title: "to the Kazakh leader", "from President X".
    const named = (p: number) => groups!.find((g) => g.first > p && g.first <= p + 5 && titled(p + 1, g));
    let inviter: ActorRef[] | undefined;
    let invitee: ActorRef[] | undefined;
    // "conveyed to X greetings and an invitation …": the addressee right after the verb (and its particle)
    const at = /^(OVER|ON)$/.test(ctx.upper[i + 1] ?? "") ? i + 2 : i + 1;
    if (ctx.upper[at] === "TO") invitee = named(at)?.refs;
    // "… an invitation from X to Y to visit Z": "from" names the inviter, "to" before a name the invitee
    for (let k = noun + 1; k < Math.min(ctx.upper.length, noun + 14); ++k) {
      const u = ctx.upper[k]!;
      if (/^(;|:|\.|WHICH|THAT|WHO)$/.test(u)) break;
      if (u === "FROM" && !inviter) inviter = named(k)?.refs;
      else if (u === "TO" && !invitee) {
        const g = named(k);
        if (!g) break; // (an invitation "to visit …": what is asked, not whom)
        invitee = g.refs;
      }
    }
    inviter ??= subjectBefore(ctx, groups, i)?.refs;
    if (inviter && invitee) out.push({verb: i, subject: inviter, object: invitee});
  }
  return out;
}
