/**
 * The writer's own judgements in an analysis, told by the sentence's structure rather than by a topic's words: a
 * copula with an evaluative adjective or an evaluative noun as its predicate ("For Astana the route is valuable.", "The
 * reply has been vague.", "Attention is a scarce resource.", "The tariff has become a liability."), a verb of
 * significance ("The timing mattered.", "The gesture counted for little."), a pseudo-cleft of lack or need ("What the
 * plan lacks is money."), a stance adverbial ("The smaller members are, if anything, the brake."), an imperative of
 * looking closer ("Look closer, and …"), a contrast of still and no longer ("still has troops …, but no longer sets
 * …"). And the imperative of anticipation that forecasts ("If …, expect the same silence.").
 *
 * @module
 */
import {cue} from "./cue.js";
import {words} from "./word-set.js";

/**
 * Evaluative adjectives of English in common use: worth, clarity, sufficiency, strength, boldness, credibility,
 * significance, timeliness, fairness, surprise, hope and worry (words of the judgement lexicon in claims.ts aside).
 */
const EVALUATIVE_ADJECTIVE =
  "valuable|invaluable|late|belated|excellent|mediocre|grim|bleak|dismal|obvious|evident|worthwhile|worthless|useful|useless|helpful|unhelpful|ambiguous|unambiguous|unclear|vague|murky|opaque|stark|scarce|plentiful|abundant|generous|stingy|bold|timid|cautious|hesitant|credible|plausible|implausible|coherent|incoherent|consistent|inconsistent|robust|shaky|uncertain|precarious|awkward|striking|revealing|instructive|ironic|paradoxical|odd|strange|curious|welcome|unwelcome|overdue|premature|belated|excessive|inadequate|adequate|meaningful|meaningless|cosmetic|superficial|substantive|substantial|marginal|negligible|impressive|unimpressive|disappointing|encouraging|worrying|troubling|alarming|reassuring|questionable|doubtful|dubious|debatable|controversial|justified|unjustified|fair|unfair|reasonable|unreasonable|rational|irrational|logical|illogical|foolish|reckless|naïve|cynical|hypocritical|predictable|unpredictable|telling|puzzling|baffling|understandable|regrettable|unfortunate|fortunate|lucky|costly|wasteful|toothless|half-hearted|polite|cordial|tense|strained|uneasy|fraught|messy|chaotic|orderly";
/**
 * Adjectives of physical description that judge only when said of something abstract ("ties are warm", "the reply was
 * thin", "support has been shallow") or with a degree word ("too narrow", "rather thin"): "the river is deep", "nights
 * are cool" describe (review K14).
 */
const PHYSICAL_ADJECTIVE =
  "deep|shallow|narrow|broad|wide|thin|thick|rough|smooth|clear|quiet|noisy|warm|cool|frosty|bumpy|lukewarm|tepid|muted|solid|hollow";
/** Abstract nouns of relations, positions and arguments: a physical adjective said of them is a figure of judgement. */
const ABSTRACT_SUBJECT =
  /\b(?:ties|relations?|relationship|support|reply|replies|response|answer|commitment|cooperation|talks|dialogue|partnership|engagement|position|stance|message|signal|reception|welcome|interest|demand|progress|agenda|record|case|evidence|argument|picture|outlook|prospects?|trend|direction|point|logic|lesson|consensus|majority|mandate|margin|appetite|enthusiasm|ambition|pledge|promise|offer|deal|strategy|policy|plan|vision|rhetoric|language|tone|mood|atmosphere)\b/i;

/**
 * Nouns that judge what they are said of after a copula: a role in a story ("a casualty of", "the brake on", "a
 * hostage to"), a sign ("a reminder that", "a symptom of"), a bet or a trap, a gain or a loss.
 */
const EVALUATIVE_NOUN =
  "casualty|victim|hostage|pawn|prisoner|reminder|symptom|sign|signal|lesson|paradox|irony|gamble|bet|trap|liability|asset|brake|engine|driver|obstacle|hurdle|barrier|bottleneck|lifeline|showcase|showpiece|afterthought|sideshow|footnote|formality|setback|blow|coup|win|victory|defeat|failure|success|disappointment|embarrassment|headache|distraction|illusion|mirage|myth|fiction|exception|anomaly|outlier|test|litmus test|bargaining chip";
/** Degree words and adverbs between the copula and its predicate ("rather murky", "plainly useful", "not at all"). */
const DEGREE = String.raw`(?:(?:not|now|still|also|rather|quite|very|too|so|far|more|less|most|least|perhaps|at best|at least|at most|anything but|no less|no more|\p{Ll}{3,}ly)\s+){0,2}`;
const COPULA = String.raw`(?:is|are|was|were|(?:has|have|had)\s+(?:been|become|proved|proven)|remains?|remained|seems?|seemed|looks?|looked|appears?|appeared|became|becomes|proved|proves|sounds?|sounded|feels?|felt)`;

/** A copula and an evaluative adjective or noun as its predicate (with a degree word or an article between). */
const EVALUATIVE_PREDICATE = new RegExp(
  String.raw`\b${COPULA}\s+(?:,\s*[^,]{1,30},\s*)?${DEGREE}(?:(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+)?)?(?:(${EVALUATIVE_ADJECTIVE})\b(?!\s+(?:of|to|for|with|about|that)\b[^.]{0,3}$)|(?:(?:a|an|the|one)\s+(?:[\p{Ll}-]+\s+)?)?(${EVALUATIVE_NOUN})\b(?=\s+(?:of|on|to|for|that|in)\b|[.!;:]|\s*$))`,
  "iu"
);
/** A physical adjective as a predicate, with what stands before the copula and any degree word (groups 1 and 2). */
const PHYSICAL_PREDICATE = cue(
  new RegExp(
    String.raw`^(.{0,120}?)\b${COPULA}\s+(?:(too|rather|quite|very|so|surprisingly|remarkably|increasingly|strikingly|painfully|worryingly|notably)\s+)?(?:(?:not|now|still|also)\s+)?(${PHYSICAL_ADJECTIVE})\b`,
    "iu"
  )
);

/** A verb of significance said of its subject: "mattered", "counts for little", "backfired", "paid off". */
const SIGNIFICANCE = cue(
  /(?<!\b(?:who|which|that|what)\s+(?:[\p{L}'’-]+\s+){0,2})\b(mattered|matters|matter(?=[.!]?$)|counts? for (?:little|much|nothing|more|less)|counted for (?:little|much|nothing|more|less)|backfired|backfires|paid off|pays off|made (?:no |little |good )?sense|makes (?:no |little |good )?sense|fell flat|falls flat|went nowhere|goes nowhere)(?=[\s,.;:!]|$)/iu
);
/**
 * A pseudo-cleft of lack, need or weight: "What the plan lacks is …", "What matters is …", "What is missing is …"; and
 * one of what an actor did not do or does not see, or of what changed ("What the fund did not do was say …", "What
 * they do not see is follow-through", "What has changed is …"): the writer picks out the point that counts.
 */
const PSEUDO_CLEFT =
  /^(?:(?:but|and|yet)\s+)?(what\s+(?:[\p{L}'’-]+\s+){0,4}?(?:lacks?|lacked|needs?|needed|matters?|mattered|counts?|counted|is missing|was missing|is at stake|was at stake|is new|was new|is different|stands out|stood out|(?:do|does|did)\s+not\s+\p{Ll}+|(?:don|doesn|didn)['’]t\s+\p{Ll}+|(?:has|have|had)\s+changed|changed)\s+(?:is|was)\b)/iu;
/** Adverbials of the writer's stance, set off by commas or opening the sentence: "if anything", "as usual", "at best". */
const STANCE_ADVERBIAL = cue(
  /(?:^|,\s*)(if anything|as usual|as ever|at best|at worst|in effect|in truth|in reality|to be sure|admittedly|predictably|unsurprisingly|paradoxically|ironically|understandably|regrettably|fortunately|unfortunately|curiously|oddly|characteristically|revealingly)\s*,/i
);
/** An imperative of looking closer, then what one sees: "Look closer, and …", "Scratch the surface, and …". */
const LOOK_CLOSER =
  /^((?:look|read|dig|scratch|peer)\s+(?:closer|deeper|more closely|beneath the surface|below the surface|the surface|between the lines|past the (?:headlines?|ceremony|communiqué|rhetoric))\s*,?\s+and)\b/i;
/** A contrast of a state kept and a role lost: "still has …, but no longer …". */
const NO_LONGER = cue(/\bstill\b[^.;]{1,120}\bbut\b[^.;]{0,40}\bno longer\b/i);

/**
 * A negative quantifier over what the text said before ("None of this amounts to a break.", "None of that requires a
 * treaty.") or over the parties compared with a modal or a copula ("Neither region can rely on …", "Neither side is
 * ready"): the writer sums up, which is a judgement. Not a count of named members ("None of the five states has
 * recognised …", "None of them disclosed …"): those report.
 */
const SUMMING_UP = cue(
  /^(?:(?:but|and|yet|so|still)\s*,?\s+)?(none of (?:this|that|these|those)(?=\s+\p{Ll})|neither\s+(?:\p{Ll}+\s+){1,2}?(?:can(?:not)?|could|will|would|should|must|is|are|was|were|has|have|needs?)\b)/iu
);
/**
 * A vague share of a whole as the sentence's subject ("Much of the €12 billion is repackaged.", "Much of what was
 * announced had been agreed before.", "Of the money announced, only a small share has reached signed contracts."): the
 * writer's estimate of how much of it counts, which is a judgement. Not a count or a named part ("Most of the oil goes
 * through the pipeline", "Two thirds of the trade …": those report), nor "much of" inside the sentence ("…, much of it
 * through the agency").
 */
const VAGUE_SHARE = cue(
  /^(?:(?:but|and|yet|so|still)\s*,?\s+)?(?:of\s+[^,;]{2,80},\s+)?(much\s+of|only\s+(?:a|one)\s+(?:small\s+|tiny\s+|modest\s+|fraction\s+of\s+a\s+)?(?:share|fraction|part|portion|sliver|handful))\s+(?=\p{Ll}|\p{Lu}|[€$£]|\d)/iu
);
/**
 * An ability or inability said of the sentence's own subject, in its main clause ("Governments cannot carry that
 * alone.", "Both can rely on each other …"): the writer weighs what is possible. Not a passive of procedure ("This can
 * be done through …"), nor a modal inside a comparison or a relative clause ("more than anyone can count").
 */
const ABILITY = cue(
  /^(?:(?:but|and|yet|so|still)\s*,?\s+)?(?:[\p{L}'’-]+\s+){1,4}?(can(?:not|['’]t)?|could\s+not|couldn['’]t)\s+(?!be\s+\p{L}+(?:ed|en|wn|ne)\b)(?:\p{Ll}+ly\s+)?\p{Ll}+/iu
);
/**
 * A course told in the present progressive, undated ("The region is choosing partners project by project.", "Astana
 * is quietly selling more of its production eastward.", "…: it is diversifying."): the writer's reading of what an
 * actor is doing, which is an interpretation, not a report of a happening. Not a plan or a schedule ("is planning
 * to", "is preparing", "is going to", "is due"), nor a sentence that dates it (the caller checks the date).
 */
const COURSE = cue(
  /(?:^|:\s+)(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Mm]eanwhile|[Nn]ow|[Ff]irst|[Ss]econd|[Tt]hird|[Ii]nstead|[Ii]ncreasingly)\s*,?\s+)?(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat|[Ii]t|[Tt]hey)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+|(?:region|regions|government|governments|country|countries|state|states|side|sides|bloc|it|they|It|They|capital|capitals|leaders)\s+)(?:(?:now|already|still|quietly|slowly|steadily|increasingly|gradually|openly|also)\s+)?(?:is|are)\s+(?:(?:now|already|still|quietly|slowly|steadily|increasingly|gradually|openly|also)\s+)?((?!(?:going|planning|preparing|expected|scheduled|due|set|being|holding|hosting|visiting|meeting|travelling|traveling|attending)\b)\p{Ll}{3,}ing)\b/u
);

/**
 * A verb of mind in the present said of a state, its people or its officials: "Central Asian officials know how to add
 * up.", "Kazakhs notice who shows up.", "The Kazakh authorities want to avoid …", "Moscow understands this." The writer
 * reads what others know, want or fear, which is an interpretation, not a report. Not the writer's own or the
 * reader's ("I understand the caution.", "we know"), nor an infinitive, a modal's or an auxiliary's verb ("to know",
 * "would want", "does not know"), nor a relative's ("those who know"), nor a noun ("his fears", "fears of a war"). A
 * plural verb ("know", "want") only after a plural subject ("officials", "Kazakhs", "they"): "the know-how" is none.
 */
const MIND = cue(
  new RegExp(
    String.raw`(?:^|[\s,;:])([\p{L}'’-]+)\s+(?:(?:also|still|now|already|clearly|plainly|certainly|surely|well|only)\s+)?(knows|wants|notices|understands|reali[sz]es|fears|prefers|remembers|worries|know|want|notice|understand|reali[sz]e|fear|prefer|remember|worry)\b(?!\s+of\b|-)`,
    "giu"
  )
);
/** The words before a verb of mind that make it no present statement of a third party's mind (see MIND). */
const NOT_MIND_SUBJECT = words(
  /^(?:i|we|you|who|whom|which|that|what|to|will|would|may|might|can|could|should|must|shall|do|does|did|not|never|the|a|an|his|her|its|their|our|my|your|and|or|but|if|as|than|whether|really|us|this|let|don['’]t|doesn['’]t|didn['’]t)$/
);
/** A verb of saying just before a clause (and its "that"): what follows is the speaker's. */
const SAID_BEFORE =
  /\b(?:said|say|says|saying|told|tell|tells|stated|states|added|adds|argued|argues|claimed|claims|insisted|insists)\s+(?:(?:us|me|them|him|her|reporters|journalists)\s+)?(?:that\s+)?$/i;
/** The cue of a verb of mind said of a third party in the present (see MIND), or undefined. */
function mindCue(sentence: string): string | undefined {
  for (const m of sentence.matchAll(MIND)) {
    const subject = m[1]!.toLowerCase();
    const verb = m[2]!.toLowerCase();
    if (NOT_MIND_SUBJECT.test(subject)) continue;
    // (a mind reported by its owner is the owner's words, not the writer's reading: "have said they want to use it")
    if (SAID_BEFORE.test(sentence.slice(0, m.index + m[0].indexOf(m[1]!)))) continue;
    // (a plural verb needs a plural subject: "officials know", "they want"; "Astana want" is no English)
    if (!/s$/.test(verb) && !(/s$/.test(subject) || subject === "they")) continue;
    return `mind:${verb}`;
  }
  return undefined;
}

/**
 * A verb that judges what its subject did to its object: it made a thing harder, read it wrongly, praised it beyond its
 * worth, or changed its terms ("The war has complicated the region's ties.", "That reading misunderstands the
 * region.", "Calling this "multi-vector" flatters it.", "The package changes the calculation.", "Every upstream plan
 * rests on sand."). Not a neutral verb of change ("strengthens", "changes the date"): those report.
 */
const EVALUATIVE_VERB = cue(
  /\b(complicates|complicated|misunderstands|misunderstood|misreads|flatters|flattered|undermines|undermined|overstates|overstated|understates|understated|exaggerates|exaggerated|underestimates|underestimated|overestimates|overestimated|(?:changes|changed)\s+the\s+(?:calculation|calculus|equation|picture|game|market)|rests?\s+on\s+sand|built\s+on\s+sand)\b/iu
);

/**
 * A stance adverb between an auxiliary or a copula and what follows it: "Moscow is plainly hoping for the contract.",
 * "Turkmenistan remains largely closed.", "Astana's decision is above all a response to …", "The offer was clearly
 * aimed at Beijing.", "It was, above all, a uranium trip." The writer vouches for a reading of the facts. Not an adverb of manner after the verb ("put it
 * more plainly", "spoke clearly"), nor one of quantity ("was only €1 billion"): those describe.
 */
const STANCE_ADVERB = cue(
  /\b(?:is|are|was|were|has|have|had|remains?|remained|will|would|can|could|does|do|did)(?:\s+not)?(?:\s+|,\s+)(plainly|clearly|evidently|obviously|surely|arguably|above all|largely|essentially|undoubtedly|certainly)(?:\s+|,\s+)(?!\d)/iu
);

/**
 * A superlative of quality, not of quantity: "the clearest statement so far", "the harshest campaign in two decades",
 * "neutrality works best when …", "the most consequential decision": the writer ranks, which is a judgement. Not a
 * superlative of size or rank ("the largest trading partner", "the biggest investor": facts of the record), nor a
 * technical term ("the most sensitive goods"), nor "at best" (a stance adverbial of its own).
 */
const QUALITY_SUPERLATIVE = cue(
  /(?<!\bat\s)\b(clearest|harshest|sharpest|boldest|starkest|bleakest|gravest|best|worst|most\s+(?:important|significant|serious|striking|telling|ambitious|consequential|dangerous|promising|successful|hostile|effective|credible|pressing|urgent|difficult|visible|revealing|remarkable|notable|obvious|valuable|useful|damaging|fragile|vulnerable|interesting)|least\s+(?:important|significant|serious|ambitious|successful|effective|credible|visible|interesting))\b(?![-‐])/iu
);

/**
 * A whole sentence of three words or so that is a subject, a copula and an evaluative predicate ("Brussels is late.",
 * "Summits are cheap.", "It was overdue.", "Second, Europe is late."): the writer's verdict, however short. The caller
 * asks for the predicate's word of judgement (this tells the structure only).
 */
export const SHORT_VERDICT =
  /^(?:(?:But|And|Yet|So|Still|First|Second|Third|Finally|Now),?\s+)?(?:\p{Lu}[\p{L}'’-]*|(?:The|This|That|It|These|Those|Such)(?:\s+\p{Ll}[\p{L}'’-]*)?)\s+(?:is|are|was|were)\s+(?:not\s+)?(?:(?:too|very|rather|quite|so|still)\s+)?\p{Ll}[\p{L}-]*[.!]$/u;

/**
 * A subject set against another in apposition, "X, not Y, …": "Kazakhstan, not Georgia, decides how much cargo turns
 * south-west." The writer corrects a reading of who acts, a judgement. Names or "the" + noun on both sides.
 */
const CONTRASTED_SUBJECT = cue(
  /^(?:(?:But|And|Yet|So|In the end|Ultimately),?\s+)?(?!(?:In|On|At|By|From|Since|For|During|After|Before|Until|Then)\b)(?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}(,\s+not\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},)\s+\p{Ll}/u
);
/**
 * A noun in apposition to what the clause told that judges it: "…, a reminder that Iran is one option among several",
 * "…, a sign of how little has changed", "…, a measure of Astana's confidence". The writer reads the happening.
 */
const APPOSITION_VERDICT = cue(
  /,\s+(?:a|an)\s+(?:(?:clear|telling|stark|further|useful|pointed|timely|rare|small|welcome|sobering|vivid|striking)\s+)?(reminder|sign|signal|measure|indication|illustration|admission|testament|symptom)\s+(?:that|of|how)\b/iu
);
/**
 * A negative quantity as the subject, over what was said or since a time: "Since then, little has happened.", "Little
 * of this has moved beyond paper." The writer sums up how much came of it. Not "little" before a noun ("little
 * progress was made" reports a count of the record less often than it judges, and is left).
 */
const LITTLE = cue(
  /^(?:(?:but|and|yet|so|still|since then|so far|in practice|in the end|since|to date)\s*,?\s+)?(little(?:\s+of\s+(?:this|that|it|these|those))?)\s+(?=(?:has|had|have|is|was|came|comes|remains?|changed)\b)/iu
);
/**
 * What should have been done: "They should have said more.", "Brussels ought to have moved sooner." A verdict on past
 * conduct (an assessment: the moment to advise has passed). Not a state due by a time ("should have been completed by
 * 2024", an expectation the caller leaves to the forecast's cues).
 */
const SHOULD_HAVE = cue(
  /\b((?:should|ought\s+to)(?:\s+not|n['’]t)?\s+have)\s+(?!been\s+(?:completed|finished|ready|delivered|built|held|signed)\b)\p{Ll}+/iu
);
/**
 * "Real" said of a thing of worth a side holds: "Denmark has real assets here.", "That reputation is Switzerland's real
 * capital." The writer vouches that it counts. Not "real estate", "real terms", "real GDP" (no noun of worth), nor "the
 * real test is …" (a signpost of what is to come), nor "real" alone as the predicate ("His fears were real.": said of a
 * person's mind, as often a report of it as a verdict; session 27's near miss).
 */
const REAL_WORTH = cue(
  /\b(?:has|have|had|holds?|held|is|are|was|were)\s+(?:(?:a|its|their|some|[\p{L}'’-]+['’]s)\s+)?(real\s+(?:assets?|capital|leverage|strengths?|advantages?|influence|clout|weight|value|power))\b/iu
);
/**
 * The writer's own view in the first person: "a decision I read as a wish to keep its options open", "I came away
 * convinced that …", "I remain sceptical". Never a report, however dated the sentence is.
 */
export const FIRST_PERSON_VIEW = cue(
  /\b(I\s+(?:read|see|take)\s+(?!as\b)[^.;:]{1,60}?\s+as(?=\s)|(?<=\b(?:decision|move|step|choice|gesture|signal|statement|visit|vote|remark|reply|silence|absence|refusal|offer)\s)I\s+(?:read|see|take)\s+as(?=\s)|I\s+came\s+away\s+(?:convinced|persuaded|sure|struck|impressed|unconvinced)|I\s+(?:am|remain)\s+(?:convinced|persuaded|unconvinced|sceptical|skeptical|doubtful))\b/u
);

/**
 * The part of a sentence that holds the writer's verdict when the verdict frames or follows a happening it does not
 * report: a pseudo-cleft's head ("What it did not do was" of "What it did not do was say how much of the money announced
 * in July 2023 has arrived"), an apposition that judges the clause before it (from "…, a reminder that …" on) or the
 * writer's first-person reading (from "…, a decision I read as …" on). The caller asks whether that part is dated: the
 * happening may be; the verdict is no report of it. Undefined when the sentence has none of them.
 */
export function verdictScope(sentence: string): string | undefined {
  const t = sentence.trim();
  const cleft = PSEUDO_CLEFT.exec(t);
  if (cleft) return cleft[0];
  const at = APPOSITION_VERDICT.exec(t)?.index ?? FIRST_PERSON_VIEW.exec(t)?.index;
  return at === undefined ? undefined : t.slice(at);
}

/** The cue of the writer's own judgement in a sentence of an analysis's narration, or undefined. */
export function authorView(sentence: string): string | undefined {
  const t = sentence.trim();
  if (NO_LONGER.test(t)) return "still … no longer";
  const physical = PHYSICAL_PREDICATE.exec(t);
  if (physical && (physical[2] !== undefined || ABSTRACT_SUBJECT.test(physical[1]!))) return physical[3]!.toLowerCase();
  const m =
    EVALUATIVE_PREDICATE.exec(t) ??
    SIGNIFICANCE.exec(t) ??
    PSEUDO_CLEFT.exec(t) ??
    STANCE_ADVERBIAL.exec(t) ??
    LOOK_CLOSER.exec(t) ??
    SUMMING_UP.exec(t) ??
    VAGUE_SHARE.exec(t) ??
    ABILITY.exec(t) ??
    COURSE.exec(t) ??
    EVALUATIVE_VERB.exec(t) ??
    QUALITY_SUPERLATIVE.exec(t) ??
    STANCE_ADVERB.exec(t) ??
    DENIED_MEANING.exec(t) ??
    CONTRASTED_SUBJECT.exec(t) ??
    APPOSITION_VERDICT.exec(t) ??
    LITTLE.exec(t) ??
    SHOULD_HAVE.exec(t) ??
    REAL_WORTH.exec(t) ??
    FIRST_PERSON_VIEW.exec(t);
  if (!m) return mindCue(t);
  return (m.slice(1).find((g) => g) ?? m[0]).toLowerCase().replace(/\s+/g, " ");
}

/**
 * What a thing does not mean, in the present: "The permit system does not mean that X is joining the sanctions.", "The
 * memorandum does not commit either side to a contract", "That does not amount to recognition": the speaker denies a
 * reading of it, a judgement. Not a past ("did not commit to a date": a refusal told) nor a future ("will not change":
 * a forecast's business).
 */
export const DENIED_MEANING =
  /\b((?:does|do)\s+not\s+(?:mean|imply|commit|amount\s+to|signal|signify|equal)|(?:doesn['’]t|don['’]t)\s+(?:mean|imply|commit|amount\s+to|signal|signify|equal))\b/i;

/**
 * An imperative of anticipation opening a main clause, at the sentence's start or after a conditional clause: "Expect
 * more delays.", "If the talks fail, expect …", "Do not expect …", "Look for …", "Watch for …" — the writer foresees.
 */
export const IMPERATIVE_FORECAST =
  /(?:^|^(?:if|unless|when|once|should)\b[^,;]{2,160},\s*)((?:do not\s+|don['’]t\s+)?(?:expect|look for|watch for|bet on|count on|anticipate)\b)(?!\s+(?:that|to)\b)/i;

/**
 * Verbs of action a list of advice opens its items with, read as imperatives only after the list's ordinal and its
 * comma ("First, invite the ministers …", "Second, make halal trade the centre …", "Third, let Matrade open an office"):
 * an ordinal before a bare verb marks an item of advice, where the verb alone might be a noun or a report's
 * ("Third, member states …", "Second, the government …" have a subject). Words as often nouns as verbs ("work",
 * "start", "share", "cut") are left out: "First, work on the line began in 2019."
 */
const LISTED_ADVICE =
  "invite|make|let|send|restore|raise|create|ask|bring|tell|sign|ratify|hold|take|put|lift|remove|allow|encourage|develop|establish|launch|resume|reopen|choose|learn|speak|respond|coordinate|protect|promote|respect|follow|lower|simplify|ease|streamline|integrate|connect|diversify|commit|welcome|include";

/** A list's ordinal after "And" or "But" opening the last item ("And third, do not make them choose."). */
const LOWER_ORDINAL = "(?:first|second|third|fourth|fifth|sixth|finally|lastly)";

/**
 * An imperative of advice opening the sentence, after an ordinal of a list or a connective at most: "Screen customers
 * against Annex IV …", "First, turn the package into a short list of projects.", "Do not rely on one buyer." — in an
 * analysis the writer tells the reader or a government what to do, a recommendation. The verbs are those of advice to
 * an actor; a noun spelt like one is told by what follows it ("Support for the plan is weak.", "Talk of a deal …",
 * "Review of the year"), and a verb that only gives an example or frames a reading ("Take Kazakhstan.", "Put simply, …",
 * "Consider …", "Look closer …") is no advice, nor a signpost of the text's own course ("Start with the headline
 * figure.", "Turn to the budget.", "Remember the 2019 plan.").
 */
export const IMPERATIVE_ADVICE = new RegExp(
  String.raw`^(?:(?:And|But)\s+(?=${LOWER_ORDINAL},))?(?:(?:First|Second|Third|Fourth|Fifth|Finally|Lastly|${LOWER_ORDINAL}|Above all|Instead|Also|And|But|So|Then|Next),?\s+)?(?:(?:[Dd]o not|[Dd]on['’]t|[Nn]ever|[Aa]lways)\s+)?(?:(?<=^(?:(?:And|But)\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly|${LOWER_ORDINAL}),\s+(?:(?:[Dd]o not|[Dd]on['’]t|[Nn]ever)\s+)?)(?:${LISTED_ADVICE})|[Ss]creen|[Ii]nsert|[Tt]reat|[Tt]urn(?!\s+to\b)|[Ii]nvolve|[Kk]eep|[Mm]ake sure|[Bb]uild|[Ee]nsure|[Aa]void|[Cc]heck|[Rr]eview|[Aa]udit|[Uu]se|[Ii]nvest|[Ee]ngage|[Ff]ocus|[Ss]top|[Gg]ive|[Ss]eek|[Pp]repare|[Dd]ocument|[Mm]onitor|[Vv]erify|[Uu]pdate|[Ii]nclude|[Tt]rain|[Aa]ppoint|[Oo]pen|[Pp]ush|[Pp]ress|[Rr]esist|[Rr]eward|[Tt]ie|[Ll]ink|[Oo]ffer|[Ff]und|[Ss]upport|[Ss]trengthen|[Ee]xpand|[Dd]eepen|[Rr]eform|[Dd]rop|[Ee]nd|[Rr]evisit|[Rr]ethink|[Rr]econsider|[Pp]rioriti[sz]e|[Ii]nsist|[Dd]emand|[Rr]equire|[Ll]imit|[Mm]ap|[Rr]egister|[Aa]pply|[Pp]lan|[Bb]udget|[Aa]ct|[Tt]alk|[Ll]isten|[Jj]udge|[Rr]ecogni[sz]e|[Aa]ccept|[Ee]mbrace|[Aa]bandon|[Rr]ely)\s+(?!(?:of|for|from|is|are|was|were|has|have|had|will|would|can|could|may|might|and|or|that|to\s+the\s+\p{L}+\s+(?:is|was)|the\s+\p{L}+\s+(?:is|was|has))\b)\p{L}`,
  "u"
);

const AUXILIARY = String.raw`(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|might|ought\s+to|won['’]t|wouldn['’]t|shouldn['’]t|can['’]t|isn['’]t|aren['’]t|hasn['’]t|haven['’]t)`;
/**
 * A clause whose verb phrase is left out, to be read from the sentence before ("It should not.", "So will we.", "The
 * Hague is not.", "Nor can Europe."): in an analysis the writer's short verdict on what was just said, of the kind its
 * auxiliary tells. Not the pro-verb "do" ("For now they do.", "He did not."), which reports conduct.
 */
const ELLIPSIS = new RegExp(
  String.raw`^(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?(?:(?:So|Nor|Neither)\s+(${AUXILIARY})\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+|(?:[\p{L}'’-]+\s+){1,4}?(${AUXILIARY})(?:\s+not)?(?:\s+(?:either|too|yet|any\s?more|again))?)\s*[.!]$`,
  "u"
);

/**
 * The kind of a clause with its verb phrase left out (see ELLIPSIS): advice with "should", "must", "ought to"; a
 * forecast with "will", "would", "shall"; otherwise an assessment. Undefined when the sentence is no such clause.
 */
export function ellipsis(
  sentence: string
): {kind: "assessment" | "forecast" | "recommendation"; cue: string} | undefined {
  const m = ELLIPSIS.exec(sentence.trim());
  if (!m) return undefined;
  const aux = (m[1] ?? m[2]!).toLowerCase().replace(/\s+/g, " ");
  const kind = /^(?:should|must|ought)/.test(aux)
    ? "recommendation"
    : /^(?:will|would|shall|won)/.test(aux)
      ? "forecast"
      : "assessment";
  return {kind, cue: `ellipsis:${aux}`};
}
