/**
 * The other side a coordinated verb shares with the verb before it ("A met B … and called on him", "… and backed the
 * railway project"): the nouns of parties, of shared matter, of people at home and of accusation, and the tests that
 * decide whether the second verb's object names the first verb's other side (sessions 16–17, reviews L9, L13, M1, M15).
 *
 * @module
 */
import type {SentenceContext} from "./code-parse.js";
import type {ActorRef} from "./verbs.js";
import {words} from "./word-set.js";

/**
 * Nouns that name a party to an act (English's nouns of states, their people and their bodies, singular and plural):
 * a clause holding one names its own other side, known to the dictionary or not.
 */
export const PARTY_NOUN = words(
  /^(COUNTRY|COUNTRIES|STATE|STATES|NATION|NATIONS|GOVERNMENT|GOVERNMENTS|REGION|REGIONS|LEADER|LEADERS|PARTNER|PARTNERS|ALLY|ALLIES|NEIGHBOUR|NEIGHBOURS|NEIGHBOR|NEIGHBORS|SIDE|SIDES|MEMBER|MEMBERS|CAPITALS|AUTHORITIES|COMPANY|COMPANIES|FIRM|FIRMS|OFFICIAL|OFFICIALS|MINISTER|MINISTERS|PRESIDENT|PRESIDENTS|COUNTERPART|COUNTERPARTS|DELEGATION|DELEGATIONS|PEOPLE|PEOPLES|COMMUNITY|REPUBLIC|REPUBLICS|BLOC|INVESTORS|DONORS|PARTY|PARTIES)$/
);

/**
 * Nouns of the matter two sides share (English's nouns of diplomatic acts, papers, projects and money): talks,
 * agreements, deals, treaties, memorandums, statements, projects, corridors, routes, plans, initiatives, proposals,
 * support, cooperation, a summit's organisation, investment, loans, grants, aid, and the joint bodies two sides set up (a
 * working group, a commission, a committee, a mechanism: "… and proposed a joint working group", session 27).
 */
const SHARED_MATTER = words(
  /^(TALKS|MEETING|MEETINGS|SUMMIT|SUMMIT'S|VISIT|ORGANISATION|ORGANIZATION|HOSPITALITY|AGREEMENT|AGREEMENTS|DEAL|DEALS|ACCORD|ACCORDS|TREATY|TREATIES|MEMORANDUM|MEMORANDUMS|MEMORANDA|DECLARATION|DECLARATIONS|STATEMENT|COMMUNIQUE|ROADMAP|DOCUMENTS|CONTRACT|CONTRACTS|PROTOCOL|PROJECT|PROJECTS|CORRIDOR|CORRIDORS|ROUTE|ROUTES|PIPELINE|RAILWAY|LINK|LINKS|PLAN|PLANS|INITIATIVE|INITIATIVES|PROPOSAL|PROPOSALS|PROGRAMME|PROGRAM|PARTNERSHIP|COOPERATION|SUPPORT|INVESTMENT|INVESTMENTS|LOAN|LOANS|GRANT|GRANTS|CREDIT|AID|FUNDING|FINANCING|ASSISTANCE|RELATIONS|TIES|GROUP|COMMISSION|COMMITTEE|MECHANISM)$/
);

/**
 * Whether the object of a verb in [from, to] names the shared occasion's matter: an amount first ("promised 26 billion
 * yuan", "$25 million"), else a noun of {@link SHARED_MATTER} in its noun phrase before any other noun of people.
 */
export function sharedMatter(ctx: SentenceContext, from: number, to: number): boolean {
  let k = from;
  while (
    k <= to &&
    (/^(RB|DT|PRP\$)$/.test(ctx.tags[k] ?? "") || possessiveHer(ctx, k)) &&
    !/^(OWN)$/.test(ctx.upper[k + 1] ?? "")
  )
    ++k;
  if (/^(CD|\$)$/.test(ctx.tags[k] ?? "") || /^[$€£¥]/.test(ctx.upper[k] ?? "")) return true;
  for (let n = 0; k <= to && n < 5; ++k, ++n) {
    const u = ctx.upper[k]!;
    if (SHARED_MATTER.test(u)) return true;
    if (!/^(JJ|JJR|JJS|NN|NNS|NNP|NNPS|POS|VBN|VBG|CD|HYPH)$/.test(ctx.tags[k] ?? "") && !/^(['’]S|['’])$/.test(u))
      return false;
  }
  return false;
}

/**
 * Prepositions that take a verb's second object (English's prepositions of direction, address and contact: "called on
 * him", "appealed to her", "pleaded with them", "imposed a ban on it", "turned against him", "sent a note to them").
 */
const OBJECT_PREPOSITION = words(/^(ON|UPON|TO|WITH|AGAINST|AT|FOR|FROM|TOWARD|TOWARDS|INTO|OVER|ABOUT)$/);

/**
 * Nouns of a country's own people and bodies that are no state (English's collective nouns of the public, its groups
 * and its institutions at home): "appealed to parliament for support for it", "thanked the public for its trust" name
 * a domestic side, not the visit's other side. Plural nouns of agents (-ers, -ors, -ists, -ians, -ants, -ents but
 * -ments: voters, protesters, pensioners, journalists, civilians, migrants, residents) are tested by their ending.
 * (Forces are not among them: "mobilised troops on the border with it" names what the subject acts with.)
 */
const HOME_GROUP = words(
  /^(OPPOSITION|MEDIA|PRESS|PUBLIC|PARLIAMENT|CABINET|CONGRESS|SENATE|ASSEMBLY|COURT|COURTS|STAFF|CLERGY|YOUTH|ELITE|ELITES|CLANS|UNIONS|PEOPLE|CITIZENS|FAMILIES|WOMEN|MEN|CHILDREN|NATION|ELECTORATE|CROWD|CROWDS|BUSINESSES|COMPANIES|FIRMS|INDUSTRY|GROUPS|PARTY|PARTIES|HIMSELF|HERSELF|ITSELF|THEMSELVES)$/
);
const AGENT_NOUN = /(ERS|ORS|ISTS|IANS|ANTS|(?<!M)ENTS)$/;
/** Plural nouns of things with an agent's ending (borders, orders, corridors, sectors, grants, plants, events). */
const THING_NOUN = words(
  /^(BORDERS|ORDERS|WATERS|LETTERS|PAPERS|MATTERS|TRANSFERS|BARRIERS|POWERS|NUMBERS|FIGHTERS|BOMBERS|TANKERS|CONTAINERS|HEADQUARTERS|QUARTERS|CORRIDORS|SECTORS|FACTORS|DOORS|FLOORS|ERRORS|REACTORS|GRANTS|PLANTS|EVENTS|INCIDENTS|CONTENTS|COMPONENTS|RENTS)$/
);

/**
 * Nouns of things said or done against someone (English's nouns of accusation, criticism, attack, pressure and
 * protection): their complement ("the charges against him", "the attacks on her", "protection for him") names whoever
 * suffers or needs them, as often the subject who rejects or asks as the other side.
 */
const AGAINST_NOUN = words(
  /^(ACCUSATION|ACCUSATIONS|CHARGE|CHARGES|ALLEGATION|ALLEGATIONS|CLAIM|CLAIMS|CRITICISM|CRITICISMS|ATTACK|ATTACKS|ASSAULT|ASSAULTS|PRESSURE|PRESSURES|THREAT|THREATS|QUESTION|QUESTIONS|PROTECTION|SUSPICION|SUSPICIONS|RUMOUR|RUMOURS|RUMOR|RUMORS|LAWSUIT|LAWSUITS|CASE|CASES|CAMPAIGN|CAMPAIGNS|INSULTS|SLURS|ABUSE|SMEAR|SMEARS|PROTEST|PROTESTS|CALLS|PLOT|PLOTS|VOTE|CONFIDENCE|FAITH|TRUST)$/
);
/** Head nouns of a person named by office (he/she), and of a body or a state's organs (it/they). */
const PERSON_HEAD = words(
  /^(PRESIDENT|MINISTER|PREMIER|COUNTERPART|LEADER|KING|QUEEN|CHANCELLOR|EMIR|SHEIKH|PRINCE|SULTAN|SECRETARY|ENVOY|AMBASSADOR|SPEAKER|CHAIRMAN|CHAIRWOMAN|GOVERNOR|MAYOR|DIPLOMAT|OFFICIAL|POPE|MONARCH|HEAD)$/
);
const BODY_HEAD = words(
  /^(PARLIAMENT|MINISTRY|GOVERNMENT|AUTHORITIES|COUNCIL|ASSEMBLY|COMMISSION|AGENCY|COMPANY|BANK|FUND|ORGANISATION|ORGANIZATION|UNION|ALLIANCE|BLOC|SIDE|DELEGATION|CABINET|ADMINISTRATION|OFFICE)$/
);

/** Whether the "her" at `k` is a possessive ("her decision", "her own cabinet"), not an object pronoun ("called on her"). */
export function possessiveHer(ctx: SentenceContext, k: number): boolean {
  return (
    ctx.upper[k] === "HER" &&
    (/^(NN|NNS|NNP|NNPS|JJ|JJR|JJS|CD|VBN|VBG)$/.test(ctx.tags[k + 1] ?? "") || ctx.upper[k + 1] === "OWN")
  );
}

/**
 * Whether an object pronoun can mean the other side `partner` by its number and kind: "it" a state or body, not a
 * person named by office ("met the Tunisian president … and imposed a curfew on it": it is a place); "him"/"her" a
 * person, not a state or body. A partner told neither way (a bare name) takes any.
 */
function agrees(ctx: SentenceContext, pronoun: string, partner: readonly ActorRef[]): boolean {
  if (pronoun === "THEM" || partner.length !== 1) return true;
  const r = partner[0]!;
  let end = r.last;
  while (end + 1 < ctx.upper.length && end < r.last + 3 && /^(NN|NNS|NNP|POS|JJ)$/.test(ctx.tags[end + 1] ?? "")) ++end;
  const words = ctx.upper.slice(r.first, end + 1);
  // (an apposition after the name: "Almazbek Toktorbaev, the Kyrgyz foreign minister")
  const appositive = ctx.upper[end + 1] === "," ? ctx.upper.slice(end + 2, end + 7) : [];
  const person = [...words, ...appositive].some((w) => PERSON_HEAD.test(w));
  const body = words.some((w) => BODY_HEAD.test(w)) || (!person && r.agent === undefined && words.length <= 2);
  if (pronoun === "IT") return !person || body;
  return !body || person;
}

/**
 * Whether the first object pronoun of a verb's clause in [from, to] stands after a preposition (it/him/her/them, and
 * "her" not before a noun: "appealed to her for calm", not "her hosts"), with only the verb's own object before it —
 * adverbs, particles, determiners, adjectives and common nouns of things ("eased sanctions on it", "later pleaded with
 * him", "lifted the ban on them"). An amount may stand before it ("pledged $2 billion to them"); not a name, a verb, a
 * clause word or a noun of people at home ("thanked voters for backing him", "said that it …", "appealed to
 * parliament for support for it"); the nouns of parties abroad are PARTY_NOUN's, tested apart. The pronoun refers to
 * the other side of the verb before: "met X … and called on him" (review L13).
 */
export function partnerPronoun(
  ctx: SentenceContext,
  from: number,
  to: number,
  partner: readonly ActorRef[] = []
): boolean {
  // (review M1: at most one phrase before the pronoun's own, "pledged $2 billion in aid to it", "banned imports of
  // grain from it"; not a noun of things said or done against someone, whose complement is whoever suffers them, as
  // often the subject: "rejected the accusations against him", "complained about the pressure on her")
  let prepositions = 0;
  for (let k = from; k <= to; ++k) {
    const u = ctx.upper[k]!;
    const tag = ctx.tags[k] ?? "";
    if (/^(IT|THEM|HIM|HER)$/.test(u) && !possessiveHer(ctx, k))
      return (
        k > from &&
        OBJECT_PREPOSITION.test(ctx.upper[k - 1] ?? "") &&
        prepositions <= 2 &&
        !AGAINST_NOUN.test(ctx.upper[k - 2] ?? "") &&
        agrees(ctx, u, partner)
      );
    if (/^(IN|TO)$/.test(tag)) ++prepositions;
    // ("thanked its hosts": the hosts of a visit are its other side)
    if (tag === "PRP$" && /^HOSTS?$/.test(ctx.upper[k + 1] ?? "")) return true;
    // (an amount is the verb's object too: "pledged $2 billion in aid to them"; a plural noun right after the verb
    // the tagger took for a verb's -s form is a noun: "suspended talks with her", "lifted curbs on it")
    // (and a word tagged as a verb after a preposition, a determiner or a number is a noun too: "$2 billion in aid to
    // it", "the aid to them")
    const nounAfterVerb =
      (tag === "VBZ" && /S$/.test(u) && (k === from || /^(DT|JJ|PRP\$|RP|NN)$/.test(ctx.tags[k - 1] ?? ""))) ||
      (/^VB[PZ]?$/.test(tag) &&
        k > from &&
        /^(IN|DT|PRP\$|CD)$/.test(ctx.tags[k - 1] ?? "") &&
        ctx.upper[k - 1] !== "TO");
    if (
      !(/^(RB|RP|IN|TO|DT|JJ|JJR|JJS|NN|NNS|PRP\$|CD|\$)$/.test(tag) || /^[$€£¥]/.test(u) || nounAfterVerb) ||
      /^(THAT|IF|WHETHER|AS|SO|THAN|OWN)$/.test(u) ||
      // (a noun of the people at home before the pronoun: "thanked voters for their trust in him")
      // (but the subject's own envoys or forces, "recalled its ambassador from it", "mobilised troops on the border
      // with it", are what it acts with)
      (ctx.tags[k - 1] !== "PRP$" &&
        (HOME_GROUP.test(u) || (/^(NNS|VBZ)$/.test(tag) && AGENT_NOUN.test(u) && !THING_NOUN.test(u))))
    )
      return false;
  }
  return false;
}

/**
 * Whether the clause in [from, to] names a side at home as the recipient: "to" or "for" before a noun of people at
 * home ("pledged $2 billion in aid to voters", "promised new funds for local farmers"): the verb's act is toward them,
 * not the other side of the verb before.
 */
export function homeRecipient(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k <= to; ++k) {
    if (!/^(TO|FOR)$/.test(ctx.upper[k]!)) continue;
    let j = k + 1;
    while (j <= to && /^(DT|PRP\$|JJ|VBN)$/.test(ctx.tags[j] ?? "")) ++j;
    // (the head after at most two nouns before it: "trade unions", "cotton farmers")
    // (the light tagger may read a noun after "to" as a verb: "to trade unions")
    for (let n = 0; n < 3 && j + n <= to && /^(NN|NNS|VB|VBP|VBZ)$/.test(ctx.tags[j + n] ?? ""); ++n) {
      const u = ctx.upper[j + n]!;
      if (HOME_GROUP.test(u) || (/^(NNS|VBZ)$/.test(ctx.tags[j + n]!) && AGENT_NOUN.test(u) && !THING_NOUN.test(u)))
        return true;
    }
  }
  return false;
}
