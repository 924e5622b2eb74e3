/**
 * Experts heard in a body: the people a story presents by an expert's role where they speak or judge ("Economist Jane
 * Roe believes …", "Jane Roe, an analyst at the Steppe Institute, said …"), and the roles that make an official, not an
 * expert ("Finance Minister …", "a spokeswoman for the ministry").
 *
 * @module
 */
import {isPersonName} from "./byline.js";
import {cue} from "./cue.js";
import type {Expert} from "./metadata.js";
import {splitTitle} from "./voices.js";

/**
 * A person's name of two or three capitalised words, or a given name after the initial of the father's name as Mongolian
 * news writes persons ("D.Ganbold", "Ts. Oyunbileg").
 */
const NAME =
  "(?:\\p{Lu}\\p{Ll}?\\.\\s?\\p{Lu}\\p{Ll}{3,}(?:-\\p{Lu}?\\p{Ll}+)?|\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})";
/** {@link NAME}'s first form: an initial and a given name, one word ("D.Ganbold"). */
const INITIAL_NAME = /^\p{Lu}\p{Ll}?\.\s?\p{Lu}\p{Ll}{3,}(?:-\p{Lu}?\p{Ll}+)?$/u;

/** A role held in a government: its holder states a position, no expert's view ("Deputy Assistant Secretary of State"). */
export const SERVING_OFFICE =
  /\b(?:Secretary|Minister|Ambassador|Administrator|Commissioner|Envoy|Governor|Senator|Congress(?:man|woman)|Department of|Ministry of)\b/;
/** {@link SERVING_OFFICE} in any case (made once: it was made for every role asked about). */
const SERVING_OFFICE_ANY_CASE = new RegExp(SERVING_OFFICE.source, "i");
/**
 * A role in government held now ("Foreign Minister", "the country's deputy minister of energy"; not "former
 * ambassador", nor "professor in the Department of History"): its holder speaks as an official.
 */
export function isServingOfficial(role: string | undefined): boolean {
  return (
    role !== undefined &&
    SERVING_OFFICE_ANY_CASE.test(role) &&
    !/\b(?:former|retired|ex-)/i.test(role) &&
    !EXPERT_ROLE.test(role)
  );
}

/** Roles of people quoted for their judgement, not for their office. */
export const EXPERT_ROLE =
  /\b(analyst|economist|political scientist|expert|(?:senior\s+)?lecturer|fellow(?!\s+(?:members?|lawmakers?|citizens?|countrym[ae]n|deput(?:y|ies)|MPs?|party|travell?ers?|senators?|ministers?|leaders?|officials?|diplomats?|students?|journalists?)\b)|professor|researcher|scholar|historian|sinologist|orientalist|(?:political\s+)?commentator|consultant|strategist|(?:political|economic|independent|veteran|long-?time) observer)\b/i;
/** The expert's nouns set as a title before a name ("Economist", "Political scientist"). */
const EXPERT_TITLE_WORDS =
  "analyst|economist|political scientist|political analyst|expert|professor|researcher|scholar|historian|sinologist|orientalist|political commentator|commentator|political observer|consultant|strategist";

/** Bodies whose people are quoted as experts: institutes, think tanks, universities, research centres. */
export const RESEARCH_BODY = /\b(institute|university|think tank|research|studies|academy|centre for|center for)\b/i;

/** What an expert does in the sentence that presents the expert: says, judges, expects. */
const EXPERT_VERB =
  "(?:said|says|told|tells|believes|believed|thinks|thought|argues|argued|warns|warned|sees|saw|notes|noted|explains|explained|adds|added|stresses|stressed|suggests|suggested|expects|expected|predicts|predicted|writes|wrote|contends|contended|cautions|cautioned|estimates|estimated|reckons|reckoned|considers|considered|insists|insisted|observes|observed|commented|comments|doubts|doubted|points out|pointed out|urges|urged)";
/**
 * A stance in the present after a subject, by its form (review K8): a present verb ("disagrees", "sees", "remains",
 * "has doubts", "is more cautious"), not a passive or a perfect ("is barred", "has been appointed", "has died": an act
 * done to or by the person) and not the past ("was arrested", "died": a story about the person, not one consulting
 * them).
 */
const FINITE =
  // (or a stance the past tells with an adjective of judging: "was cautious", "was more sceptical"; not "was detained")
  "(?:was\\s+(?:(?:more|less|also|equally|rather|far|much)\\s+)?(?:cautious|sceptical|skeptical|optimistic|pessimistic|doubtful|critical|blunt|upbeat|guarded|unconvinced|unimpressed|dismissive|circumspect)|(?:is|are|has|have|does|remains|seems|looks)(?!\\s+(?:not\\s+)?(?:been|being|\\p{Ll}+(?:ed|en)|held|kept|left|made|paid|sent|said|told|found|brought|taken|given|shot|hit|put|set|cut)\\b)|(?!(?:is|has|does|was)\\b)\\p{Ll}{2,}(?<!ss)(?<!ing)(?<!ed)s)\\b";
/** A sentence that opens with a name and an apposition set off by commas ("Jane Roe, an economist at …, is …"). */
const APPOSED_SUBJECT =
  /^(?:(?:But|And|Yet|Still)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+[^,]{3,140},\s+\p{Ll}/u;
/** A sentence opening with "For" and a person, the person's view ("For Jane Roe, …", "For professor Jane Roe, …"). */
const FOR_VIEW = new RegExp(
  `^(?:(?:But|And|Yet|Still)\\s+)?[Ff]or\\s+(?:(?:${EXPERT_TITLE_WORDS.replace(/\b\p{Ll}/gu, (c) => `[${c.toUpperCase()}${c}]`)})\\s+)?(?=\\p{Lu}[\\p{L}.'’-]+,?\\s)`,
  "u"
);
/** What each of the patterns below needs somewhere in the sentence: an expert's verb, or "according to". */
const SPEAKS = new RegExp(`\\b(?:${EXPERT_VERB}|[Aa]ccording to)\\b`, "u");
/** "an energy economist at the Almaty-based Institute …", "a professor of Eurasian studies at …": a role in apposition. */
const APPOSED_ROLE = '(?:(?:an?|the)\\s+)?\\p{L}[^,;:"“”«»]{2,140}?';
/** "Economist", "Political scientist", "Senior analyst": a role set before the name, as a title. */
const ROLE_TITLE = `(?:\\p{Lu}\\p{Ll}+\\s+)?(?:\\p{Ll}+\\s+)?(?:${EXPERT_TITLE_WORDS.replace(/\b\p{Ll}/gu, (c) => `[${c.toUpperCase()}${c}]`)})`;
/**
 * What a relative clause says a person does for a living: heads, teaches, studies ("who teaches international relations
 * at …", "who studies Central Asia at the … Institute"; {@link isExpertRole} asks for a research body after "studies").
 */
const WHO_ROLE =
  "(?:heads|leads|directs|runs|teaches|lectures|researches|studies|speciali[sz]es in|works at|works for|is (?:an?|the))";
/** A body's name: capitalised words and the small words between them ("Steppe Institute for Transport Research"). */
const BODY_NAME = "\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:(?:of|for|and|on|in|the)\\s+)*\\p{Lu}[\\p{L}'’.&-]*){0,8}";
const PRESENTED: {re: RegExp; name: number; role: number}[] = [
  // "Economist Jane Roe believes …", "Political scientist Jane Roe of the Steppe Institute said …"
  {
    re: cue(
      new RegExp(
        `(?:^|[.;:]\\s+|,\\s+)(${ROLE_TITLE})\\s+(${NAME})(?:\\s+(?:of|at|from)\\s+((?:the\\s+)?\\p{Lu}[^,;]{2,80}?))?,?\\s+(?:\\p{Ll}+ly\\s+)?${EXPERT_VERB}\\b`,
        "u"
      )
    ),
    name: 2,
    role: 1
  },
  // "…, said political scientist Jane Roe."
  {re: cue(new RegExp(`\\b${EXPERT_VERB}\\s+(${ROLE_TITLE})\\s+(${NAME})(?=[\\s,.;]|$)`, "u")), name: 2, role: 1},
  // "Jane Roe, an energy economist at the Steppe Institute, sees …"
  {
    re: new RegExp(`(${NAME}),\\s+(${APPOSED_ROLE}),\\s+(?:\\p{Ll}+ly\\s+)?${EXPERT_VERB}\\b`, "u"),
    name: 1,
    role: 2
  },
  // "Jane Roe, an economist at the Steppe Institute, is more cautious.", "…, has doubts", "…, disagrees": the person,
  // set off by the apposition, is the sentence's subject, with a finite verb of any meaning after it
  {
    re: new RegExp(
      `(?:^(?:(?:But|And|Yet|Still)\\s+)?|[.;:]\\s+)(${NAME}),\\s+(${APPOSED_ROLE}),\\s+(?:\\p{Ll}+ly\\s+)?${FINITE}`,
      "u"
    ),
    name: 1,
    role: 2
  },
  // "…, said Jane Roe, a fellow at …", "according to Jane Roe, a senior analyst at …"
  {
    re: new RegExp(`\\b(?:${EXPERT_VERB}|[Aa]ccording to)\\s+(${NAME}),\\s+(${APPOSED_ROLE})(?=[,.;]|$)`, "u"),
    name: 1,
    role: 2
  },
  // "Jane Roe of the Steppe Institute said …", "…, said Jane Roe from Qazyna Research." ("at" is as often where a
  // person speaks as where the person works: "said X at the School of …" presents nobody.)
  {
    re: new RegExp(
      `(${NAME})\\s+(?:of|from)\\s+((?:the\\s+)?${BODY_NAME}),?\\s+(?:\\p{Ll}+ly\\s+)?${EXPERT_VERB}\\b`,
      "u"
    ),
    name: 1,
    role: 2
  },
  {
    re: new RegExp(
      `\\b(?:${EXPERT_VERB}|[Aa]ccording to)\\s+(${NAME})\\s+(?:of|from)\\s+((?:the\\s+)?${BODY_NAME})(?=[,.;]|$)`,
      "u"
    ),
    name: 1,
    role: 2
  },
  // "Jane Roe, who heads the Steppe Institute, said …"
  {
    re: cue(
      new RegExp(
        `(${NAME}),\\s+who\\s+(${WHO_ROLE}\\s+[^,;:"“”«»]{3,120}?),\\s+(?:\\p{Ll}+ly\\s+)?${EXPERT_VERB}\\b`,
        "u"
      )
    ),
    name: 1,
    role: 2
  },
  // "A professor at Taraz University, Jane Roe, said …"
  {
    re: new RegExp(
      `(?:^|[.;:]\\s+)((?:An?|The)\\s+[^,;:"“”«»]{3,120}?),\\s+(${NAME}),\\s+(?:\\p{Ll}+ly\\s+)?${EXPERT_VERB}\\b`,
      "u"
    ),
    name: 2,
    role: 1
  },
  // "…," says Jane Roe, who teaches economics at Taraz University.": the relative clause after the verb
  {
    re: new RegExp(
      `\\b(?:${EXPERT_VERB}|[Aa]ccording to)\\s+(${NAME}),\\s+who\\s+(${WHO_ROLE}\\s+[^,;:"“”«»]{3,120}?)(?=[,.;]|$)`,
      "u"
    ),
    name: 1,
    role: 2
  },
  // "For Jane Roe, an analyst at the Steppe Institute, the visit comes late.", "For professor Jane Roe, who teaches …,
  // the …": the view the sentence gives is the person's
  {
    re: new RegExp(
      `${FOR_VIEW.source}(${NAME}),\\s+((?:who\\s+${WHO_ROLE}\\s+)?${APPOSED_ROLE}),\\s+(?:the|this|that|it|its|such|\\p{Lu}|\\p{Ll}+\\s+\\p{Ll})`,
      "u"
    ),
    name: 1,
    role: 2
  }
];

/**
 * The people a body presents by an expert's role in the sentence where they speak or judge ("Economist Jane Roe
 * believes …", "Jane Roe, an analyst at the Steppe Institute, said …", "…, said Jane Roe, a fellow at …"). An official
 * ("Foreign Minister Jane Roe said", "Jane Roe, a spokeswoman for the ministry, said") is no expert; nor is a person
 * merely named beside a role with no word of theirs ("a report by economist Jane Roe").
 */
export function presentedExperts(sentences: readonly string[]): Expert[] {
  const out: Expert[] = [];
  for (const text of sentences) {
    // (every pattern needs an expert's verb, "according to", an apposition after a name opening the sentence or a "For"
    // opening it: most sentences have none, and skip all eleven)
    if (!SPEAKS.test(text) && !APPOSED_SUBJECT.test(text) && !FOR_VIEW.test(text) && !ACADEMIC_OPENING.test(text))
      continue;
    // An academic's title before the name: "Prof" is the role a title before a name gives ("said Prof Jane Roe of the
    // economics department"); "Dr" names no field, and the name is read without it ("Dr. Jane Roe, an economist at …").
    const s = text.replace(ACADEMIC_TITLE, (_, t: string) => (/^P/.test(t) ? "professor " : ""));
    // (an opening "Dr" is read without it: "But Dr Jane Roe, an economist at …, urged caution" is a name in apposition)
    if (s !== text && !SPEAKS.test(s) && !APPOSED_SUBJECT.test(s) && !FOR_VIEW.test(s)) continue;
    for (const p of PRESENTED) {
      const m = p.re.exec(s);
      if (!m) continue;
      // ("Minister Madina Abylkasymova": the name without the title words the pattern took in)
      // (a sentence's connective is no part of the name: "But Jane Roe, an analyst at …, said …")
      const split = splitTitle(m[p.name]!.trim().replace(CONNECTIVE, ""));
      const name = split.name;
      const role = m[p.role]!.trim()
        .replace(/^(?:an?|the)\s+/i, "")
        .replace(/^who\s+/, "")
        .replace(/^is\s+(?:an?|the)\s+/, "")
        .replace(/\.$/, "");
      // The title before the name ("Finance Minister X, a former IMF economist, …"): an official, whatever the past.
      const before = s.slice(0, m.index + m[0].indexOf(m[p.name]!));
      const title = `${/((?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|and|the)\s+)*){1,6})$/u.exec(before)?.[1] ?? ""} ${split.title ?? ""}`;
      if (
        !isExpertRole(role) ||
        isServingOfficial(role) ||
        OFFICE_TITLE.test(title) ||
        !(isPersonName(name) || INITIAL_NAME.test(name))
      )
        continue;
      // ("Economist", "Political scientist" as a title are a role in running text; "Steppe Institute" is a name)
      const common = /^\p{Lu}\p{Ll}+(?:$|\s+\p{Ll})/u.test(role);
      if (!out.some((e) => e.name === name))
        out.push({name, role: common ? role.charAt(0).toLowerCase() + role.slice(1) : role});
    }
  }
  return out;
}

/** A connective that may open a sentence before its subject's name ("But", "And", "Yet", "Still"). */
const CONNECTIVE = /^(?:But|And|Yet|Still)\s+(?=\p{Lu})/u;
/** A sentence opening with "Dr" before a name, after a connective at most ("But Dr Jane Roe, …"). */
const ACADEMIC_OPENING = /^(?:(?:But|And|Yet|Still)\s+)?Dr\.?\s+\p{Lu}/u;
/** "Dr", "Dr.", "Prof", "Prof." before a capitalised name. */
const ACADEMIC_TITLE = /\b(Dr|Prof)\.?\s+(?=\p{Lu}[\p{L}'’-]+)/gu;

/** An office of government in a title before a name ("Finance Minister", "National Bank Governor", "President"). */
const OFFICE_TITLE =
  /\b(?:Minister|President|Premier|Governor|Secretary|Ambassador|Senator|Mayor|Akim|Speaker|Chancellor|Envoy|Commissioner|Spokes(?:man|woman|person)|Congress(?:man|woman)|King|Emir|Sultan)\b/;

/**
 * A role of someone heard for expertise: an expert's noun ("analyst", "senior fellow at …"), or the head of a research
 * body ("director of the Steppe Institute", "heads the … Institute", "Head of Research at …", a research body's name
 * alone after "of"/"from"). Not a participle ("speaking at … University", "addressing students at …"), a graduate or a
 * student, nor a government's body ("the government research council").
 */
function isExpertRole(role: string): boolean {
  // ("addressing his fellow citizens": a participle, not a role)
  if (/^\p{Ll}+ing\b/u.test(role)) return false;
  if (EXPERT_ROLE.test(role)) return true;
  // A former diplomat or official speaks from experience, for no government ("a former French diplomat in Tashkent",
  // "a former deputy justice minister now in private practice"); not a former head of state or government, who speaks
  // as a politician.
  if (FORMER_SERVANT.test(role) && !/\b(?:prime minister|president|premier|chancellor)\b/i.test(role)) return true;
  if (!RESEARCH_BODY.test(role) || /\b(?:government|ministry|presidential|state|parliament)/i.test(role)) return false;
  if (HEAD_OF_BODY.test(role)) return true;
  // "teaches international relations at … University", "studies Central Asia at the … Institute" (not "studies law at
  // … University": a student)
  if (/^(?:teaches|lectures|researches|speciali[sz]es)\b/.test(role)) return true;
  if (/^studies\b/.test(role)) return /\b(?:institute|think tank|research|centre for|center for|academy)\b/i.test(role);
  // a research body's own name after "of"/"from" ("Steppe Institute for Transport Research")
  return /^\p{Lu}/u.test(role) && !/^(?:Graduate|Student|Alumn|Former)/.test(role);
}

/** A diplomat's or an official's role held before ("former French diplomat", "former deputy justice minister"). */
const FORMER_SERVANT =
  /^(?:an?\s+)?former\s+(?:[\p{L}-]+\s+){0,3}?(?:diplomat|ambassador|envoy|negotiator|official|civil servant|minister|adviser|advisor)\b(?!\s+(?:of|to)\s+(?:the\s+)?(?:president|prime minister))/iu;

/** The head of a body: "director of …", "Head of Research at …", "heads the … Institute", "founding partner at …". */
const HEAD_OF_BODY =
  /^(?:(?:deputy|vice|executive|managing|founding|acting)\s+)?(?:head|heads|director|directs|chair|chairs|dean|rector|vice-rector|president|founder|leads|runs|lecturer|partner|chief)\b/i;
