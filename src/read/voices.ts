/**
 * Who speaks in each sentence: in an interview, questions are the journalist's and answers the
 * interviewee's; a quotation belongs to whoever the attribution names ("…,” the expert notes);
 * "According to X, …" and "X believes that …" report X's view; the rest is the author's narration.
 *
 * @module
 */
import type {Paragraph} from "./article.js";
import type {Expert} from "./metadata.js";
import {isOrganisation, isPersonName} from "./byline.js";
import {cue, cueSpelled} from "./cue.js";
import {matchesOf} from "./each-match.js";
import {insideInstitutionName} from "./institutions.js";
import {turnLabels} from "./turn-labels.js";
import {ADVOCACY, DATA_SOURCE, EXPRESSION_MODIFIERS, STATEMENT_PARTY} from "./report-verbs.js";
import type {TextSentence} from "./sentences.js";
import {embeddedSpeech, mainSubject, speechSubject, subjectStart} from "./voices-embedded.js";
import {spelledRegExp} from "./unicode-classes.js";
import {words} from "./word-set.js";

export type VoiceKind = "question" | "answer" | "quote" | "reported" | "narration";

/** The voice of one sentence. */
export interface Voice {
  kind: VoiceKind;
  /** The person speaking, when known. */
  speaker?: string;
  /** The speaker's role or affiliation, when known. */
  role?: string;
  /** What assigned it: "interview-question", "interview-answer", "quote-attribution", "according-to" … */
  rule: string;
  /**
   * Speech set inside a narrated sentence ("…, calling them "…"", "…, in which he called …", "…, which experts said
   * …"): whose it is and where it starts (src/read/voices-embedded.ts). The sentence stays the narration's.
   */
  embedded?: {speaker: string; role?: string; from: number; rule: string; evaluative?: boolean; person?: boolean};
}

export interface VoiceOptions {
  interview?: boolean;
  experts?: readonly Expert[];
  /** The byline: the journalist (interviews) or the author (essays). */
  author?: string;
  /** Who answers a Q/A transcript ("Question (Outlet): …" / "Answer: …") that is no interview: the title's person. */
  answerer?: string;
  /**
   * The actor a name or an adjective stands for in the actor dictionary ("Kazakh" → "KAZ", "Kassym-Jomart Tokayev" →
   * "KAZ"): tells whom "the Kazakh leader" describes. Without it, only titles written with the state are read.
   */
  actorOf?: (name: string) => string | undefined;
  /**
   * The page's own state (src/read/page-home.ts: a government's site, a state's broadcaster), whose minister a bare
   * "the minister" means rather than a guest of another state's.
   */
  home?: string;
}

const SAY_VERBS =
  "called it|called them|called this|called that|described it as|described|describes|characterized|characterised|says|said|notes|noted|adds|added|believes|believed|stresses|stressed|explains|explained|concludes|concluded|points out|pointed out|summarizes|summarises|summarised|summarized|emphasizes|emphasized|emphasises|emphasised|told|tells|wrote|writes|argues|argued|thinks|thought|claims|claimed|recalls|recalled(?!\\s+(?:its|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ambassadors?|envoys?|consuls?|diplomats?|representatives?|staff|troops|forces|delegations?)\\b)|remarks|remarked|continues|continued|warns|warned|states|stated|insists|insisted|asserts|asserted|observes|observed|suggests|suggested|predicts|predicted|underlines|underlined|acknowledges|acknowledged|admits|admitted|maintains|maintained|contends|contended|assures|assured|stressed|opines|opined|reckons|reckoned|cautions|cautioned|concedes|conceded|replies|replied|answers|answered|comments|commented|testified|testifies|is convinced|was convinced|is sure|was sure|expects|expected|fears|feared|hopes|hoped";
const SAY = `(?:${SAY_VERBS}|according to)`;
/**
 * Groups named by the side they take or by the writer's acquaintance with them: "Supporters of graduation", "Critics of
 * the deal", "Opponents of the plan", "Some of my colleagues".
 */
const SIDE_TAKERS = String.raw`(?:[Ss]upporters|[Oo]pponents|[Cc]ritics|[Pp]roponents|[Aa]dvocates|[Ss]ceptics|[Ss]keptics|[Dd]efenders)\s+of\s+(?:the\s+|this\s+|that\s+)?[\p{L}-]+|[Ss]ome\s+of\s+(?:my|our)\s+(?:\p{Ll}+\s+)?(?:colleagues|interlocutors|contacts|sources|friends|counterparts|peers)`;
/** The reporter's contact with the speakers, between them and their verb: "Analysts I spoke to say", "the farmers we met told". */
const CONTACT =
  "(?:\\s+(?:whom\\s+|that\\s+)?(?:I|we)\\s+(?:have\\s+|had\\s+)?(?:spoke|spoken|talked|interviewed|met|asked|consulted|contacted|reached)(?:\\s+(?:to|with))?(?:\\s+(?:in|at)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]+){0,2})?)?";
/** Verbs that report speech or belief whatever their subject; ambiguous ones ("continues", "suggests") only with "that". */
const REPORT_VERBS =
  // (a verb of saying after an attitude to saying it: "took care to say that", "were quick to point out that", "hastened
  // to add that")
  `(?:made|make|makes)\\s+a\\s+point\\s+of\\s+(?:saying|stressing|noting|adding|insisting)|(?:went|go|goes)\\s+out\\s+of\\s+(?:their|his|her|its|our)\\s+way\\s+to\\s+(?:say|stress|note|point out|add|insist)|(?:took|take|takes|taking)\\s+(?:great\\s+|particular\\s+)?care\\s+to\\s+(?:say|stress|note|point out|emphasi[sz]e|add|insist|underline)|(?:is|are|was|were|have been|has been)\\s+(?:quick|careful|keen|eager|at pains)\\s+to\\s+(?:say|stress|note|point out|add|emphasi[sz]e|insist|underline)|(?:hastened|hasten|hastens|rushed)\\s+to\\s+(?:say|add|stress|point out|insist)|says|said|${ADVOCACY}|(?:expressed|voiced|reaffirmed|reiterated)\\s+` +
  EXPRESSION_MODIFIERS +
  '(?:confidence|hope|conviction|concern|regret|satisfaction|view|opinion|belief)\\b(?:\\s+that)?|(?:reiterated|reaffirmed|recalled)\\s+the\\s+(?:importance|need|necessity)\\s+of|(?:\\p{Ll}+ly\\s+)?complain(?:s|ed)?(?:\\s+\\p{Ll}+ly|,\\s+[^,;.]{1,40},)?\\s+that|called on|called for|urged|urges|(?:called|dubbed|termed)(?=\\s+(?:[^"“«.,;]{1,60}?\\s+)?(?:["“«]|[‘\'](?=\\p{L})))|(?:criticised|criticized|condemned|denounced|praised|welcomed|hailed|rejected|deplored)(?=\\s+what\\s+(?:he|she|they|it)\\s+(?:called|described\\s+as|termed|dubbed)\\b)|(?:spoke|speaks|spoken)\\s+of(?=\\s+(?:[^"“«.,;]{1,40}?\\s+)?(?:["“«]|[‘\'](?=\\p{L})))|(?:described|characteri[sz]ed|portrayed)(?=\\s+[^.,;"“«]{1,60}?\\s+as\\b)|(?:sees|saw|views|viewed|regards|regarded)(?=\\s+[^.,;"“«]{1,80}?\\s+as\\s)|(?:pressed|presses)(?=\\s+(?:[\\w\'’-]+\\s+){1,6}?to\\s+(?!the\\b|a\\b|an\\b|\\d)\\p{Ll})|(?:was|were) quoted(?: by [^,.]{1,60}?)? as saying|(?<=(?:' +
  SIDE_TAKERS +
  "|[Aa]nalysts|[Ee]xperts|[Oo]bservers|[Oo]fficials|[Tt]hey|[Cc]ritics|[Ss]ceptics|[Ss]keptics|[Cc]ommentators|[Oo]pponents|[Ee]conomists|[Dd]iplomats|[Ss]cholars|[Rr]esearchers|[Bb]ankers|[Ii]nvestors|[Tt]raders|[Ss]ides|[Pp]arties)(?:\\s+(?:in|from|at)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]+){0,2})?" +
  CONTACT +
  " )(?:say|argue|warn|believe|think|note|expect|predict|fear|doubt|see|view|regard|consider|stress|emphasi[sz]e|underline|reaffirm|reiterate|recogni[sz]e|concede|acknowledge|admit|caution)|(?:doubted|doubts)(?=\\s+(?:that\\s+)?[^.;,]{1,80}?\\b(?:could|would|will|can|might|may)\\s)|(?:expects|expected)(?=\\s+(?!to\\b)(?:[\\w'’-]+\\s+){1,5}?(?:[\\w'’-]+,\\s+(?:rather than|not|and not|instead of|as well as|along with|unlike|like)\\s+[^,.;\"“]{2,40},\\s+)?to\\s)|(?<=,\\s)(?:say|argue|warn|insist|complain|fear|believe)(?=\\s)|made (?:it )?clear(?=\\s+that\\s)|noted|adds|added|believes|believed|stresses|stressed|explains|explained|points out|pointed out|emphasizes|emphasized|emphasises|emphasised|told|tells|wrote|writes|argues|argued|thinks|thought|claimed|recalls|recalled(?!\\s+(?:its|his|her|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ambassadors?|envoys?|consuls?|diplomats?|representatives?|staff|troops|forces|delegations?)\\b)|remarked|warns|warned|stated|insists|insisted|asserts|asserted|observes|observed|predicts|predicted|underlines|underlined|acknowledges|acknowledged|admits|admitted|contends|contended|assures|assured|opines|opined|reckons|reckoned|cautions|cautioned|concedes|conceded|testified|testifies|is convinced|was convinced|is sure|was sure|(?:recommends|recommended|proposes|proposed|estimated|estimates|calculated|calculates)(?=\\s+that\\s)|(?:notes|states|claims|remarks|concludes|concluded|continues|continued|suggests|suggested|maintains|maintained|expects|expected|fears|feared|hopes|hoped|summarizes|summarises|summarized|summarised|replies|replied|answers|answered|comments|commented|confirms|confirmed|repeats|repeated|signalled|signaled|signals|promised|promises|pledged|pledges|vowed|vows|alleged|alleges|considered|considers|found|finds|assesses|assessed|judges|judged) that|(?:shared|share|shares)\\s+(?:the|a|their)\\s+(?:common\\s+)?(?:view|opinion|assessment|understanding)\\s+that";
/** An office in running text: "the deputy prime minister", "the foreign minister", "the energy minister". */
const OFFICE_PHRASE =
  "[Tt]he (?:(?:deputy|first|vice|prime|foreign|defen[cs]e|energy|finance|economy|economic|trade|interior|agriculture|transport|acting|former|senior|chief|top)\\s+){1,3}(?:minister|president|premier|secretary|spokes(?:man|woman|person)|ambassador|envoy|official|diplomat|chairman|chairwoman|head)";
/**
 * An office written with capitals after "the", as official releases write it ("…," the Minister said; the Prime
 * Minister noted): the office holder named before, as "the minister" is.
 */
/**
 * A title of rank that stands before a name, used alone for its holder named before ('…," the Cardinal said'; "the
 * Governor told reporters"): a church's, a monarchy's, a region's or a city's (session 35).
 */
const RANK_TITLE =
  "[Tt]he (?:[Cc]ardinal|[Aa]rchbishop|[Bb]ishop|[Pp]atriarch|[Pp]ope|[Ss]heikh|[Ee]mir|[Kk]ing|[Qq]ueen|[Cc]rown [Pp]rince|[Pp]rince|[Gg]overnor|[Mm]ayor|[Cc]hancellor|[Cc]ommissioner)(?![\\p{L}-])(?!\\s+of\\b)";
const CAP_OFFICE =
  "[Tt]he (?:(?:Deputy|First|Vice|Prime|Foreign|Acting)\\s+){0,2}(?:Minister|President|Premier|Ambassador|Secretary|Chairman|Chairwoman|Envoy|Spokes(?:man|woman|person))(?![\\p{L}-])(?!\\s+of\\b)";
/**
 * A company's or a body's officer named by the office alone, after "the" or the body's pronoun: '…," its chief executive
 * said', "the managing director told reporters" — the officer of the body the text just named speaks.
 */
const COMPANY_OFFICER =
  "(?:[Tt]he|[Ii]ts|[Tt]heir) (?:chief executive(?: officer)?|managing director|general director|director general|chairman|chairwoman|chief economist|chief operating officer|CEO)";
const ROLE_NOUNS = `(?:${OFFICE_PHRASE}|${CAP_OFFICE}|${RANK_TITLE}|${COMPANY_OFFICER}|him|her|them|[Tt]he [Hh]ead of [Ss]tate|[Tt]he [Hh]ead of [Gg]overnment|[Tt]he expert|[Tt]he analyst|[Tt]he political scientist|[Tt]he political analyst|[Tt]he speaker|[Tt]he professor|[Tt]he researcher|[Tt]he scholar|[Tt]he economist|[Tt]he interviewee|[Tt]he author|[Tt]he diplomat|[Tt]he minister|[Tt]he official|[Tt]he spokesman|[Tt]he spokeswoman|[Tt]he spokesperson|[Tt]he ambassador|[Tt]he president|[Tt]he senator|[Tt]he lawmaker|[Tt]he deputy|[Tt]he source|[Tt]he sources|[Tt]he people|[Tt]he person|[Tt]he ministry|[Tt]he foreign ministry|[Tt]he government|[Tt]he kremlin|[Tt]he white house|[Tt]he state department|[Tt]he under-?secretary|officials|analysts|experts|observers|he|she|they)`;
/** The small words inside a surname ("Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
const PARTICLE = "(?:bin|al|de|der|den|del|della|van|von|da|di|dos|du|la|le|ter)";
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
/** A particle joined to the surname by a hyphen, in lower case: "Maryam al-Kuwari", "Hassan el-Amin". */
const JOINED_PARTICLE = "(?:al|el|ad|ar|as|ash|at|az|an|ed|ul|bin|ibn|abu|bint)-\\p{Lu}[\\p{L}'’.-]+";
const NAME = `(?:\\p{Lu}[\\p{L}'’.-]+|${JOINED_PARTICLE})(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|${JOINED_PARTICLE}|${PARTICLE})){0,3}`;
/**
 * A person's name opening a sentence as its subject, an aside after it at most, before a verb of characterising ("X,
 * for his part, called Luxembourg "…"", "Y described the deal as "…""): the quotation is the subject's (session 35;
 * any verb of its own was tried and lost a speaker on the test half).
 */
const OPENING_SUBJECT = new RegExp(
  `^(${NAME})(?:,\\s*[^,"“”«»]{1,60},)?\\s+(?:also\\s+)?(?:called|calls|described|describes|termed|terms|labelled|labeled|labels|dubbed|dubs|branded|brands|hailed|hails|praised|praises|dismissed|dismisses)\\s`,
  "u"
);
/** Words of a title before a name, written in lower case in running text ("Kremlin spokesman Dmitry Peskov"). */
const TITLE_WORDS =
  "spokes(?:man|woman|person)|affairs|presidential|commissioner|high representative|special representative|secretary-general|under-?secretary|coordinator|press secretary|(?:prime |foreign |deputy )?minister|president|vice-president|ambassador|envoy|deputy|chairman|chairwoman|chair|head|director|adviser|advisor|aide|official|analyst|expert|professor|fellow|senior fellow|researcher|economist|representative|secretary|governor|mayor|leader|commander|general|lawmaker|legislator|parliamentarian|politician|senator|MP|MEP|chief|founder|editor|columnist|political scientist|political analyst|scholar|scientist|sociologist|historian|journalist|commentator|lawyer|banker|consultant|strategist";
/** A name with the titles and capitalized words before it: "Uzbek Deputy Prime Minister Jamshid Khodjayev". */
/** A portfolio written in lower case inside a title ("Kyrgyz security chief", "the energy minister"). */
const PORTFOLIO =
  "security|energy|finance|economy|economic|trade|interior|justice|health|transport|agriculture|industry|defen[cs]e|education|labou?r|emergencies|water|environment|investment|digital|culture|central bank|bank|oil|gas|mining|communications|intelligence|border|customs|tax|budget|foreign policy|national security";
const TITLED_NAME = `(?:(?:\\p{Lu}[\\p{L}'’.-]+|${TITLE_WORDS}|(?:${PORTFOLIO})(?=\\s+(?:${TITLE_WORDS})\\b))\\s+){1,5}(?:\\p{Lu}\\.?\\s+)?${NAME}`;
/** "President of Uzbekistan Shavkat Mirziyoyev", "Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev". */
const OF_PART = `of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:and|&)(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})?(?:\\s+(?:Affairs|Republic))?`;
const OF_TITLED_NAME = `(?:(?:Deputy|First|Vice|Prime|Foreign)\\s+)*(?:President|Prime Minister|Minister|Chairman|Speaker|Ambassador|Secretary)\\s+${OF_PART}(?:\\s+${OF_PART})?\\s+${NAME}`;
/**
 * A title with the field or the region it is for, before the name: "ADB Director General for Central and West Asia
 * Eleanor Pridmore", "EU Special Representative for Central Asia Terhi Hakala".
 */
const FOR_TITLED_NAME = `(?:\\p{Lu}{2,6}\\s+)?(?:(?:Deputy|First|Vice|Special|Executive|Regional)\\s+)*(?:Director[\\s-]General|Director|Representative|Envoy|Commissioner|Coordinator|Secretary|Undersecretary|Minister)\\s+for\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+(?:and\\s+)?){1,5}\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}(?![\\p{L}'’-])`;
/**
 * A state's delegate at a meeting, unnamed ("the representative of Tajikistan", "the permanent representative of the
 * Russian Federation", "the delegate of the European Union"): a speaker kept as written, and the "she" or "he" after.
 */
const DELEGATE =
  "[Tt]he\\s+(?:(?:permanent|deputy|special)\\s+)?(?:representative|delegate|observer)\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|of|and)){0,4}?";
const DELEGATE_ALONE = new RegExp(`^${DELEGATE}$`, "u");
/**
 * The two sides of a meeting told as one speaker: "the two ministers", "The two Ministers", "both leaders", "the two
 * sides" (a readout's "The two Ministers shared the view that …", "the two ministers stressed the need for …"), as "the
 * Sides" of a joint statement are.
 */
const PAIR_SPEAKERS =
  "(?:[Tt]he\\s+two|[Bb]oth)\\s+(?:[Ss]ides|[Pp]arties|(?:[Ff]oreign\\s+|[Pp]rime\\s+)?[Mm]inisters|[Ll]eaders|[Pp]residents|[Hh]eads\\s+of\\s+[Ss]tate|[Dd]elegations|[Gg]overnments)";
const INSTITUTION_PHRASE =
  "(?:[Tt]he\\s+\\p{Lu}[\\p{L}-]+\\s+(?:[Ss]ide|[Pp]arty|[Dd]elegation)|[Tt]he\\s+(?:[Ss]ides|[Pp]arties)|" +
  PAIR_SPEAKERS +
  "|" +
  DELEGATE +
  "|(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]+|energy|foreign|defen[cs]e|finance|economy|agriculture|trade|interior|justice|health|emergencies|transport|industry|presidential|state|national|opposition|ruling|governing)\\s+){0,3}(?:press service|press office|foreign ministry|ministry|government|administration|embassy|statement|communiqu[eé]|report|speech|address|remarks|presidential office|office|spokes(?:man|woman|person)(?:\\s+on\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:affairs|matters|policy|issues))?)(?:\\s+(?:of|for)(?:\\s+(?:the|and|\\p{Lu}[\\p{L}'’.-]+)){1,6})?)";
/**
 * An institution named in capitals after a lower-case "the": "the Kremlin", "the Foreign Ministry", "the Kazakh Foreign
 * Ministry", "the White House", "the Ministry of Foreign Affairs", "the State Department"; a body named by its kind and
 * what it is of, "the Federation of Independent Trade Unions of Tajikistan", "the Department of Atomic Energy" (not
 * its head word alone, "Federation", nor the words after "of" as a person's name, "Atomic Energy").
 */
const CAP_INSTITUTION =
  "(?:[Tt]he|\\p{Lu}[\\p{L}-]+['’]s)\\s+(?:\\p{Lu}[\\p{L}'’.-]+\\s+){0,3}(?:Ministry|Government|Kremlin|White House|State Department|Foreign Office|Cabinet|Presidency|Akorda|Embassy|Administration|Secretariat|Commission|Press Service)(?:\\s+of(?:\\s+(?:the|and|of|\\p{Lu}[\\p{L}'’.-]+)){1,6})?|[Tt]he\\s+(?:Federation|Confederation|Union|Association|Chamber|Council|Congress|League|Department|Agency|Bureau|Committee|Authority|Institute|Service)\\s+of(?:\\s+(?:the|and|of|\\p{Lu}[\\p{L}'’.-]+)){1,6}";
/** "the Kyrgyz minister", "the Russian diplomat": a role noun with a nationality, the person named before. */
const ROLE_WITH_ADJECTIVE = `[Tt]he\\s+(?:\\d{1,3}-year-old(?:\\s+[\\p{Ll}-]+){1,2}|\\p{Lu}[\\p{L}-]+\\s+(?:FM|[Ff]oreign [Mm]inister|[Mm]inister|[Dd]eputy (?:[Ff]oreign )?[Mm]inister|diplomat|[Pp]resident|[Aa]mbassador|official|envoy|expert|analyst|economist|politician|[Ll]eader|spokesman|spokeswoman))`;
/**
 * A name after a described office, in lower case: "the company's senior analyst Marat Ibrayev", "its chief economist
 * Dana Sultan" (the description is the title, the name the speaker).
 */
const DESCRIBED_NAME = `(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:${TITLE_WORDS})\\s+${NAME}`;
/** "Some Kazakh economists", "Many Western analysts", "Most observers": a group that speaks. */
/**
 * "… for the Russian embassy", "… familiar with the talks", "… at the Kazakh foreign ministry" (a ministry's field in lower
 * case): whom a spokesperson or a source speaks for.
 */
const GROUP_TAIL =
  "(?:\\s+(?:for|of|at|from|in|familiar with|close to|with knowledge of)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,3}(?:(?:foreign|finance|economy|trade|energy|defen[cs]e|interior|justice|agriculture|transport)\\s+(?=ministry\\b))?(?:\\p{Lu}[\\p{L}'’-]+|embassy|ministry|government|company|talks|matter|negotiations|situation|administration|office|plans?|deal|discussions|region|district|province|oblast|valley|city|town|village|border areas?))?";
const GROUP = `(?:${SIDE_TAKERS}|(?:[Aa]nalysts|[Ee]xperts|[Oo]bservers|[Ee]conomists|[Dd]iplomats|[Oo]fficials|[Bb]ankers|[Ii]nvestors|[Tt]raders)\\s+(?:in|from|at)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]+){0,2}|(?:[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Ss]everal|[Ff]oreign|[Ll]ocal|[Tt]wo|[Tt]hree|[Ff]our|[Bb]oth)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)?(?:economists|analysts|experts|observers|diplomats|officials|critics|scholars|researchers|bankers|investors|traders|sources|people|ministers|exporters|importers|producers|manufacturers|entrepreneurs|businessmen|executives|lawmakers)|[Oo]ne\\s+of\\s+(?:the|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:sources|officials|diplomats|analysts|experts|people|executives|traders|bankers)|(?:[Aa]n?|[Oo]ne)\\s+(?:(?:senior|high-ranking|government|ministry|foreign|defen[cs]e|military|security|administration|company|embassy|bank|industry|party|presidential|\\p{Lu}[\\p{L}-]+(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+)?)\\s+){0,4}(?:official|diplomat|source|spokes(?:man|woman|person))|(?:[Rr]esidents|[Ll]ocals|[Ff]armers|[Hh]erders|[Vv]illagers|[Ss]hopkeepers|[Dd]rivers|[Ww]orkers|[Aa]ctivists|[Cc]ampaigners|[Ee]nvironmentalists|[Pp]rotesters)|(?:\\p{Lu}[\\p{L}-]+\\s+){1,2}(?:officials|diplomats|analysts|experts|economists|observers|sources|bankers|traders|ministers|exporters|importers|producers|manufacturers|entrepreneurs|businessmen|executives|lawmakers|activists|campaigners|environmentalists|residents|farmers|herders|protesters|critics)(?=[\\s,]))${GROUP_TAIL}`;
/** The titles of a body's head ("the head of …", "the chairman of …"). */
const HEAD_TITLES = "head|chief|chairman|chairwoman|chair|director";
/**
 * "the head of the Kyrgyz Foreign Ministry", "the chairman of the National Bank": a person by the office they head
 * ("the Head of State" is not one: a state is no institution here).
 */
const HEAD_OF = `[Tt]he\\s+(?:${HEAD_TITLES}|director-general)\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]+\\s+){0,3}(?:Ministry|Foreign Office|Agency|Committee|Commission|Service|Administration|Secretariat|Bank|Fund|Chamber|Department|MFA)(?:\\s+of(?:\\s+(?:the|and|\\p{Lu}[\\p{L}'’.-]+)){1,6})?`;
/** A body's head as the whole subject ("the head of the Agency for Strategic Planning"). */
const HEAD_OF_ALONE = new RegExp(`^${HEAD_OF}$`, "u");
/**
 * "the head of the Kyrgyz Foreign Ministry": that state's foreign minister, when named before (a ministry's
 * director-general heads a department of it, not the ministry).
 */
const HEAD_OF_FOREIGN_MINISTRY = new RegExp(
  `^the (?:${HEAD_TITLES}) of the (\\p{Lu}[\\p{L}-]+) (?:Foreign Ministry|Ministry of Foreign Affairs|MFA)$`,
  "u"
);
/** A month's or a weekday's name is no speaker ("… as soon as April, said the people …"). */
const NOT_A_DAY =
  "(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)";
/** A body by its acronym after "the": "the FAO", "the IMF" (a speaker as written). */
const ACRONYM_BODY = "[Tt]he\\s+\\p{Lu}{2,6}(?![\\p{L}\\d])";
const SUBJECT_ANY_CASE = `${NOT_A_DAY}(${HEAD_OF}|${DESCRIBED_NAME}|${INSTITUTION_PHRASE}|${CAP_INSTITUTION}|${ROLE_WITH_ADJECTIVE}|${GROUP}|${ROLE_NOUNS}|${OF_TITLED_NAME}|${FOR_TITLED_NAME}|${TITLED_NAME}|${NAME})`;
/**
 * A speaker as the patterns read it; {@link ACRONYM_BODY} only in case-sensitive patterns (under "i", "the World" would
 * pass). (Its 99 property classes are most of the cost of compiling each pattern built on it: eight of those patterns
 * are made with the classes written out, `spelledRegExp`/`cueSpelled`, src/read/unicode-classes.ts; REPORTED,
 * BEFORE_QUOTE and NARRATED_SUBJECT stay as written, since V8 would compile them longer than 20 KB without its
 * optimizations and they run often.)
 */
const SUBJECT = `${NOT_A_DAY}(${HEAD_OF}|${DESCRIBED_NAME}|${INSTITUTION_PHRASE}|${CAP_INSTITUTION}|${ACRONYM_BODY}|${ROLE_WITH_ADJECTIVE}|${GROUP}|${ROLE_NOUNS}|${OF_TITLED_NAME}|${FOR_TITLED_NAME}|${TITLED_NAME}|${NAME})`;
/**
 * An apposition with no article: a title of {@link TITLE_WORDS} in lower case ("chairman of the Grain Union", "senior
 * adviser to the minister"), any lower-case noun phrase with a complement ("programme lead at the Steppe Institute",
 * "member of the union"), or a possessive noun phrase ("Kazakhstan's top diplomat"; review K4).
 */
const APPOSITION = `(?:[\\p{Ll}-]+\\s+){0,3}(?:${TITLE_WORDS})\\b[^,]{0,80}|(?:\\p{Ll}[\\p{L}'’-]*\\s+){1,4}(?:of|at|for|with|to)\\s+[^,]{1,80}|\\p{Lu}[\\p{L}'’-]*['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+`;
/**
 * An insertion with a gerund or a participle, after any subordinator or none ("speaking to reporters", "while
 * receiving the minister", "after inspecting the site", "asked about the talks", "when asked …"), or a prepositional
 * phrase ("in a statement", "at the briefing on Monday"; review K4).
 */
const INSERTION = `(?:(?:while|whilst|when|after|before|upon|on|in|by|since|if|as|once)\\s+)?\\p{Ll}{2,}(?:ing|ed)\\s+[^,]{1,80}|(?:in|at|on|during|after|before|following|amid|without|through|via|from)\\s+[^,]{1,80}`;
/**
 * Adverbs and parentheses between a speaker and the verb (an apposition may have a relative clause after it: "X, the
 * trade minister, who accompanied Y, told reporters"; a relative clause may end in a quotation whose closing mark
 * follows its comma: 'Tuggar, who described Uzbekistan as "a partner that …," said …'): "Hakala, in turn, stressed", "He has since said"; the comma
 * that closes an apposition ("Russia's envoy, Ivan Petrov, said"); the place a person speaks from, with or without
 * "the" ("Smith of the Kazakh Institute said", "Smith of Chatham House said", "Petrova at Nazarbayev University said");
 * the reporter's contact with the speakers ("Analysts I spoke to say", "the farmers we met told").
 */
const LINK =
  "(?:\\s+(?:also|further|then|once again|again|now|still|even|publicly|privately|has|had|have|later|recently|previously|earlier|since)|\\s+\\((?:the\\s+)?\\p{Lu}[^()]{1,40}\\)(?=\\s+(?:said|says|told|\\p{Ll}+ed|\\p{Ll}+s)\\b)|,\\s*(?:(?:Deputy|First|Vice|Prime|Foreign|Acting|Permanent|Special)\\s+)*(?:Minister|President|Secretary|Ambassador|Chairman|Chairwoman|Director|Head|Representative|Envoy|Speaker)\\b[^,]{0,80},|,\\s*(?:(?:Senior|Principal|Associate|Assistant|Chief|Research)\\s+)*(?:Lecturer|Professor|Fellow|Researcher|Analyst|Economist|Adviser|Advisor|Dean|Rector)\\s+(?:in|of|at|for|on)\\s+[^,]{1,80},|,\\s*(?:(?:an?|the)\\s+[^,]{1,80},\\s*(?:who|which)\\s+[^,]{1,140}|including [^,]{1,80}|in turn|for (?:his|her|its|their) part|however|meanwhile|too|in particular|in response|(?:who|which) (?:[^,]|,\\s*\\d{4}\\b){1,140}|whose [^,]{1,120}|where [^,]{1,80}|an? [^,]{1,80}|the [^,]{1,80}|" +
  APPOSITION +
  "|" +
  INSERTION +
  ')\\s*,|,\\s*(?:who|which)\\s+[^,"“”]{1,100}["“][^"“”]{1,160},["”]|,(?=\\s+(?:said|says|told|added|noted|stressed|warned)\\b)|\\s+(?:of|at|from)\\s+(?:the\\s+[\\p{L}\'’ -]{3,80}?|\\p{Lu}[\\p{L}\'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\'’.-]*|of|for|and|on(?!\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b))){0,6}?)(?=\\s+(?:said|says|told|added|noted|stressed|warned|believes|thinks|argued|argues|explained|estimated)\\b)|\\s+(?:whom\\s+|that\\s+)?(?:I|we)\\s+(?:have\\s+|had\\s+)?(?:spoke|spoken|talked|interviewed|met|asked|consulted|contacted|reached)(?:\\s+(?:to|with))?(?:\\s+(?:in|at)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]+){0,2})?(?=\\s+(?:say|says|said|told|tell|believe|believes|think|thinks|expect|expects|warn|warned|argue|argued)\\b))*';
/**
 * `“…,” the expert notes` / `“…,” Abishev says` / `“…,” said Abishev` (attribution after a closing quote). A straight
 * mark at the start or after a space opens a quotation: '"Smaller states like Ireland are useful …," she said' has no
 * speaker "Smaller" who "states".
 */
const AFTER_QUOTE = spelledRegExp(
  `[,.!?…]?(?:(?<=[^\\s(\\[])"|[”»])\\s*,?\\s*(?:[—–]\\s*)?(?:${SUBJECT}${LINK}\\s+(?:${SAY}|(?:was|were)\\s+quoted\\s+as\\s+saying)\\b|(?:${SAY_VERBS})\\s+${SUBJECT})`,
  "u"
);
/** `Abishev says: “…”` / `Tokayev also wrote that “…”` (attribution before an opening quote). */
const BEFORE_QUOTE = new RegExp(
  `${SUBJECT}${LINK}\\s+(?:${SAY}|puts?\\s+it(?:\\s+\\p{Ll}+ly)?(?=\\s*:))(?:\\s+[^“”"«»:]{0,60}?)?(?:\\s+that)?\\s*[:,]?\\s*["“«„]`,
  "u"
);
/**
 * A sound bite's label: a bracketed tag, the speaker's name, a slash and their office or body, a colon and the
 * quotation ("[Soundbite] Jane Roe / Danube Institute : "…"", "[SOT] Jan Kowal / Minister of Trade: "…"").
 */
export const SOUND_BITE = new RegExp(
  `^\\[[^\\]]{1,30}\\]\\s*(${NAME})\\s*/\\s*([^:"“”«»/]{1,80}?)\\s*:\\s*["“«„]`,
  "u"
);
/** The quotation marks each pattern needs: a text without them is not tested against it (same result, less time). */
const CLOSING_MARK = /["”»]/;
const OPENING_MARK = /["“«„]/;
/**
 * A paragraph that narrates: it opens with a capitalised name or title and a verb in the past ("Foreign Minister
 * Saidov thanked …"), or reports someone's words ("… said", "… told").
 */
const NARRATED =
  /^(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for)\s+){1,6}\p{Ll}+ed\b|\b(?:said|says|told|added|stressed|noted)\b/u;
/** Any quotation mark, opening or closing. */
const QUOTE_MARK = /["“”«»„]/;
/**
 * "Ms. Holm issued the following statement:", "The ministry released this statement:": a paragraph that hands the
 * next ones to a statement (a press release's form), as "X said:" does.
 */
const ISSUED_STATEMENT =
  "(?:issued|released|delivered|made|read(?:\\s+out)?|gave)\\s+(?:the\\s+following|this|a)\\s+(?:(?:joint|written|short|brief)\\s+)?(?:statement|remarks|declaration)";
/** `Karimov put it simply:` — a speaker introducing the quotation of the next paragraph. */
const PUT_IT = spelledRegExp(
  `${SUBJECT}${LINK}\\s+(?:${SAY_VERBS}|puts? it|summed it up|sums it up|describes? it|${ISSUED_STATEMENT})\\b`,
  "u"
);
/**
 * `"…," it says.`: a publication or a body quoted by "it" (the one a sentence before named as its subject; see
 * {@link bodySubject}).
 */
const AFTER_QUOTE_IT =
  /[,.!?…]?["”»]\s*,?\s*(it)\s+(?:says|said|adds|added|writes|wrote|notes|noted|argues|argued|concludes|concluded|warns|warned)\b/u;
const afterQuote = (t: string) => (CLOSING_MARK.test(t) ? (AFTER_QUOTE.exec(t) ?? AFTER_QUOTE_IT.exec(t)) : null);
const beforeQuote = (t: string) => (OPENING_MARK.test(t) ? BEFORE_QUOTE.exec(t) : null);
/** "That said,", "That being said,", "Having said that,", "All that said,": a concession's idiom, not a report. */
const CONCEDING_SAID = /^(?:(?:All\s+)?(?:That|This)(?:\s+being)?\s+said|Having\s+said\s+(?:that|this)),(?=\s)/;
/** `According to Abishev, …` / `…, according to the ministry.` / `In his words, …` */
const ACCORDING = cueSpelled(
  `(?:^|,["”»]?\\s*|\\(\\s*)(?:according to ${SUBJECT_ANY_CASE}(?=[\\s,.;)]|$)|in (his|her|their) (?:words|view|opinion)(?=,))`,
  "iu"
);
/** `In Nurpeisova's view, …`: a view the sentence gives a named person (capitalised: not "in the minister's view"). */
const VIEW_OF = /(?:^|,\s*)[Ii]n (\p{Lu}[\p{L}'’-]+)['’]s (?:words|view|opinion|assessment)(?=,)/u;
/**
 * `For Professor X, who teaches …, the presence is "more symbolic than economic"`: a view opened by "For" and a person's
 * name (a title before it), with the person's own words quoted in the clause after it.
 */
const FOR_VIEW =
  /^For (?:(?:[Pp]rofessor|[Pp]rof\.?|Dr\.?|[Aa]nalyst|[Ee]conomist|[Rr]esearcher|[Hh]istorian|[Ss]ociologist|[Pp]olitical scientist)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),(?:\s+(?:who|an?|the)\s+[^,]{1,120},)?(?=\s+[^,]{1,160}["“«]\p{L})/u;
/** A minister's title and full name: "Foreign Minister Jeenbek Kulubaev", "Deputy Foreign Minister Alibek Bakayev". */
const TITLED_MINISTER =
  /\b((?:(?:First|Deputy|Vice)\s+)*(?:Foreign\s+)?Minister(?:\s+of\s+Foreign\s+Affairs)?)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;
/** A body called by its capitalised head word alone: "the Court", "the Bank", "the Fund", "the Commission". */
const SHORT_BODY = /^the (Court|Bank|Fund|Commission|Tribunal|Council)$/u;
/**
 * `For Jane Roe, a Baltic analyst at a Riga think tank, the visit comes late.`: a view opened by "For" and a person's full
 * name (a title before it, an apposition after it) with no quotation in the sentence. The sentence stays the narration's
 * (it tells the view in the writer's words), but the person it opens with is whom the "she said" of the quotation after
 * it means: English introduces a speaker this way and quotes them next.
 */
const FOR_PERSON =
  /^For (?:(?:[Pp]rofessor|[Pp]rof\.?|Dr\.?|[Aa]nalyst|[Ee]conomist|[Rr]esearcher|[Hh]istorian|[Ss]ociologist|[Pp]olitical scientist)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),(?:\s+(?:who|an?|the)\s+[^,]{1,120},)?\s+\p{L}/u;
/** A date opening the sentence with no comma after it: "In July 2024 President X criticised …", "On 3 May the minister said …". */
const DATE_OPENER = String.raw`(?:(?:(?:Last|This|Earlier\s+this|Later\s+that|Earlier\s+that)\s+(?:week|month|year|spring|summer|autumn|winter)\s+(?=\p{Lu}))|(?:In|On|Since|Last|By)\s+(?:(?:early|mid-?|late)\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d{2})(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d{2})?\s+(?=\p{Lu}))?`;
/**
 * `Abishev believes that …` / `he notes that …` / `Abishev told Reuters …` (with the cue pre-filter: a sentence holding
 * none of the verbs' words is not scanned; src/read/cue.ts)
 */
const REPORTED = cue(
  new RegExp(
    `(?:^(?:[•▪◦*–—-]\\s+)?(?:(?:But|And|Yet|Still|Now|However|As),?\\s+)?${DATE_OPENER}(?:(?:Introducing|Presenting|Opening|Closing|Explaining|Speaking|Addressing|Responding|Replying|Commenting|Summing up|Concluding)\\b[^,]{0,80},\\s*)?|,\\s*|;\\s*|:\\s+|\\b(?:but|and|while|as)\\s+)${SUBJECT}${LINK}\\s+(?:${REPORT_VERBS})\\b(?!\\s+so\\b)`,
    "u"
  )
);
/** A verb of saying anywhere in a clause. */
const SAYS = new RegExp(`\\b(?:${SAY_VERBS})\\b`, "u");
/**
 * A label of one to four words before a colon opening a sentence ("APP adds:", "Editor's note:", "Update:"), whatever
 * the case of the word after the colon (review K4).
 */
const LABEL_HEAD = /^(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+\s*:\s+(?=\p{L})/u;
/**
 * A sentence whose subject acts ("The Sides agreed to …", "The two ministers signed …", "Kazakhstan and Uzbekistan
 * ratified …"): narration, no speech. The verb is the finite one right after a short subject of names, parties or
 * pronouns; a participle after a noun ("The route approved by the partners would …") or a passive ("It will be
 * launched next year") is the speech going on.
 */
const SUBJECT_ACTED =
  /^(?:(?:He|She|They|We|It)|(?:(?:[Tt]he|[Bb]oth)\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|two|three|four|five|both|and|of|the|sides?|parties|leaders|heads|presidents?|ministers?|ministry|government|governments|delegations?|countries|states)\s+){0,6}?(?:\p{Lu}[\p{L}’'.-]*|sides?|parties|leaders|heads|presidents?|ministers?|ministry|government|governments|delegations?|countries|states))\s+(?:also\s+|then\s+|later\s+|jointly\s+)?(?:agreed\s+(?:to|on)|decided\s+to|signed|adopted|approved|held|launched|established|ratified)\b(?!\s+by\b)/u;
/**
 * A party of a joint statement committing itself: "The Chinese Side will continue to …", "The Sides shall …", "The
 * Parties are ready to …": the party speaks (an agreement, "The Sides agreed to …", stays an act of the narration).
 */
const SIDE_COMMITS = new RegExp(
  String.raw`^(${STATEMENT_PARTY})\s+(?:will|shall|(?:is|are) ready to|intends? to)\b`,
  "u"
);
/** `…, the expert believes.` / `…, Abishev told Reuters.` / `…, said Abishev, a political scientist.` */
const REPORTED_END = cueSpelled(
  `,["”»]?\\s*(?:${SUBJECT}${LINK}\\s+(?:${SAY_VERBS})(?:\\s+[^,.]{0,60})?|(?:${SAY_VERBS})\\s+${SUBJECT}(?:,[^.]{0,120})?)\\.?["”»]?$`,
  "u"
);
/**
 * What {@link REPORTED_END} needs by its form, tested first (the same answers, less time): its verb of saying ends the
 * sentence but for a few words without a comma or a full stop ("…, the expert believes." / "…, Abishev told Reuters."),
 * or follows its comma ("…, said Abishev, …"). The speaker's pattern itself, tried at every comma, costs ten to twenty
 * times this test; most sentences with a verb of saying pass neither (docs/benchmarks.md, session 34).
 */
const REPORTED_END_FORM = cueSpelled(
  `(?:${SAY_VERBS})(?:\\s+[^,.]{0,60})?\\.?["”»]?$|,["”»]?\\s*(?:${SAY_VERBS})\\s`,
  "u"
);
const reportedEnd = (t: string) => (REPORTED_END_FORM.test(t) ? REPORTED_END.exec(t) : null);
/**
 * A person named as the example of a group that speaks: "Some commentators, such as the economist Daulet Omarov, have
 * argued that …", "Several analysts, including Aida Nurova of the Steppe Institute, believe …": the person speaks (group
 * 1: the role words before the name; group 2: the name).
 */
const SUCH_AS = spelledRegExp(
  `^(?:[^,"“«]{0,60},\\s*)?[^,"“«]{2,60},\\s*(?:such as|including|among them|like)\\s+(?:the\\s+|an?\\s+)?((?:[\\p{Ll}-]+\\s+){0,3})(${NAME})(?:\\s+(?:of|at|from)\\s+(?:the\\s+)?[\\p{L}'’ -]{3,60}?)?\\s*,\\s*(?:(?:has|have|had)\\s+)?(?:also\\s+|long\\s+)?(?:${REPORT_VERBS})\\b`,
  "u"
);
/**
 * Subjects that point back to a person named before: pronouns and "the <role>" ("the minister", "the Kyrgyz
 * minister"). "the port authority" or "the customs service" names a source of its own.
 */
const PRONOUNS =
  /^(the (?:(?:\p{Lu}[\p{L}-]+|deputy|first|vice|prime|foreign|defen[cs]e|energy|finance|economy|economic|trade|interior|agriculture|transport|acting|former|senior|chief|top)\s+){0,3}(?:fm|secretary[\s-]general|director[\s-]general|expert|analyst|political scientist|political analyst|speaker|professor|researcher|scholar|economist|interviewee|author|diplomat|minister|official|spokesman|spokeswoman|spokesperson|ambassador|president|senator|lawmaker|deputy|source|head of state|head of government|head|envoy|leader|politician|premier|secretary|under-?secretary|chairman|chairwoman|cardinal|archbishop|bishop|patriarch|pope|sheikh|emir|king|queen|crown prince|prince|governor|mayor|chancellor|commissioner)$|the \d{1,3}-year-old(?: [\p{L}-]+){1,2}$|he$|she$|they$|him$|her$|them$|officials$|analysts$|experts$|observers$)/iu;
/** Speakers that are groups or institutions, kept as written ("the ministry", "the Kremlin press service"). */
const INSTITUTION = spelledRegExp(
  `^(?:the (ministry|foreign ministry|government|kremlin|white house|state department)|officials|analysts|experts|observers|${GROUP}|${INSTITUTION_PHRASE}|${CAP_INSTITUTION})$`,
  "iu"
);
/** An organisation's own name, capitalised, ending with the word for what it is ("European Union", "Asian Development Bank"). */
const ORG_NAME =
  /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the)){0,5}\s+(?:Union|Bank|Organi[sz]ation|Council|Commission|Fund|Forum|Alliance|Community|Parliament|Assembly|Association|Secretariat|Consortium)$/u;
/** A document's wording for what an institution issued: it speaks for the last institution named as a speaker. */
const ISSUED = /^the (statement|communiqu[eé]|report)$/i;
/** Adjectives of nationality and region that stand before a title ("Uzbek Deputy Prime Minister"). */
const NATIONALITIES =
  "Kazakh|Kazakhstani|Uzbek|Kyrgyz|Tajik|Turkmen|Afghan|Russian|Chinese|American|British|French|German|Turkish|Iranian|Indian|Pakistani|Japanese|Korean|Mongolian|Azerbaijani|Armenian|Georgian|Ukrainian|Belarusian|European|Italian|Spanish|Polish|Israeli|Saudi|Emirati|Qatari|Egyptian|Hungarian|Finnish|Swedish|Norwegian|Danish|Dutch|Belgian|Austrian|Swiss|Czech|Canadian|Australian|Brazilian|Mexican|Arab|Western|Soviet|Central|Asian|EU|UN|US|U\\.S\\.";
/** Title words that may stand before a name in upper case ("Deputy Prime Minister"), and nationality adjectives. */
const TITLE_HEAD = new RegExp(
  `^(?:${TITLE_WORDS}|prime|foreign|deputy|first|special|senior|chief|state|former|acting|kremlin|white|house|ministry|government|opposition|ranking|member|congressman|congresswoman|dr\\.?|mr\\.?|mrs\\.?|ms\\.?|prof\\.?|${NATIONALITIES})$`,
  "iu"
);

/**
 * Splits "Uzbek Deputy Prime Minister Jamshid Khodjayev" into the name ("Jamshid Khodjayev") and the title
 * ("Uzbek Deputy Prime Minister"): the name is the run of words at the end that are not title words.
 */
export function splitTitle(subject: string): {name: string; title?: string} {
  // "President of Uzbekistan Shavkat Mirziyoyev", "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu"
  const of = OF_TITLE.exec(subject.trim());
  if (of) {
    // "Minister of Investment and Foreign Trade Laziz Kudratov": a ministry's word is the title's, not the name's
    const name = of[2]!.split(/\s+/);
    let title = of[1]!.trim();
    while (name.length > 2 && (MINISTRY_WORD.test(name[0]!) || STATE_WORD.test(name[0]!))) title += " " + name.shift()!;
    return {name: name.join(" "), title};
  }
  const words = subject.trim().split(/\s+/);
  let k = words.length;
  while (
    k > 0 &&
    !TITLE_HEAD.test(words[k - 1]!) &&
    (/^\p{Lu}/u.test(words[k - 1]!) || PARTICLE_WORD.test(words[k - 1]!))
  )
    --k;
  // ("Federation Alexei Overchuk", the end of "… of the Russian Federation Alexei Overchuk": the state's word is no name)
  // (nor a word after "of", "to", "of the" or "and" inside the title: "Ambassador to India X Y", "the Leader of the Nation X
  // Y", "Minister of Ports, Shipping and Waterways X Y")
  while (
    words.length - k > 2 &&
    (STATE_WORD.test(words[k]!) ||
      REGION_WORD.test(words[k]!) ||
      MINISTRY_WORD.test(words[k]!) ||
      (k > 0 && /^(?:of|to|for|and)$/.test(words[k - 1]!)) ||
      (k > 1 && words[k - 1] === "the" && /^(?:of|to|for)$/.test(words[k - 2]!)))
  )
    ++k;
  // A single trailing word after titles is a surname ("Minister Nurtleu"); no name at all keeps the subject.
  if (k === 0 || k === words.length) return {name: subject.trim()};
  // ("When European Council President António Costa …": the clause's conjunction is no part of the title)
  const title = words.slice(0, k).join(" ").replace(CONJUNCTION, "");
  return {name: words.slice(k).join(" "), ...(title ? {title} : {})};
}
/** A subordinate clause's conjunction opening a sentence before a titled name. */
const CONJUNCTION = /^(?:When|As|After|While|Before|Once|Since|Although|Though|If|Because|Until|Unless)(?:\s+|$)/;
/** The last word of a state's or a body's name ("the Russian Federation", "the Management Board"), never a first name. */
const STATE_WORD = words(
  /^(?:Federation|Republic|Kingdom|Emirates|States|Nations|Union|Confederation|Board|Committee|Council|Assembly|Parliament)$/
);
/** The words of a region a title is for ("Director General for Central and West Asia X Y"), never a first name. */
const REGION_WORD = words(
  /^(?:Asia|Europe|Africa|America|Americas|Pacific|Caucasus|Balkans|Gulf|Arctic|Eurasia|Middle|East|West|North|South|Central|Eastern|Western|Southern|Northern)$/
);
/** Words that name a ministry's field ("Trade", "Foreign Affairs"), never a person's first name. */
const MINISTRY_WORD = words(
  /^(?:Trade|Affairs|Economy|Energy|Finance|Development|Integration|Industry|Investment|Investments|Defen[cs]e|Agriculture|Transport|Education|Health|Justice|Culture|Ecology|Communications|Emergencies|Labour|Labor|Digital|Innovation|Infrastructure|Resources|Planning|Reforms|Relations|Cooperation)$/
);
/** A title with "of <state>" before the name (initials with a dot are the name's: "… of Mongolia B.Battsetseg"). */
const OF_TITLE =
  /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,4}(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+Republic|Republic\s+of\s+\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}'’-]+\s+(?:and|&)(?:\s+\p{Lu}[\p{L}'’-]+){1,2}?|\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+\s+Affairs)\s+)+)(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})$/u;
/**
 * Q/A labels of an interview or a briefing set in text: "Q:", "Question:", "Question (Kursiv):" (the outlet that asks),
 * "A:", "Answer:".
 */
const Q_LABEL = /^(?:Q|Question)(?:\s*\([^()]{1,60}\))?\s*[:.)–—-]\s*/;
const A_LABEL = /^(?:A|Answer)(?:\s*\([^()]{1,60}\))?\s*[:.)–—-]\s*/;

/** A name in a title: two or three capitalised words ("Aibek Smadiyarov", "Kassym-Jomart Tokayev"). */
const TITLE_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
/**
 * Titles that say who briefs or answers: "Briefing by <titles> X", "Press conference of X", "X's briefing", "X answers
 * questions", "Spokesperson X". The words after "by"/"of" are titles and the name only (capitalised words, "of", "the",
 * "and"): "briefing on the state visit of President X" names a visitor, who answers nothing.
 */
const BRIEFER_TITLES = [
  new RegExp(
    String.raw`\b(?:[Bb]riefing|[Pp]ress[- ][Cc]onference|[Nn]ews [Cc]onference|[Pp]ress [Aa]pproach|[Rr]emarks|[Aa]nswers|[Cc]omments|[Rr]eplies|Q\s*&\s*A)\s+(?:by|of|from)\s+((?:(?:the|of|and|\p{Lu}[\p{L}'’.-]*)\s+)*${TITLE_NAME})(?=\s*(?:$|[,:;(|–—]|\s(?:on|at|to|about|regarding)\s))`,
    "u"
  ),
  new RegExp(
    String.raw`(?:^|[\s:|–—])(${TITLE_NAME})['’]s\s+(?:(?:weekly|regular|daily|monthly|annual|first|final|last|press)\s+)*(?:briefing|press[- ]conference|news conference)\b`,
    "u"
  ),
  new RegExp(
    String.raw`(?:^|[\s:|–—])(${TITLE_NAME})\s+(?:answers|answered|takes|took|fields|fielded|responds to|responded to)\s+(?:[\p{Ll}'’]+\s+){0,2}questions\b`,
    "u"
  ),
  new RegExp(
    String.raw`\b(?:[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman|Press Secretary|Official Representative)\s+(${TITLE_NAME})(?=\s*(?:$|[,:;(|–—]|\s\p{Ll}))`,
    "u"
  )
];
/** A word closing the name of a state or an office ("Kyrgyz Republic", "Foreign Affairs"). */
const OFFICE_NAME_END =
  /^(?:Republic|Federation|Kingdom|Emirates|States|Union|Affairs|Ministry|Office|Council|Committee|Government|Administration)$/;
/**
 * The person a document's title presents as briefing or answering: "Briefing by the Official Representative of the
 * Ministry of Foreign Affairs Aibek Smadiyarov" → "Aibek Smadiyarov". Who answers in a Q/A transcript that names no
 * interviewee. A title that only mentions a person ("briefing on the visit of President X", "What X wants") names
 * no answerer.
 */
export function titlePerson(title: string | undefined): string | undefined {
  if (!title) return undefined;
  for (const re of BRIEFER_TITLES) {
    const run = re.exec(title)?.[1];
    if (!run) continue;
    // (the name is the run's end: "the Official Representative … Aibek Smadiyarov" → "Aibek Smadiyarov")
    const words = run.split(/\s+/);
    for (let k = Math.max(0, words.length - 3); k + 1 < words.length; ++k) {
      const name = words.slice(k).join(" ");
      // ("… of the Kyrgyz Republic Jeenbek Kulubaev": the word closing a state's or an office's name is no given name)
      if (isPersonLike(name) && !TITLE_HEAD.test(words[k]!) && !OFFICE_NAME_END.test(words[k]!)) return name;
    }
  }
  return undefined;
}

/** The subject a match captured (patterns with two alternatives capture in group 1 or 2). */
function subjectOf(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  const sub = m[1] ?? m[2];
  // "In his words" speaks of the person named last, as "he" does.
  if (sub && /^(his|her)$/i.test(sub) && m[0].toLowerCase().includes(" words"))
    return sub.toLowerCase() === "her" ? "she" : "he";
  if (sub && /^(his|her|their)$/i.test(sub))
    return sub.toLowerCase() === "their" ? "they" : sub.toLowerCase() === "her" ? "she" : "he";
  return sub;
}

/**
 * In an analysis the writer argues: a view reported in one sentence ("Officials told me that they regard it as an
 * insult.") does not run on into the sentences after it, which are the writer's again ("It should act before the next
 * meeting." is the writer's advice). English marks indirect speech sentence by sentence (a verb of saying, "according
 * to", a quotation); only an interview written up in the third person goes on with its speaker unmarked. Turns the
 * continued speech of an analysis into the writer's narration, in place.
 */
export function writerResumes(voices: Voice[], author: string | undefined): void {
  voices.forEach((v, i) => {
    if (v.rule === "continued-speech")
      voices[i] = {kind: "narration", ...(author ? {speaker: author} : {}), rule: "narration"};
  });
}

/** Assigns a voice to every sentence of the body. */
export function assignVoices(
  sentences: readonly TextSentence[],
  paragraphs: readonly Paragraph[],
  body: string,
  options: VoiceOptions = {}
): Voice[] {
  const experts = options.experts ?? [];
  /** The expert the page presents whose surname is `w`, as a speaker. */
  const expertBySurname = (w: string): {speaker: string; role?: string} | undefined => {
    const e = experts.find((x) => x.name.split(/\s+/).at(-1) === w);
    return e ? {speaker: e.name, ...(e.role ? {role: e.role} : {})} : undefined;
  };
  const main = experts[0];
  /** The last person named as a speaker: "he said" refers to them when no expert is known. */
  let lastNamed: {speaker?: string; role?: string} | undefined;
  /** Every person named as a speaker so far: "Rasulova said" is the "Dilnoza Rasulova" named before. */
  const named: {speaker: string; role?: string}[] = [];
  let lastInstitution: string | undefined;
  /** The groups named as speakers so far ("people familiar with the matter"), for "the people" after them. */
  const groupsNamed: string[] = [];
  /** A group or a body spoke after the last person named ("A senior official said …"): "the official" may mean it. */
  let groupSince = false;
  /** Where the sentence being read starts in the body (a surname alone is looked up in the text before it). */
  let at = 0;
  const namesBefore = fullNamesIn(body);
  /** The people named so far (speakers and narrated subjects), last one last: "she" looks back among them. */
  const people: {speaker: string; role?: string}[] = [];
  const remember = (p: {speaker?: string; role?: string} | undefined) => {
    const name = p?.speaker?.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+/, "");
    // (a full name, or a surname alone: "Sultanova told members")
    if (!name || !(isPersonLike(name) || (/^\p{Lu}[\p{Ll}'’-]+$/u.test(name) && !isOrganisation(name)))) return;
    const k = people.findIndex((x) => x.speaker === p!.speaker);
    if (k >= 0) people.splice(k, 1);
    people.push(p as {speaker: string; role?: string});
  };
  const genders = new Map<string, "f" | "m">();
  const genderOf = (name: string): "f" | "m" | undefined => {
    if (!genders.has(name)) {
      const g = nameGender(name, body);
      if (g) genders.set(name, g);
    }
    return genders.get(name);
  };
  const stateCodes = new Map<string, string | undefined>();
  /** The state a name or an adjective stands for in the actor dictionary (its first three letters: "KAZGOV" → "KAZ"). */
  const stateOf = (name: string): string | undefined => {
    if (!options.actorOf) return undefined;
    if (!stateCodes.has(name)) stateCodes.set(name, options.actorOf(name)?.slice(0, 3));
    return stateCodes.get(name);
  };
  /**
   * The last person named before who belongs to the state an adjective names ("Kazakh"): by their title ("Kazakh
   * Deputy Foreign Minister X") or by the actor dictionary ("Kassym-Jomart Tokayev" is Kazakhstan's); with `role`,
   * only a person whose title says it ("Minister").
   */
  const personOf = (adjective: string, role?: RegExp): {speaker: string; role?: string} | undefined => {
    const code = stateOf(adjective);
    const before = body.slice(0, at);
    const own = kept(`\\b${adjective}\\b`, "");
    const found = [...people].reverse().find((p) => {
      // (the words before the person's first mention: "his Kyrgyz counterpart Jeenbek Kulubaev")
      const intro = wordsBefore(before, p.speaker);
      return (
        (!role || role.test(p.role ?? "") || role.test(intro)) &&
        ((p.role !== undefined && own.test(p.role)) ||
          own.test(intro) ||
          (code !== undefined && stateOf(p.speaker) === code))
      );
    });
    if (found || role || code === undefined) return found;
    // (a leader named anywhere before, not as a subject: "Xi was met by Kassym-Jomart Tokayev. The Kazakh leader …")
    const names = [...before.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}/gu)].map((m) => m[0]).reverse();
    const name = names.find((n) => isPersonLike(n) && stateOf(n) === code);
    return name ? {speaker: name} : undefined;
  };
  /**
   * "The Kyrgyz minister" after "… by Foreign Minister Jeenbek Kulubaev", "the Kazakh deputy minister" after "the Kazakh
   * side was headed by Deputy Foreign Minister Alibek Bakayev": the last minister named with the title before the name
   * whom the actor dictionary gives the adjective's state, or whose clause names the adjective just before the title
   * (a deputy only for "deputy minister").
   */
  const titledMinisterBefore = (adjective: string, deputy: boolean): {speaker: string; role?: string} | undefined => {
    const code = stateOf(adjective);
    const before = body.slice(0, at);
    const own = new RegExp(String.raw`\b${adjective}\b`);
    let found: {speaker: string; role?: string} | undefined;
    for (const m of matchesOf(TITLED_MINISTER, before)) {
      const title = m[1]!,
        name = m[2]!;
      if (/Deputy/.test(title) !== deputy || !isPersonLike(name)) continue;
      const lead = before.slice(Math.max(0, m.index! - 50), m.index!);
      if ((code !== undefined && stateOf(name) === code) || own.test(lead)) found = {speaker: name, role: title};
    }
    return found;
  };
  /**
   * On a page of a state's own (a government's site, a state broadcaster), "the minister" is that state's minister: a
   * guest minister of another state is called by the state ("the Uzbek minister"). When the holder a title gives is
   * another state's, the last person named before whom the actor dictionary gives the page's state.
   */
  const homeMinister = (holder: string): {speaker: string; role?: string} | undefined => {
    const home = options.home;
    const theirs = home ? stateOf(holder) : undefined;
    if (!home || theirs === undefined || theirs === home) return undefined;
    const own = [...people].reverse().find((p) => /\s/.test(p.speaker) && stateOf(p.speaker) === home);
    return own ? {speaker: own.speaker, role: "Minister"} : undefined;
  };
  /** The sentence's subject is a state's office holder ("The Russian leader …") who is not `speaker`. */
  const otherStateRole = (text: string, speaker: string): boolean => {
    const role = STATE_ROLE_SUBJECT.exec(text);
    return !!role && personOf(role[1]!)?.speaker !== speaker;
  };
  /** Whether the last `resolve` met a state-qualified role it could give to nobody ("the Kazakh leader" after Xi). */
  let unresolvedRole = false;
  const resolve = (subject: string): {speaker?: string; role?: string} => {
    unresolvedRole = false;
    const sub = subject
      .trim()
      .replace(/(?<!\b\p{Lu})\.+$/u, "")
      .replace(/^The /, "the ")
      // ("one of the industry sources": one source speaks, "industry source")
      .replace(/^[Oo]ne of (?:the|its|their)\s+((?:[\p{Ll}-]+\s+){0,3}\p{Ll}+)s$/u, "$1")
      // ("according to data from the Department of Atomic Energy": the body whose figures they are, not a person
      // "Atomic Energy" titled "data from the Department of")
      .replace(
        /^(?:data|figures|statistics|estimates|calculations)\s+(?:(?:published|released|compiled|collected)\s+)?(?:from|by|of)\s+(?=the\s+\p{Lu})/u,
        ""
      );
    // "…, the speech said": the speaker whose speech the text named before ("Prime Minister Modi's address").
    const delivered = /^the (speech|address|remarks)$/i.exec(sub);
    if (delivered) {
      const owner = [
        ...body.slice(0, at).matchAll(/(\p{Lu}[\p{L}'’-]+)['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:speech|address|remarks)\b/gu)
      ].at(-1)?.[1];
      const who = owner ? (namesBefore(owner, at) ?? {speaker: owner}) : undefined;
      if (who) return (lastNamed = who);
    }
    // (with no institution heard before, the body the text named as issuing one: "The statement described Estonia as
    // …" after "according to a statement from the Kazakh foreign ministry")
    if (ISSUED.test(sub)) return {speaker: lastInstitution ?? issuerBefore(body.slice(0, at)) ?? sub};
    // "The two Ministers shared the view …": the last two people heard before, in the order the text first names them
    // (as written when fewer than two were heard: "the two sides" and "both governments" are no two people).
    if (/^(?:the two|both) (?:(?:foreign |prime )?ministers|leaders|presidents|heads of state)$/i.test(sub)) {
      const two: string[] = [];
      for (let k = voices.length - 1; k >= 0 && two.length < 2; --k) {
        const who = voices[k]!.speaker;
        if (voices[k]!.kind === "narration" || !who || two.includes(who)) continue;
        // (a full name, or a titled surname: "Minister Motegi")
        if (isPersonLike(who) || (voices[k]!.role !== undefined && /^\p{Lu}[\p{Ll}'’-]+$/u.test(who))) two.push(who);
      }
      if (two.length === 2) {
        const first = (w: string) => body.indexOf(w.split(/\s+/).at(-1)!);
        two.sort((a, b) => first(a) - first(b));
        return {speaker: `${two[0]} and ${two[1]}`};
      }
    }
    // "It described accession as …": the body one of the last two sentences was about.
    if (/^it$/i.test(sub)) {
      const about = [sentenceNo - 1, sentenceNo - 2]
        .filter((k) => k >= 0)
        .map((k) => bodySubject(sentences[k]!.text))
        .find((b) => b !== undefined);
      if (about) return {speaker: (lastInstitution = about)};
      // (a pronoun with no body before it speaks for nobody: "it" is no name)
      return {};
    }
    // "…, said the people, who asked not to be identified": the "people familiar with the matter" named before.
    const back = /^the (people|person|sources?)$/i.exec(sub)?.[1]?.toLowerCase();
    if (back) {
      const noun = back === "person" ? "people" : back.replace(/s$/, "");
      const group = [...groupsNamed].reverse().find((g) => new RegExp(`\\b${noun}s?\\b`, "i").test(g));
      if (group) return {speaker: group};
    }
    // "The official also said …": the unnamed official who spoke before ("A senior Foreign Ministry official said …"),
    // when one did and nobody was named since.
    const unnamed = /^the (official|diplomat|spokes(?:man|woman|person))$/i.exec(sub)?.[1]?.toLowerCase();
    if (unnamed) {
      const group = groupSince ? groupsNamed.at(-1) : undefined;
      // (with what the group's tail says of the official: "An official familiar with the talks said …")
      if (
        group &&
        new RegExp(
          String.raw`^(?:an?|one)\s.*\b${unnamed}(?:\s+(?:for|of|at|from|in|familiar with|close to|with knowledge of)\s[^,;]+)?$`,
          "i"
        ).test(group)
      )
        return {speaker: group};
    }
    // "the head of the Kyrgyz Foreign Ministry": the Kyrgyz foreign minister named before, else the office as written.
    const headOf = HEAD_OF_FOREIGN_MINISTRY.exec(sub);
    if (headOf) return (lastNamed = nationalMinisterBefore(headOf[1]!, body.slice(0, at)) ?? {speaker: sub});
    if (HEAD_OF_ALONE.test(sub)) return (lastNamed = {speaker: sub});
    // (an office is a person, whatever the case of its words: "the Head of Government" is no body of the government)
    if (!OFFICE.test(sub) && (INSTITUTION.test(sub) || /^the\s+\p{Lu}{2,6}$/u.test(sub))) {
      // "Analysts in Astana" speak as analysts, from Astana.
      const placed =
        /^(analysts|experts|observers|economists|diplomats|officials|bankers|investors|traders)\s+((?:in|from)\s+.+)$/iu.exec(
          sub
        );
      if (placed) return {speaker: placed[1]!, role: placed[2]!};
      lastInstitution = sub.replace(/^(?:the|its|their) /i, "the ");
      groupsNamed.push(sub);
      groupSince = true;
      if (DELEGATE_ALONE.test(sub)) return (lastNamed = {speaker: lastInstitution});
      return {speaker: lastInstitution};
    }
    if (PRONOUNS.test(sub)) {
      // "the Kyrgyz leader": the leader named before with that state ("President of Kyrgyzstan Sadyr Japarov",
      // "Kyrgyz President Sadyr Japarov"), whoever spoke last.
      const nat = /^the (\p{Lu}[\p{L}-]+) (?:leader|president|head of state)$/iu.exec(sub);
      const holder = nat ? (nationalLeaderBefore(nat[1]!, body.slice(0, at)) ?? personOf(nat[1]!)) : undefined;
      if (holder) return (lastNamed = holder);
      // "the Azerbaijani FM", "the Kazakh foreign minister", "the Kazakh minister": the minister named with that
      // nationality before (a minister's "Kazakh counterpart Yermek Kosherbayev" is one).
      const natMin = /^the (\p{Lu}[\p{L}-]+) (deputy (?:foreign )?)?(?:fm|foreign minister|minister)$/iu.exec(sub);
      const minister = natMin
        ? natMin[2]
          ? titledMinisterBefore(natMin[1]!, true)
          : (nationalMinisterBefore(natMin[1]!, body.slice(0, at)) ??
            personOf(natMin[1]!, /minister|counterpart/i) ??
            titledMinisterBefore(natMin[1]!, false))
        : undefined;
      if (minister) return (lastNamed = minister);
      // "the Kazakh envoy", "the Chinese diplomat": the person named before with that role, of that state.
      const natRole = /^the (\p{Lu}[\p{L}-]+) (envoy|ambassador|diplomat|official|spokes(?:man|woman|person))$/iu.exec(
        sub
      );
      const envoy = natRole ? personOf(natRole[1]!, new RegExp(natRole[2]!, "i")) : undefined;
      if (envoy) return (lastNamed = envoy);
      // (when no person named before belongs to the described state, the last person named does only if the
      // dictionary does not place them in another: "the Kazakh leader" after "Xi Jinping" is nobody)
      const described = nat ?? natMin ?? natRole;
      const code = described ? stateOf(described[1]!) : undefined;
      const lastState = lastNamed?.speaker ? stateOf(lastNamed.speaker) : undefined;
      if (code !== undefined && lastState !== undefined && lastState !== code) {
        unresolvedRole = true;
        return {};
      }
      // "the president", "the Head of State", "the minister": the office holder named before with that title, never
      // the article's expert.
      const office = OFFICE.exec(sub);
      if (office) {
        // Of several holders ("President of Kazakhstan X and President of Uzbekistan Y"), the one who spoke last.
        const holders = titledBefore(office[1]!, body.slice(0, at));
        const last = lastNamed?.speaker?.split(/\s+/).at(-1);
        const holder =
          holders.find((h) => last !== undefined && h.speaker.split(/\s+/).at(-1) === last) ?? holders.at(-1);
        const own = holder && /^minister$/i.test(office[1]!) ? homeMinister(holder.speaker) : undefined;
        if (own) return (lastNamed = own);
        if (holder) return (lastNamed = holder);
        if (lastNamed) return lastNamed;
      }
      // In an interview "he" is the interviewee; in a story that quotes several people, the person named last.
      if (main && (options.interview || !lastNamed))
        return {speaker: main.name, ...(main.role ? {role: main.role} : {})};
      // "she" / "he": the person named last whose gender (a title, a surname's ending, a pronoun said of them
      // before) does not contradict it; a person of unknown gender takes the pronoun's.
      const pronoun = /^(she|he)$/i.exec(sub)?.[1]?.toLowerCase();
      if (pronoun && lastNamed?.speaker) {
        const want = pronoun === "she" ? "f" : "m";
        // ("he" is a person: never an agency named in between, "According to OFAC, …")
        const fits = (x: {speaker?: string}) =>
          x.speaker !== undefined && !isBody(x.speaker) && genderOf(x.speaker) !== (want === "f" ? "m" : "f");
        const pick = fits(lastNamed) ? lastNamed : [...people].reverse().find(fits);
        if (pick?.speaker) {
          if (!genders.has(pick.speaker)) genders.set(pick.speaker, want);
          return (lastNamed = pick);
        }
      }
      return lastNamed ?? {};
    }
    // "The statement described Estonia as …" after "according to a statement from the Kazakh foreign ministry": a paper
    // speaks for the body that issued it, the last one named as issuing one.
    // "The European Union reiterated …", "The Asian Development Bank said …": an organisation speaks under its name.
    // "The Court considered …" after "the European Court of Human Rights": a body called by its head word alone is the
    // one the text first named in full with that head (a release's own court, bank or fund: its first subject).
    const head = SHORT_BODY.exec(sub)?.[1];
    if (head) {
      const full = new RegExp(
        String.raw`(?:\p{Lu}[\p{L}'’-]+\s+){1,4}${head}(?:\s+of(?:\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+){1,3})?(?![\p{L}'’-])`,
        "u"
      )
        .exec(body.slice(0, at))?.[0]
        .replace(/^(?:The|A|An|This|That|In|On|At|By|Its|Their)\s+/, "");
      if (full && /\s/.test(full)) return {speaker: (lastInstitution = full)};
    }
    const org = sub.replace(/^the\s+/i, "");
    if (ORG_NAME.test(org) && isOrganisation(org) && !isPersonLike(org)) return {speaker: (lastInstitution = org)};
    // "Foreign Minister Murat Nurtleu" → the name after the title words an expert list may know.
    const {name, title} = splitTitle(sub);
    const e = experts.find((x) => x.name === name || name.endsWith(x.name) || x.name.split(/\s+/).includes(name));
    // (a single name is a named person's surname, or the given name some languages call a person by: "Mr Maris" after
    // "Foreign Minister Maris Sangiampongsa")
    const before =
      named.find((x) => x.speaker === name || x.speaker.split(/\s+/).at(-1) === name) ??
      (name.includes(" ")
        ? undefined
        : (named.find((x) => /\s/.test(x.speaker) && x.speaker.split(/\s+/)[0] === name) ?? namesBefore(name, at)));
    // (a titled name that is not the full name's last word, "Minister Ahn" after "Minister … Ahn Duk-geun",
    // "Undersecretary Cárdenas" after "Emilio Cárdenas Villaseñor": a family name written first or the first of two
    // surnames, the person named in full before; a titled surname that ends the full name keeps the title's holder as
    // written, "President Berdimuhamedov")
    const inner = before !== undefined && /\s/.test(before.speaker) && before.speaker.split(/\s+/).at(-1) !== name;
    const who = e
      ? {speaker: e.name, ...(e.role ? {role: e.role} : {})}
      : before && (!title || /^(?:Mr|Mrs|Ms|Dr|Prof)\.?$/.test(title) || inner)
        ? before
        : {speaker: name, ...(title ? {role: title} : before?.role ? {role: before.role} : {})};
    if (!e && !before && who.speaker) named.push(who as {speaker: string; role?: string});
    remember(who);
    if (who.speaker && /^\p{Ll}/u.test(who.speaker)) groupsNamed.push(who.speaker);
    groupSince = false;
    lastNamed = who;
    return who;
  };
  // Sentences come in body order: the paragraph search goes on from the last one found.
  let paraAt = 0;
  const holds = (p: Paragraph, s: TextSentence) => s.start >= p.start && s.end <= p.end;
  const paraOf = (s: TextSentence) => {
    if (paragraphs[paraAt] && holds(paragraphs[paraAt]!, s)) return paraAt;
    for (let k = paraAt + 1; k < paragraphs.length; ++k) if (holds(paragraphs[k]!, s)) return (paraAt = k);
    return paragraphs.findIndex((p) => holds(p, s));
  };
  const quotes = quoteSpans(body);
  const standalone = turnLabels(paragraphs);
  const transcript = transcriptOf(paragraphs, body, experts, standalone);
  /** In a transcript, whose turn the current paragraph is (a turn runs over unlabelled paragraphs), when not an asker's. */
  let transcriptAnswer: {speaker: string; role?: string} | undefined;
  /** In a transcript of name lines, the asker whose turn the current paragraph is (a host's, an analyst's). */
  let askingTurn: string | undefined;
  // A briefing set as "Question (Outlet): …" / "Answer: …" paragraphs (no interview: nobody the header presents): the
  // answers, and the paragraphs that go on after them, are the title's person's.
  // (an interview whose header presents nobody, "Answers of the Minister … X to questions of …", is such a transcript too)
  const qa =
    (!options.interview || main === undefined) &&
    options.answerer !== undefined &&
    paragraphs.filter((p) => Q_LABEL.test(p.text)).length >= 2 &&
    paragraphs.filter((p) => A_LABEL.test(p.text)).length >= 2;
  /** In such a briefing, whose turn the current paragraph is. */
  let qaTurn: "question" | "answer" | undefined;
  const voices: Voice[] = [];
  let answering = false;
  let lastPara = -1;
  let paraSpeaker: {speaker?: string; role?: string} | undefined;
  /** The speaker of the previous sentence in this paragraph, when it was someone's speech. */
  let continuing: {speaker?: string; role?: string} | undefined;
  /** The speaker of the previous paragraph's quotation (a quotation can run over paragraphs). */
  let prevParaQuote: {speaker?: string; role?: string} | undefined;
  let paraQuote: {speaker?: string; role?: string} | undefined;
  let paraAttribution: {pi: number; m: RegExpExecArray | null; putIt?: RegExpExecArray | null} | undefined;
  /**
   * "Minister for Europe Stephen Doughty said:" as a paragraph of its own, then the minister's words set as plain
   * paragraphs with no quotation marks (a government release's house style): whose words the current paragraph is.
   */
  let colonSpeech: {speaker?: string; role?: string} | undefined;
  let colonParas = 0;
  /** The paragraph is labelled as the writer's own view ("Our take: …", "Our correspondent's view: …"). */
  let paraView = false;
  /** The sentence being read (for "It said …": the body one of the two sentences before was about). */
  let sentenceNo = -1;
  for (const s of sentences) {
    at = s.start;
    ++sentenceNo;
    const pi = paraOf(s);
    const p = paragraphs[pi];
    if (pi !== lastPara) {
      lastPara = pi;
      prevParaQuote = paraQuote;
      paraQuote = undefined;
      paraSpeaker = undefined;
      continuing = undefined;
      paraView = !!p && VIEW_LABEL.test(p.text);
      // (tested only after a paragraph ending in a colon, or while such words run on: most paragraphs are neither)
      const before = paragraphs[pi - 1]?.text.trim() ?? "";
      const opens = before.length < 200 && before.endsWith(":") && !QUOTE_MARK.test(before);
      if (opens || colonSpeech) {
        const plain = !!p && !QUOTE_MARK.test(p.text) && /[.!?]$/.test(p.text.trim()) && !NARRATED.test(p.text);
        if (plain && opens) {
          const who = PUT_IT.exec(before);
          const voice = who ? resolve(who[1]!) : undefined;
          colonSpeech = voice?.speaker ? voice : undefined;
          colonParas = 0;
        } else if (!plain || ++colonParas >= 4) colonSpeech = undefined;
      }
      if (transcript && p) {
        const label = labelOf(p.text, standalone);
        const who = label === undefined || transcript.askers.has(label) ? undefined : transcript.persons.get(label);
        // (a name line over an asker's turn: the paragraphs under it, to the next label, are the asker's)
        askingTurn =
          label !== undefined && standalone.has(label) && transcript.askers.has(label)
            ? label
            : label === undefined
              ? askingTurn
              : undefined;
        if (who) transcriptAnswer = who;
        else if (label !== undefined && transcript.askers.has(label)) transcriptAnswer = undefined;
        // An official's statement runs on over paragraphs that address the audience ("we", "our", "I", "you"); a
        // paragraph with none of them is the page's narration again (review G1).
        else if (
          label === undefined &&
          transcriptAnswer !== undefined &&
          transcript.officials.has(transcriptAnswer.speaker ?? "") &&
          !ADDRESS.test(unquoted(p.text))
        )
          transcriptAnswer = undefined;
      }
      if (qa && p) {
        if (Q_LABEL.test(p.text)) qaTurn = "question";
        else if (A_LABEL.test(p.text)) qaTurn = "answer";
        // (a heading or a closing line after the last answer is the briefing's again)
        else if (qaTurn === "question" || isHeadingLike(p.text)) qaTurn = undefined;
      }
      if (p && options.interview) {
        const isQuestion = isQuestionParagraph(p);
        // The paragraph after a question answers it (bold or plain questions, no dashes or labels).
        const afterQuestion = pi > 0 && !!paragraphs[pi - 1] && isQuestionParagraph(paragraphs[pi - 1]!);
        if (isQuestion) answering = false;
        else if (
          p.marker === "dash" ||
          answering ||
          afterQuestion ||
          A_LABEL.test(p.text) ||
          isExpertLabel(p.text, experts)
        )
          answering = true;
      }
    }
    const asking = transcript && p ? (labelOf(p.text, standalone) ?? askingTurn) : undefined;
    if (transcript && asking !== undefined && transcript.askers.has(asking)) {
      // (a host named in the labels asks in their own name; an outlet's questions are the byline's)
      const host = transcript.persons.get(asking)?.speaker ?? options.author;
      voices.push({kind: "question", ...(host ? {speaker: host} : {}), rule: "transcript-question"});
      continue;
    }
    const turn =
      transcript && transcriptAnswer
        ? {
            who: transcriptAnswer,
            // (an official record's speaker states a position: no expert's answer)
            rule: transcript.officials.has(transcriptAnswer.speaker) ? "transcript-statement" : "transcript-answer"
          }
        : qaTurn === "answer"
          ? {who: {speaker: options.answerer!}, rule: "qa-answer"}
          : undefined;
    if (turn) {
      // The turn's person is the default only: a sentence that names its own source ("Critics say …", "…, according
      // to the bank") is that source's, as outside a turn.
      const own = turnAttribution(s.text);
      const who = own ? resolve(own.subject) : undefined;
      if (who?.speaker && who.speaker !== turn.who.speaker) {
        voices.push({kind: own!.kind, ...who, rule: "turn-attribution"});
        continue;
      }
      voices.push({kind: "answer", ...turn.who, rule: turn.rule});
      continue;
    }
    if (qaTurn === "question") {
      voices.push({kind: "question", rule: "qa-question"});
      continue;
    }
    const question = p && options.interview && isQuestionParagraph(p);
    if (question) {
      voices.push({kind: "question", ...(options.author ? {speaker: options.author} : {}), rule: "interview-question"});
      continue;
    }
    if (answering && main) {
      voices.push({
        kind: "answer",
        speaker: main.name,
        ...(main.role ? {role: main.role} : {}),
        rule: "interview-answer"
      });
      continue;
    }
    if (colonSpeech) {
      voices.push({kind: "quote", ...colonSpeech, rule: "said-colon-paragraphs"});
      continue;
    }
    // A broadcast's sound bite, labelled with the speaker's name and affiliation before the quotation ("[Soundbite] Jane
    // Roe / Danube Institute : "…""): every sentence of the paragraph is the named person's.
    const bite = p ? SOUND_BITE.exec(p.text) : null;
    if (bite && isPersonLike(bite[1]!)) {
      const who = resolve(bite[1]!);
      if (who.speaker) {
        voices.push({
          kind: "quote",
          ...who,
          ...(!who.role && bite[2] ? {role: bite[2].trim()} : {}),
          rule: "sound-bite"
        });
        continue;
      }
    }
    // A sentence mostly quoted, or one that opens with a quotation closed by its attribution («…,» X told Y), or
    // the last sentence of a quotation that began in the sentence before ("… . It is so," said X, an analyst at Y).
    const inQuote =
      quotes.some((q) => s.start < q.end && s.end > q.start && overlap(s, q) > (s.end - s.start) / 2) ||
      (quotes.some((q) => s.start > q.start && s.start < q.end && s.end > q.end) && afterQuote(s.text) !== null) ||
      (/^["“«„]/.test(s.text) && AFTER_QUOTE.test(s.text)) ||
      // A short quoted sentence after a quotation in the same paragraph: «…,» said X. «It is so.»
      (paraSpeaker?.speaker !== undefined && /^["“«„][^"“”«»„]+["”»]$/.test(s.text.trim()));
    if (inQuote) {
      const attr = afterQuote(s.text) ?? beforeQuote(s.text);
      // 'According to X, the summit "will show …"': a quotation the sentence attributes with "according to".
      const according = attr ? null : ACCORDING.exec(s.text);
      // (a sentence whose own subject, a person named by name, opens it before a verb of its own: 'Kosherbayev, for
      // his part, called Luxembourg "one of the most important doors …"' is Kosherbayev's, whoever spoke before; 35)
      const opener = attr || according ? null : OPENING_SUBJECT.exec(s.text);
      if (attr) paraSpeaker = resolve(subjectOf(attr)!);
      else if (according && subjectOf(according)) paraSpeaker = resolve(subjectOf(according)!);
      else if (opener) paraSpeaker = resolve(opener[1]!);
      else if (!paraSpeaker && p) {
        // The attribution may sit in a later sentence of the same paragraph, or end the paragraph before.
        // (The paragraph's attribution is read once per paragraph: every quoted sentence of it asks the same.)
        if (paraAttribution?.pi !== pi)
          paraAttribution = {
            pi,
            m: afterQuote(p.text) ?? beforeQuote(body.slice(Math.max(0, p.start - 300), p.start) + p.text)
          };
        const m = paraAttribution.m;
        if (m) paraSpeaker = resolve(subjectOf(m)!);
        else if (prevParaQuote?.speaker && /^["“«„]/.test(p.text)) paraSpeaker = prevParaQuote;
        else if (/^["“«„]/.test(p.text)) {
          // "Karimov put it simply:" — a paragraph that ends with a colon introduces the quotation after it.
          const before = paragraphs[pi - 1]?.text ?? "";
          if (paraAttribution.putIt === undefined)
            paraAttribution.putIt = /:\s*$/.test(before) ? PUT_IT.exec(before) : null;
          const who = paraAttribution.putIt;
          if (who) paraSpeaker = resolve(who[1]!);
        }
      }
      if (!paraSpeaker && main && options.interview) {
        voices.push({
          kind: "quote",
          speaker: main.name,
          ...(main.role ? {role: main.role} : {}),
          rule: "quote-main-expert"
        });
        continue;
      }
      // After a quotation the author speaks again (in an analysis, often about the speaker): no continuation.
      continuing = undefined;
      if (paraSpeaker?.speaker) paraQuote = paraSpeaker;
      voices.push({
        kind: "quote",
        ...(paraSpeaker ?? {}),
        rule: attr ? "quote-attribution" : according ? "quote-according-to" : "quote-paragraph"
      });
      continue;
    }
    // "…, a step many in Kazakhstan saw as a warning shot": the view is the group's.
    const seen = SEEN_AS.exec(s.text);
    if (seen) {
      voices.push({
        kind: "reported",
        speaker: seen[1]!.replace(/^(?:Many|Some|Most|Few)\b/, (w) => w.toLowerCase()),
        rule: "seen-as"
      });
      continue;
    }
    const example = /,\s*(?:such as|including|among them|like)\s/.test(s.text) ? SUCH_AS.exec(s.text) : null;
    if (example) {
      const who = resolve(example[2]!);
      const role = example[1]!.trim();
      if (who.speaker) {
        const voice = {...who, ...(!who.role && role ? {role} : {})};
        continuing = voice;
        voices.push({kind: "reported", ...voice, rule: "reported-example"});
        continue;
      }
    }
    // (No word pre-test: a case-insensitive Unicode test of the ~200 verbs at every position cost three times the
    // three patterns, whose anchors — a comma, a clause opening, "according to" — fail fast.)
    // "APP adds: Prime Minister X, while receiving …, said …", "Editor's note: …": a label of a few words before a
    // colon is no speaker when the clause after it names its own, or has a verb of saying of its own ("APP adds: the
    // port authority said …"; "Tokayev said: …" with no such verb after it is Tokayev's).
    const label = LABEL_HEAD.exec(s.text);
    const labelled = label ? REPORTED.exec(s.text.slice(label[0].length)) : null;
    if (labelled) labelled.index += label![0].length;
    // ("That said, …", "Having said that, …": the idiom of concession opens the writer's sentence, no report)
    const unconceded = s.text.replace(CONCEDING_SAID, (m) => " ".repeat(m.length));
    const plain = labelled ? null : REPORTED.exec(unconceded);
    const inLabel =
      label !== null && plain !== null && plain.index < label[0].length && SAYS.test(s.text.slice(label[0].length));
    // ("X noted that the canal could divert …, according to estimates by …": the subject's own verb of saying names the
    // speaker; an "according to" after it sources what was said, or a figure in it)
    const according = ACCORDING.exec(s.text);
    // (and "According to the ministry, X said …": the source opening the sentence passes the words on, the clause's
    // own subject says them)
    const subjectFirst =
      according &&
      !inLabel &&
      plain &&
      /according to/i.test(according[0]) &&
      (plain.index < according.index ||
        (according.index === 0 &&
          plain.index >= according[0].length &&
          !/^(?:he|she|they|it)$/i.test(subjectOf(plain)?.trim() ?? "")))
        ? plain
        : null;
    const rep =
      subjectFirst ??
      according ??
      VIEW_OF.exec(s.text) ??
      FOR_VIEW.exec(s.text) ??
      labelled ??
      (inLabel ? null : plain) ??
      reportedEnd(s.text) ??
      SIDE_COMMITS.exec(s.text);
    // "Nurtleu thanked the hosts and emphasized that …": the second verb of saying has the first verb's subject.
    const lead = !rep && SECOND_REPORT.test(s.text) ? LEAD_SUBJECT.exec(s.text.replace(WIRE_LEAD, "")) : null;
    const leadSubject = lead?.[1];
    const subject =
      subjectOf(rep) ??
      (leadSubject &&
      (PRONOUNS.test(leadSubject.trim().replace(/^The /, "the ")) ||
        OFFICE.test(leadSubject.trim().replace(/^The /, "the ")) ||
        // (a body that speaks: "The Kazakh side reaffirmed … and recognizes that …")
        INSTITUTION.test(leadSubject.trim().replace(/^The /, "the ")) ||
        isPersonLike(splitTitle(leadSubject).name) ||
        // (a title before a surname, "Minister Motegi", "President Lee": an office holder named as such)
        titledSurname(leadSubject.trim()) ||
        named.some((x) => x.speaker.split(/\s+/).at(-1) === leadSubject.trim()) ||
        isPersonLike(namesBefore(leadSubject.trim(), at)?.speaker ?? ""))
        ? leadSubject
        : undefined);
    // "Sa'ar went further: Kazakhstan, he wrote, was …": a pronoun set inside the sentence is its subject's.
    if (subject && rep && rep.index > 0 && /^(?:he|she)$/i.test(subject.trim())) {
      const own = narratedPerson(
        s.text.slice(0, rep.index),
        (w) => named.find((x) => x.speaker.split(/\s+/).at(-1) === w) ?? namesBefore(w, at)
      );
      if (own) {
        lastNamed = own;
        remember(own);
      }
    }
    // "…, officials have said, and I do not expect that to change": the author's own view after the reported clause.
    if (rep && options.author && !options.interview && AUTHOR_ASIDE.test(s.text.slice(rep.index + rep[0].length))) {
      continuing = undefined;
      voices.push({kind: "narration", speaker: options.author, rule: "author-aside"});
      continue;
    }
    // "Mongolia sees China as its market" is no speaker's view: only a person "sees X as Y".
    const seesAs = rep !== null && /\b(?:sees|saw|views|viewed|regards|regarded)$/.test(rep[0]);
    if (
      subject &&
      (!seesAs || isPersonLike(splitTitle(subject.trim()).name)) &&
      (experts.length > 0 ||
        lastNamed ||
        !PRONOUNS.test(subject) ||
        INSTITUTION.test(subject) ||
        // "The Head of State noted …" after a lead naming "President Kassym-Jomart Tokayev" (behind a dateline)
        OFFICE.test(subject.trim().replace(/^The /, "the ")))
    ) {
      const who = resolve(subject);
      if (who.speaker) {
        // (a statistics office or a database gives figures, not a view the next sentences go on with; and "according to
        // X" sources its own sentence only: English marks each sentence it sources, so the next is the narration's)
        continuing = DATA_SOURCE.test(who.speaker) || /\baccording to\b/i.test(s.text) ? undefined : who;
        voices.push({kind: "reported", ...who, rule: "reported-speech"});
        continue;
      }
      // (review H18: "The Kazakh leader said …" when nobody of that state is known speaks for itself, unresolved:
      // never the previous speaker's continued speech)
      if (unresolvedRole) {
        continuing = undefined;
        voices.push({kind: "reported", rule: "reported-unresolved"});
        continue;
      }
    }
    // A verb of saying after a subject of a shape the patterns above do not know ("the Leader of the Nation X noted
    // …", "<State>'s Ambassador to <State> X said …", "A senior official at the foreign ministry told me …").
    const spokenBy = speechSubject(unconceded);
    const namedBefore = lastNamed;
    const spoken = spokenBy ? resolve(spokenBy) : undefined;
    // (a description with no name, "the head of Russian diplomacy", is nobody a later "he" means)
    if (spoken?.speaker && !isPersonLike(spoken.speaker)) lastNamed = namedBefore;
    if (spoken?.speaker) {
      // (no continuation: the sentences after it are the narration's unless a pattern above reads them as speech)
      continuing = undefined;
      voices.push({kind: "reported", ...spoken, rule: "reported-subject"});
      continue;
    }
    // A sentence that goes on with the reported view of the sentence before it, in the same paragraph
    // ("Abishev believes that … . This indicates that …"), unless the news framing comes back.
    // Indirect speech is in the third person: "we", "our", "I" outside quotation marks are the writer's own; another
    // actor doing something in the past ("Beijing made no comment.") is the narration's again. Either ends the speech.
    if (continuing?.speaker && (FIRST_PERSON.test(unquoted(s.text)) || otherActorActed(s.text, continuing.speaker)))
      continuing = undefined;
    if (
      continuing?.speaker &&
      !/\b(he|she|his|her|him|he['’]s|she['’]s)\b/i.test(s.text) &&
      // a new person acting ("Energy Minister Aidar Bekov promised …") is the narration's again
      !newActor(s.text, continuing.speaker) &&
      // (nor a role of another state as the subject: "The Russian leader called …" after Tokayev; review H18)
      !otherStateRole(s.text, continuing.speaker) &&
      !/^(earlier|meanwhile|previously|in (?:a|an|the) [a-z]+ (?:statement|report)|it was reported)\b/i.test(s.text) &&
      // a sentence about the statement itself ("The statement was carefully worded") is the writer's
      !SPEECH_AS_SUBJECT.test(s.text) &&
      !/\breported\b/.test(s.text) &&
      // the speaker acting ("The Sides agreed to deepen …", "She signed …") is the narration's again
      !SUBJECT_ACTED.test(s.text)
    ) {
      voices.push({kind: "reported", ...continuing, rule: "continued-speech"});
      continue;
    }
    // A person named as the subject of the narration ("Government spokeswoman Aigul Asanova rejected …") is whom a
    // later "she told reporters" means.
    const persons = narratedPeople(
      s.text,
      (w) =>
        named.find((x) => x.speaker.split(/\s+/).at(-1) === w) ??
        people.find((x) => x.speaker.split(/\s+/).at(-1) === w) ??
        namesBefore(w, at) ??
        // (a panellist or a witness the page lists above the text, "Professor Jane Roe, …", later named by the surname
        // alone: "Professor Roe disagreed. She said …")
        expertBySurname(w)
    );
    if (persons.length > 0) {
      lastNamed = persons[0];
      for (const p of persons) remember(p);
    } else {
      // ("For Jane Roe, a Baltic analyst, the visit comes late. "…," she said": the person the view opens with)
      const forPerson = FOR_PERSON.exec(s.text)?.[1];
      if (forPerson && isPersonLike(forPerson)) {
        const who = named.find((x) => x.speaker === forPerson) ?? {speaker: forPerson};
        if (!named.includes(who)) named.push(who);
        lastNamed = who;
        remember(who);
      }
    }
    // Speech inside the narrated sentence: a participle or a relative clause of saying.
    const inner = embeddedSpeech(s.text);
    let resolved = inner ? resolve(inner.subject) : undefined;
    // (a pronoun nobody named as a speaker answers to: the subject of the sentence before, "Norway's fisheries minister
    // X visited … . She inspected …, saying …")
    if (inner && !resolved?.speaker && /^(?:he|she|they)$/i.test(inner.subject) && sentenceNo > 0) {
      const before = mainSubject(sentences[sentenceNo - 1]!.text);
      if (before) resolved = resolve(before);
    }
    // (a description no one named before answers to, "The minister gave a speech, in which she called …", speaks as
    // written; a pronoun with nobody before it speaks for nobody)
    const innerWho =
      inner && !resolved?.speaker && !/^(?:he|she|they)$/i.test(inner.subject)
        ? {speaker: inner.subject.replace(/^The /, "the ")}
        : resolved;
    voices.push({
      kind: "narration",
      ...(options.author ? {speaker: options.author} : {}),
      rule: paraView ? "labelled-view" : "narration",
      ...(inner && innerWho?.speaker
        ? {
            embedded: {
              speaker: innerWho.speaker,
              ...(innerWho.role ? {role: innerWho.role} : {}),
              from: inner.from,
              rule: inner.rule,
              ...(inner.evaluative ? {evaluative: true} : {}),
              // (a person speaks, not a state or a body: "it" after "saying" is then a thing, not the speaker's side)
              ...(/^(?:he|she)$/i.test(inner.subject) ||
              isPersonLike(innerWho.speaker) ||
              /\b(?:minister|president|premier|chancellor|ambassador|envoy|spokes(?:man|woman|person)|official|diplomat|analyst|expert|economist|professor|secretary|leader|chairman|chairwoman|mayor|governor|adviser|advisor|aide|senator|lawmaker)$/i.test(
                inner.subject
              )
                ? {person: true}
                : {})
            }
          }
        : {})
    });
  }
  bodyCommentary(sentences, voices, options.author);
  relativeSpeakers(sentences, voices);
  return voices;
}

/**
 * A speaker's sentence that ends in a relative clause of another's saying or judging: "X warned that …, a remark that
 * the Armenian Foreign Ministry called "unacceptable"", "… to 95 million euros, a rise that EU officials regard with
 * suspicion", "…, which diplomats expect to be held later this year". The relative is its own subject's words (the
 * claims cut it off as that speaker's claim); the rest stays the sentence's speaker's. A pronoun's relative ("…, which
 * he called …") is the speaker's own, and a relative inside the sentence ("the line, which X sees as …, will …") is left
 * as it was.
 */
function relativeSpeakers(sentences: readonly TextSentence[], voices: Voice[]): void {
  voices.forEach((v, i) => {
    if ((v.kind !== "reported" && v.kind !== "quote") || v.embedded || !v.speaker) return;
    const text = sentences[i]!.text;
    const inner = embeddedSpeech(text);
    if (inner?.rule !== "relative-of-saying" || /^(?:he|she|they|it|we|I)$/i.test(inner.subject)) return;
    // (to the sentence's end: no comma after the relative's start but inside its quotation)
    if (/,\s/.test(unquoted(text.slice(inner.from)))) return;
    const speaker = inner.subject.replace(/^The /, "the ");
    // (the same group with its place: "a move that analysts in Astana read as …" is the sentence's "analysts in Astana")
    if (speaker === v.speaker || v.speaker.endsWith(speaker) || v.speaker.startsWith(`${speaker} `)) return;
    voices[i] = {...v, embedded: {speaker, from: inner.from, rule: "relative-of-saying"}};
  });
}

/**
 * A body's commentary in its own voice: the lead tells what the body says in the present ("Calloway Ratings-London-05
 * September 2024: Uzbekistan's ties … expose the sovereign to …, Calloway Ratings says.", as rating agencies and
 * research houses write their comments), and the narration then speaks as "we" ("We believe …", "In our view, …").
 * No writer signs such a page: its narration is the body's, every sentence of it (a form line above the text, "Non-Rating
 * Action Commentary", is no author). Not a news story's lead ("…, the IMF says.") whose narration never says "we".
 */
const BODY_SAYS = /,\s+((?:\p{Lu}[\p{L}&'’.-]*)(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|for|and|&)){0,5})\s+says\.$/u;
/** The first person plural outside quotation marks: "We expect", "in our view", "our 'BB' peer group". */
const WE = /(?:^|[\s(])(?:[Ww]e|[Oo]ur|[Uu]s)\b/;
/** The head of a body's name: "… Ratings", "… Research", "… Investors Service", "… Group", an acronym. */
const BODY_HEAD =
  /(?:\b(?:Ratings?|Research|Group|Institute|Bank|Fund|Agency|Analytics|Service|Services|Intelligence|Economics|Capital|Partners|Centre|Center|Council|Foundation|Corporation|Limited|Ltd|Inc|Securities|Advisory|Associates|Commission|Ministry|Organi[sz]ation|Association|Federation)|^\p{Lu}{2,6}|['’]s)$/u;
function bodyCommentary(sentences: readonly TextSentence[], voices: Voice[], author: string | undefined): void {
  const body = sentences[0] ? BODY_SAYS.exec(sentences[0].text)?.[1] : undefined;
  if (!body || !BODY_HEAD.test(body) || voices[0]?.speaker !== body) return;
  const narrated = voices.flatMap((v, i) => (v.kind === "narration" ? [i] : []));
  // (the narration speaks as "we" twice or more, outside quotations)
  if (narrated.filter((i) => WE.test(unquoted(sentences[i]!.text))).length < 2) return;
  for (const i of narrated)
    if (voices[i]!.speaker === author && voices[i]!.rule === "narration")
      voices[i] = {...voices[i]!, speaker: body, rule: "body-commentary"};
}

/** A title before a name, as {@link nameGender}'s pattern starts: a body without it has no titled name. */
const TITLE = /\b(?:Mrs|Ms|Miss|Madam|Madame|Mr|Sir)\.?\s/u;
/** The last body {@link nameGender} looked into, and where its first title is (-1: none). */
let titleBody: string | undefined;
let titleAt = -1;

/**
 * A person's gender where the text or the name says it: a title before the surname somewhere in the body ("Ms.
 * Nurova", "Mr Lee", "Madam Chair Seitova"), else the ending of a Slavic or Central Asian surname ("-ova", "-eva",
 * "-skaya" a woman's; "-ov", "-ev", "-sky" a man's). Undefined when neither tells.
 */
export function nameGender(name: string, body: string): "f" | "m" | undefined {
  const surname = name.split(/\s+/).at(-1)!.replace(/[.,]$/, "");
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) return undefined;
  // (the pattern is made only where the body writes a title and the surname after it: most bodies have no title)
  if (titleBody !== body) [titleBody, titleAt] = [body, TITLE.exec(body)?.index ?? -1];
  const titled = (
    titleAt >= 0 && body.includes(surname, titleAt)
      ? new RegExp(
          `\\b(Mrs|Ms|Miss|Madam|Madame|Mr|Sir)\\.?\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}${surname}(?![\\p{L}])`,
          "u"
        )
      : undefined
  )?.exec(body)?.[1];
  if (titled) return /^(?:Mr|Sir)$/.test(titled) ? "m" : "f";
  if (/(?:ova|eva|yova|iyeva|ayeva|skaya|tskaya|kaya)$/.test(surname)) return "f";
  if (/(?:ov|ev|yov|iyev|ayev|sky|skiy|skii)$/.test(surname)) return "m";
  return undefined;
}

/**
 * A paragraph labelled as the writer's own view: "Our take: …", "Our correspondent's view: …", "Analysis: …", "Why it
 * matters: …". Its narration judges, with or without a word of judgement.
 */
const VIEW_LABEL =
  /^(?:our (?:take|view|verdict|assessment|analysis|comment)|(?:(?:our|the) )?(?:correspondent|editor|analyst|reporter|columnist)['’]s (?:view|take|analysis|note|comment|verdict)|(?:analysis|comment|view|why it matters|what it means|the bottom line|bottom line|the takeaway|takeaway|the big picture|big picture|yes,? but|reality check|(?:our )?thought bubble))\s*:\s/iu;
/** The first and second person: a speaker addressing an audience. */
const ADDRESS = /\b(?:I|we|We|our|Our|us|my|My|me|you|You|your|Your)\b/;
/** "I", "we", "our", "us", "my": the first person. */
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My|me)\b/;

/** The text with its quotations taken out. */
function unquoted(t: string): string {
  return t.replace(/["“«„][^"“”«»„]*["”»“]/g, " ");
}

/** "Beijing made no comment.": a one-word name other than the speaker's, then a verb in the past. */
function otherActorActed(text: string, speaker: string): boolean {
  const m =
    /^(\p{Lu}[\p{L}'’-]+)\s+(?:has\s+|had\s+|also\s+|then\s+)?(?:\p{Ll}+ed|made|gave|took|held|met|sent|did|kept|left|won|lost|paid|sold|bought|brought|told|said|sought|struck|began|spent)\b/u.exec(
      text
    );
  if (!m) return false;
  const w = m[1]!;
  return (
    !/^(?:It|This|That|These|Those|Such|There|He|She|They|We|I|The|A|An|But|And|So|Yet|Its|Their|His|Her)$/.test(w) &&
    !speaker.split(/\s+/).includes(w)
  );
}

/**
 * Office nouns after "the": the holder is the person named before with that title ("the deputy prime minister" →
 * "Deputy Prime Minister Serik Zhumangarin").
 */
const OFFICE =
  /^the ((?:(?:deputy|first|vice|prime|foreign|defen[cs]e|energy|finance|economy|economic|trade|interior|agriculture|transport)\s+){0,3}(?:president|head of state|head of government|prime minister|minister|premier|secretary(?:[\s-]general)?|director[\s-]general|under-?secretary|chairman|chairwoman|ambassador|envoy|cardinal|archbishop|bishop|patriarch|pope|sheikh|emir|king|queen|crown prince|prince|governor|mayor|chancellor|commissioner))$/iu;

/**
 * Patterns made from a title or a state's adjective (a few dozen distinct ones), kept once made: a pattern made again
 * from its source is parsed and compiled again once V8's cache of sources has let it go, and these are long (5–18 ms
 * of compiling each). Used without a copy ({@link matchesOf}, `test`/`exec` of a pattern without the g flag).
 */
const KEPT = new Map<string, RegExp>();
function kept(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = KEPT.get(key);
  if (!re) {
    if (KEPT.size >= 1000) KEPT.clear();
    KEPT.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}

/**
 * The people named with an office's title before `text` ends, in order: "the president" → "Kassym-Jomart Tokayev"
 * after "President Kassym-Jomart Tokayev"; "the Head of State" is the president.
 */
/** A deputy's title in an apposition after the name: "X, Uzbekistan's First Deputy Minister". */
const DEPUTY_IN = /,\s+(?:[^,]*\s)?(?:[Dd]eputy|[Vv]ice)[\s-]/u;
function titledBefore(office: string, text: string): {speaker: string; role?: string}[] {
  // ("secretary-general" is the title "Secretary General", written with a space or a hyphen)
  const o = office.toLowerCase().replace(/-/g, " ");
  const title =
    o === "head of state"
      ? "President"
      : o === "head of government"
        ? "Prime Minister"
        : o.replace(/(^|\s)(\p{L})/gu, (_m, a: string, c: string) => a + c.toUpperCase());
  // "President Kassym-Jomart Tokayev", "President of the Republic of Kazakhstan Kassym-Jomart Tokayev".
  // (a title written with a hyphen, "Director-General", and a name with an initial, "Feridun H. Sinirlioğlu")
  const re = kept(
    `\\b${title.replace(/[\s-]+/g, "[\\s-]+")}\\s+(?:of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?\\p{Lu}[\\p{L}-]+\\s+){0,2}((?:\\p{Lu}[\\p{L}'’-]+\\s+|\\p{Lu}\\.\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)`,
    "gu"
  );
  // (and in an apposition, either way round: "Saeed Al Maawali, Minister of Transport, opened …", "Arman Shakkaliyev,
  // Kazakhstan's trade minister, said …", "the Minister of Trade of Kazakhstan, Mr. Arman Shakkaliyev, …")
  const anyCase = title
    .split(/\s+/)
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`)
    .join("[\\s-]+");
  const after = kept(
    `(${NAME}),\\s+(?:(?:the|\\p{Lu}[\\p{L}'’-]+['’]s)\\s+)?(?:(?:\\p{Lu}[\\p{L}-]*|deputy|first|vice|prime|foreign|acting|${PORTFOLIO})\\s+){0,3}${anyCase}(?![\\p{L}'’-])`,
    "gu"
  );
  const before = kept(
    `\\b${anyCase}(?:\\s+(?:of|for|and|the|\\p{Lu}[\\p{L}-]*)){0,10},\\s+(?:(?:Mr|Mrs|Ms|Dr|Shri|Smt)\\.?\\s+)?(${NAME})(?=[,.;]|\\s+\\p{Ll})`,
    "gu"
  );
  // (a deputy holds another office: "the minister" is not "First Deputy Minister of Foreign Affairs X" when the office
  // asked for is no deputy's, "Vice President X" is not "the president")
  const deputy = /\b(?:deputy|vice)\b/.test(o) ? undefined : /\b(?:[Dd]eputy|[Vv]ice)[\s-]+$/u;
  const found: {at: number; name: string}[] = [];
  for (const m of matchesOf(re, text))
    if (!deputy?.test(text.slice(Math.max(0, m.index - 12), m.index))) found.push({at: m.index, name: m[1]!});
  // (an apposition's name is a person's: not "In Astana, the President …")
  for (const r of [after, before])
    for (const m of matchesOf(r, text))
      if (
        isPersonLike(splitTitle(m[1]!).name) &&
        !(deputy && (r === before ? deputy.test(text.slice(Math.max(0, m.index - 12), m.index)) : DEPUTY_IN.test(m[0])))
      )
        found.push({at: m.index, name: m[1]!});
  const out: {speaker: string; role?: string}[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) {
    const {name} = splitTitle(f.name);
    if (name.split(/\s+/).length >= 2) out.push({speaker: name, role: title});
  }
  return out;
}

/** The last leader named with a state's adjective ("Kyrgyz President X") or its name ("President of Kyrgyzstan X"). */
function nationalLeaderBefore(adjective: string, text: string): {speaker: string; role?: string} | undefined {
  const a = adjective.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const NAME2 = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})";
  const re = kept(
    `(?:\\b${a}\\s+(?:President|[Ll]eader)\\s+${NAME2}|\\b(?:President|[Ll]eader)\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?${a}\\p{L}*(?:\\s+Republic)?\\s+${NAME2})`,
    "gu"
  );
  let found: string | undefined;
  for (const m of matchesOf(re, text)) found = m[1] ?? m[2];
  return found ? {speaker: found, role: "President"} : undefined;
}

/**
 * The last minister named with a state's adjective ("Azerbaijani Foreign Minister X", "Kazakh Deputy Prime Minister -
 * Foreign Minister Y").
 */
function nationalMinisterBefore(adjective: string, text: string): {speaker: string; role?: string} | undefined {
  const a = adjective.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = kept(
    `\\b${a}\\s+(?:(?:Deputy|First|Vice|Prime|Foreign|Acting)\\s+|Minister\\s+[-–—]\\s+)*Minister(?:\\s+of\\s+(?:Foreign\\s+Affairs|\\p{Lu}[\\p{L}-]+))?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})`,
    "gu"
  );
  let found: string | undefined;
  for (const m of matchesOf(re, text)) found = m[1];
  return found ? {speaker: found, role: "Minister"} : undefined;
}

/** True when the sentence opens with a titled or full name, other than `speaker`, doing something. */
function newActor(text: string, speaker: string): boolean {
  return narratedSubjects(text).some(
    ({name}) => name.split(/\s+/).length >= 2 && name !== speaker && !speaker.endsWith(name)
  );
}

/** A state's office holder described as the sentence's subject: "The Russian leader …", "The Kyrgyz minister …". */
const STATE_ROLE_SUBJECT =
  /^the (\p{Lu}[\p{L}-]+) (?:leader|president|head of state|prime minister|premier|minister|fm|foreign minister|envoy|ambassador|diplomat|official|spokes(?:man|woman|person))\b/iu;

/** The author's own clause after a reported one: "…, officials have said, and I do not expect that to change". */
const AUTHOR_ASIDE =
  /^[^"“”«»]*?[,;]\s*(?:and|but|yet)\s+I\s+(?:do not\s+|don['’]t\s+|would\s+|also\s+|still\s+|fully\s+)?(?:expect|think|believe|suspect|doubt|see|agree|disagree|share|fear|hope)\b/;

/**
 * The body a sentence is about, as its subject: "The Asian Development Bank's annual outlook was …", "The Kazakh
 * Foreign Ministry's own statement was …", "The Ministry of Energy said …".
 */
const BODY_SUBJECT = new RegExp(
  String.raw`^(?:(?:In|On|At|By)\s[^,]{1,40},\s+)?((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.-]+\s+){0,5}(?:Ministry|Bank|Fund|Commission|Council|Union|Organi[sz]ation|Agency|Office|Government|Kremlin|Committee|Secretariat|Service|Department|Embassy|Corporation|Company|Institute|Court|Parliament|Cabinet|Administration|Treasury)(?:\s+of(?:\s+(?:the|and|\p{Lu}[\p{L}'’.-]+)){1,6})?)(?:['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|report|outlook|readout|communiqu[eé]|response|reaction|position|assessment|review|forecast|update|note|letter|announcement))?\s+\p{Ll}`,
  "u"
);
/**
 * A publication named with its kind before its name, as the subject: "State newspaper Paymoni Dushanbe reports …",
 * "Opposition website Paykon Online is sceptical …", "The weekly Vremya writes …" (a press review's sources).
 */
const OUTLET_SUBJECT =
  /^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:newspaper|daily|weekly|website|news site|portal|paper|news agency|agency|outlet|broadcaster|channel|magazine|journal|tabloid)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:,\s+[^,]{1,80},)?\s+\p{Ll}/u;
function bodySubject(text: string): string | undefined {
  const m = BODY_SUBJECT.exec(text);
  if (m) return m[1]!.replace(/^The\s/, "the ");
  return OUTLET_SUBJECT.exec(text)?.[1];
}

/** ", a step many in Kazakhstan saw as …", ", a move critics viewed as …": a group's view of the act just told. */
const SEEN_AS =
  /,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:step|move|decision|measure|ban|gesture|visit|deal|statement|vote|signal|decree|law|proposal)\s+(?:that\s+|which\s+)?((?:many|some|most|few|critics|analysts|observers|experts|officials|diplomats|commentators|economists)(?:\s+(?:in|from)\s+\p{Lu}[\p{L}-]+)?)\s+(?:saw|see|viewed|view|regarded|regard|interpreted|described|called|read)\s+as\b/u;

/** A sentence whose subject is the speech reported before it: the writer speaks about it. */
const SPEECH_AS_SUBJECT =
  /^(?:the|his|her|their|its|this|that|such an?)\s+(?:\p{L}+\s+)?(?:statement|remarks?|comments?|announcement|refusal|answer|reply|response|wording|words|message|speech|address|decision|position)\b/iu;

/** A second verb of saying after "and" ("… and emphasized that", "… and expressed confidence that"). */
const SECOND_REPORT = cue(
  new RegExp(
    String.raw`\band\s+(?:also\s+)?(?:noted|stated|stressed|emphasi[sz]ed|underlined|said|added|pointed out|warned|reaffirmed|reiterated|recogni[sz]e[sd]? that|(?:believes?|considers?) that|${ADVOCACY}|called (?:for|on)|urged|expressed\s+${EXPRESSION_MODIFIERS}(?:confidence|hope|concern|conviction|regret))\b`
  )
);
/** A title word of the title lexicon before one capitalised name: "Minister Motegi", "Foreign Minister Kulubaev". */
function titledSurname(s: string): boolean {
  const {name, title} = splitTitle(s);
  return title !== undefined && title !== "" && /^\p{Lu}[\p{Ll}'’-]+$/u.test(name) && !/^the\s/i.test(s);
}
/** A wire lead before the first sentence's subject ("ALMATY, Kazakhstan -- ", "BAKU (Agency) - "). */
const WIRE_LEAD =
  /^\p{Lu}[\p{Lu}'’.-]+(?:[ /]\p{Lu}[\p{Lu}'’.-]+)*(?:,\s*\p{Lu}[\p{L}]+)?(?:\s*\([^)]{2,40}\))?\s*(?:--|[-–—]|:)\s+/u;
/** A sentence's subject after at most one opening phrase ("For his part, Nurtleu thanked …"). */
const LEAD_SUBJECT = spelledRegExp(`^(?:[^,"“«]{2,60},\\s+)?${SUBJECT}${LINK}\\s+\\p{Ll}+`, "u");
/** A name opening a clause, an apposition allowed ("Jane Roe, who runs a firm in Osh, has …"), then a lower-case word. */
const NARRATED_SUBJECT = new RegExp(
  `^(?!(?:The|If|Unless|Whether|Were|Had|Should)\\s)(${OF_TITLED_NAME}|${TITLED_NAME}|\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:${PARTICLE}\\s+)*\\p{Lu}[\\p{L}'’-]+){0,2})(?:,\\s+(?:who|whose)\\b[^.;"“«]*?,)?${LINK}\\s+\\p{Ll}+`,
  "u"
);

/**
 * The narration's subject: the titled or capitalised name that opens the sentence, after a wire lead, and the one
 * after at most one opening phrase ("At the market in Osh, Jane Roe points to …", "Back in Osh, Roe is unconvinced.").
 * One definition for both of its uses: a new actor ends a reported speech ({@link newActor}), a person is whom a
 * later "he" means ({@link narratedPerson}).
 */
function narratedSubjects(text: string): {name: string; title?: string}[] {
  const t = text.replace(WIRE_LEAD, "");
  const out: {name: string; title?: string}[] = [];
  // (the three readings are mostly one text: a text read already, the one before or the first, gives what it gave,
  // without its patterns run again)
  const read: {u: string; names: string[]}[] = [];
  for (const u of [t, t.replace(/^[^,"“«]{2,80},\s+/, ""), text.slice(subjectStart(text))]) {
    let names = read.find((r) => r.u === u)?.names;
    if (!names) {
      names = [];
      read.push({u, names});
      const m = NARRATED_SUBJECT.exec(u);
      if (m) {
        names.push(m[1]!);
        // ("X and Commission President Y flew …": Y is a subject too)
        const and = SECOND_SUBJECT.exec(u.slice(m.index + m[1]!.length));
        if (and) names.push(and[1]!);
      }
    }
    for (const name of names) out.push(splitTitle(name));
  }
  return out;
}

/** A surname alone with its particles: "Von der Leyen", "van der Bellen". */
const SURNAME_WITH_PARTICLES = new RegExp(`^\\p{Lu}\\p{Ll}*(?:\\s+${PARTICLE})+\\s+\\p{Lu}[\\p{L}'’-]+$`, "u");
/** A second titled subject joined by "and" ("… and Commission President Ursula von der Leyen flew"). */
const SECOND_SUBJECT = spelledRegExp(`^\\s+and\\s+(${OF_TITLED_NAME}|${TITLED_NAME})${LINK}\\s+\\p{Ll}+`, "u");

/**
 * The person the narration is about: its subject ({@link narratedSubjects}). A surname alone is the full name
 * `surname` finds. Places and organisations are not persons.
 */
function narratedPerson(
  text: string,
  surname: (w: string) => {speaker: string; role?: string} | undefined
): {speaker: string; role?: string} | undefined {
  return narratedPeople(text, surname)[0];
}
/** {@link narratedPerson}, with a second subject joined by "and" ("X and Commission President Y flew …"). */
function narratedPeople(
  text: string,
  surname: (w: string) => {speaker: string; role?: string} | undefined
): {speaker: string; role?: string}[] {
  const out: {speaker: string; role?: string}[] = [];
  for (const {name, title} of narratedSubjects(text)) {
    if (name.split(/\s+/).length >= 2) {
      // (a surname with its particles, "Von der Leyen announced …": the full name named before)
      const full = !title && SURNAME_WITH_PARTICLES.test(name) ? surname(name.split(/\s+/).at(-1)!) : undefined;
      if (full) out.push(full);
      // a titled name is a person's ("Kazakh President Kassym-Jomart Tokayev"); an untitled one must look like one
      else if (title || isPersonLike(name)) out.push({speaker: name, ...(title ? {role: title} : {})});
      continue;
    }
    const full = surname(name);
    if (full && isPersonLike(full.speaker)) out.push(full);
  }
  return out;
}

/**
 * Words of a company's or a body's name that src/read/institutions.ts leaves to the state (a central bank is the
 * state's) but that no person's name has ("Halyk Bank", "Khorgos Gateway", "Kazakhstan Railways").
 */
const COMPANY_WORD =
  /^(?:Bank|Railways?|Gateway|Port|Terminal|Fund|Pipeline|Logistics|Energy|Oil|Gas|Petroleum|Mining|Telecom|Partners|Ventures|Insurance|Trust)$/;

/**
 * A person's name, double names included ("Kassym-Jomart Tokayev"); not a company's or an institution's ("Air
 * Astana", "Astana Motors", "Halyk Bank").
 */
function isPersonLike(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    // (the particles after the first inside a surname, "von der Leyen", are no name's words of their own)
    isPersonName(
      name
        .replace(/-(\p{Lu})/gu, (_m, c: string) => "-" + c.toLowerCase())
        .replace(/(?<=\s(?:de|van|von|al|el|bin|ibn))\s+(?:der|den|del|della|la|le|ter)(?=\s)/gi, "")
        .replace(/\s+(?:da|di|dos|du)(?=\s\p{Lu})/gu, " de")
    ) && !words.some((w, k) => COMPANY_WORD.test(w) || NOT_NAME_WORD.test(w) || insideInstitutionName(words, k, k))
  );
}

/** The three words written before a name's first mention in `text` ("his Kyrgyz counterpart" before "Jeenbek Kulubaev"). */
function wordsBefore(text: string, name: string): string {
  const k = text.indexOf(name);
  return k < 0 ? "" : (/(?:\S+\s+){0,3}$/.exec(text.slice(Math.max(0, k - 60), k))?.[0] ?? "");
}

/** A capitalised word no name has: a preposition or a determiner opening a clause ("On Tuesday the …"), a weekday. */
const NOT_NAME_WORD = words(
  /^(?:On|In|At|By|For|From|With|After|Before|During|Since|Until|Last|Next|This|That|These|Those|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/
);

/**
 * A speaker that is a body, not a person: an acronym ("OFAC"), a ministry, an agency, a bank, a statistics office.
 * "He" and "she" never stand for one.
 */
function isBody(name: string): boolean {
  return (
    /^(?:the\s+)?[\p{Lu}\d&.-]{2,}$/u.test(name) ||
    BODY_WORD.test(name) ||
    DATA_SOURCE.test(name) ||
    (ORG_NAME.test(name.replace(/^the\s+/i, "")) && !isPersonLike(name))
  );
}
const BODY_WORD =
  /\b(?:ministry|government|kremlin|office|service|department|bank|committee|agency|bureau|administration|embassy|council|commission|fund|union|organi[sz]ation|secretariat|white house|parliament|court|press|company|corporation)\b/i;

/**
 * The full name a surname (or, in Chinese order, a family name) stands for: the last "<Name> <surname>" or
 * "<surname> <Name>" written before, titles left out ("Tokayev" → "Kassym-Jomart Tokayev", "Xi" → "Xi Jinping").
 */
function fullNameBefore(word: string, text: string): {speaker: string; role?: string} | undefined {
  return fullNamesIn(text)(word, text.length);
}

/** One code point's class at an index of a text (sticky Unicode patterns: a surrogate pair is one letter). */
const UPPER_AT = /\p{Lu}/uy;
const LETTER_AT = /\p{L}/uy;
const NAME_CHAR_AT = /[\p{L}'’-]/uy;
const SPACE_AT = /\s/uy;
function isAt(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i;
  return re.test(text);
}
/** Where the code point before index `i` starts. */
function pointBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return i - 2;
  }
  return i - 1;
}
const pointWidth = (text: string, i: number) => (text.codePointAt(i)! > 0xffff ? 2 : 1);

/**
 * True when the spaces from `from` to `to` hold a blank line: a name never runs across paragraphs ("… WITH THE KYRGYZ
 * REPUBLIC" as a heading, then "Treasury officials have …" is no "REPUBLIC Treasury").
 */
function paragraphBreak(body: string, from: number, to: number): boolean {
  // (the span is the spaces between two words: looked at alone, never past it)
  let lines = 0;
  for (let k = from; k < to; ++k) if (body.charCodeAt(k) === 10 && ++lines === 2) return true;
  return false;
}

/** A match of one of a word's two name patterns: where it starts and ends and the capitalised word it names. */
export interface NameMatch {
  at: number;
  end: number;
  cap: string;
}

/**
 * The first match from `from` on of `/(\p{Lu}[\p{L}'’-]+)\s+<word>(?![\p{L}])/gu` ("Kassym-Jomart Tokayev" for
 * "Tokayev"), found from the word's occurrences (indexOf) instead of trying the pattern at every position: the
 * capitalised word is the run of name characters before the spaces before the word, from its first capital on.
 */
export function capBefore(body: string, word: string, from: number): NameMatch | undefined {
  for (let q = body.indexOf(word, from); q >= 0; q = body.indexOf(word, q + 1)) {
    const end = q + word.length;
    if (end < body.length && isAt(LETTER_AT, body, end)) continue;
    let r = q;
    while (r > from && isAt(SPACE_AT, body, r - 1)) --r;
    if (r === q || r === from || paragraphBreak(body, r, q)) continue;
    let s0 = r;
    while (s0 > from) {
      const b = pointBefore(body, s0);
      if (b < from || !isAt(NAME_CHAR_AT, body, b)) break;
      s0 = b;
    }
    for (let p = s0; p < r; p += pointWidth(body, p))
      if (isAt(UPPER_AT, body, p) && p + pointWidth(body, p) < r) return {at: p, end, cap: body.slice(p, r)};
  }
  return undefined;
}

/**
 * The first match from `from` on of `/(?<![\p{L}])<word>\s+(\p{Lu}[\p{L}'’-]+)/gu` ("Xi Jinping" for "Xi"), found
 * from the word's occurrences.
 */
export function capAfter(body: string, word: string, from: number): NameMatch | undefined {
  for (let q = body.indexOf(word, from); q >= 0; q = body.indexOf(word, q + 1)) {
    if (q > 0 && isAt(LETTER_AT, body, pointBefore(body, q))) continue;
    let j = q + word.length;
    const spaces = j;
    while (j < body.length && isAt(SPACE_AT, body, j)) ++j;
    if (j === spaces || j >= body.length || !isAt(UPPER_AT, body, j) || paragraphBreak(body, spaces, j)) continue;
    const k = j + pointWidth(body, j);
    let e = k;
    while (e < body.length && isAt(NAME_CHAR_AT, body, e)) e += pointWidth(body, e);
    if (e > k) return {at: q, end: e, cap: body.slice(j, e)};
  }
  return undefined;
}

/** The matches of one of a word's two name patterns in a body, found as far as a lookup needed them. */
interface NameScan {
  next: (from: number) => NameMatch | undefined;
  /** Where the next match is looked for: after the last one (matches do not overlap). */
  from: number;
  /** The matches found so far, in body order (each ends before the next starts). */
  found: {at: number; end: number; name: string}[];
  done: boolean;
}

/**
 * `fullNameBefore` for many ends in one body: `(word, end)` is `fullNameBefore(word, body.slice(0, end))`. Each word's
 * two patterns are looked for at the word's occurrences, as far as the lookups reach, so a document's sentences cost
 * one scan per word instead of one per sentence (a lookup at every sentence start was quadratic), and the scan is
 * the engine's substring search rather than a Unicode pattern tried at every position of the body.
 */
function fullNamesIn(body: string): (word: string, end: number) => {speaker: string; role?: string} | undefined {
  const scans = new Map<string, [NameScan, NameScan]>();
  /** The last match of a scan that ends by `end`, scanning on as far as needed. */
  const lastBy = (scan: NameScan, end: number, named: (cap: string, at: number) => string | undefined) => {
    while (!scan.done && (scan.found.length === 0 || scan.found.at(-1)!.end <= end)) {
      const m = scan.next(scan.from);
      if (!m) {
        scan.done = true;
        break;
      }
      scan.from = m.end;
      const name = named(m.cap, m.at);
      if (name !== undefined) scan.found.push({at: m.at, end: m.end, name});
    }
    // the last of the found matches that ends by `end` (they are in order of both start and end)
    let lo = 0;
    let hi = scan.found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scan.found[mid]!.end <= end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? scan.found[lo - 1] : undefined;
  };
  return (word, end) => {
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(word)) return undefined;
    let pair = scans.get(word);
    if (!pair) {
      pair = [
        {next: (from) => capBefore(body, word, from), from: 0, found: [], done: false},
        {next: (from) => capAfter(body, word, from), from: 0, found: [], done: false}
      ];
      scans.set(word, pair);
    }
    const before = lastBy(pair[0], end, (cap) => (TITLE_HEAD.test(cap) ? undefined : `${cap} ${word}`));
    // (a word after "the" names a body or a thing, no person: "Deputy Secretary of the Treasury Michael Faulkender"
    // gives no "Treasury Michael" for a later "Treasury")
    const after = lastBy(pair[1], end, (cap, at) =>
      TITLE_HEAD.test(cap) || AFTER_THE.test(body.slice(Math.max(0, at - 4), at)) ? undefined : `${word} ${cap}`
    );
    const found = after && (!before || after.at >= before.at) ? after : before;
    return found ? {speaker: found.name} : undefined;
  };
}

/** "the " (any case) just before a word. */
const AFTER_THE = /(?:^|[^\p{L}])[Tt]he\s$/u;

/**
 * A body named as a paper's issuer: "a statement from the Kazakh foreign ministry" (group 1), "the Kazakh foreign
 * ministry said in a statement" (group 2). The body is a ministry, an office, a service or another named body.
 */
const BODY_NOUN = String.raw`(?:ministry|office|service|government|presidency|embassy|department|council|commission|secretariat|administration|agency|Ministry|Office|Service|Government|Presidency|Embassy|Department|Council|Commission|Secretariat|Administration|Agency)`;
const PAPER_ISSUER = new RegExp(
  String.raw`\b(?:statement|communiqu[eé]|readout|press\s+release)\s+(?:from|by|of|issued\s+by)\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}${BODY_NOUN})\b|\b((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:[\p{Ll}]+\s+)?${BODY_NOUN})\s+said\s+in\s+a\s+statement\b`,
  "gu"
);

/** The last body `text` names as issuing a statement, without its article. */
function issuerBefore(text: string): string | undefined {
  const m = [...matchesOf(PAPER_ISSUER, text)].at(-1);
  return m ? (m[1] ?? m[2])!.replace(/^the\s+/i, "") : undefined;
}

/** The conjunction of a clause of repeated or supposed time or condition, right before its subject. */
const SUPPOSED_SAYING = /\b(?:(?:every|each|any)\s+time|whenever|if|unless|once|when|as\s+soon\s+as)\s+$/i;

/**
 * The source a sentence inside someone's turn names for itself: "Critics say …", "…, according to the bank", «…,» said
 * X. The speaker's own "I think" / "we believe", and a pronoun or role ("he said") that points back into the talk, are
 * the turn's.
 */
function turnAttribution(text: string): {subject: string; kind: "reported" | "quote"} | undefined {
  const t = text.replace(TIMESTAMP, "").replace(LABEL, "").replace(A_LABEL, "");
  const rep = ACCORDING.exec(t) ?? REPORTED.exec(t) ?? reportedEnd(t);
  const m = rep ?? afterQuote(t) ?? beforeQuote(t);
  const subject = subjectOf(m)?.trim();
  if (!subject || /^(?:I|we|us|me|you)$/i.test(subject)) return undefined;
  // (a saying inside a clause of repeated or supposed time or condition is the answer's example, not its source:
  // "Every time an American official says "Russia or us," the region hears an ultimatum")
  const k = m ? t.indexOf(subject, m.index) : -1;
  if (k >= 0 && SUPPOSED_SAYING.test(t.slice(Math.max(0, k - 30), k))) return undefined;
  // ("analysts", "officials" are a source of their own; "he", "the minister" point back)
  if (PRONOUNS.test(subject.replace(/^The /, "the ")) && !/^(?:officials|analysts|experts|observers)$/i.test(subject))
    return undefined;
  return {subject, kind: rep ? "reported" : "quote"};
}

/**
 * A paragraph's "Label: " opening: a speaker's name or an outlet, at most four words; or a speaker with the titles of
 * an official record ("President of Russia Vladimir Putin: ", "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu:
 * "), and a note in brackets after either ("(retranslated)", "(via interpreter)", "(Izvestia)"), which is no part of
 * the name. A broadcast transcript's label gives the speaker's part in capitals after a comma ("PETER HOLM, HOST:",
 * "MARIA LENZ, BYLINE:"; group 2), and may stand alone over the paragraph it opens.
 */
const LABEL =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})(?:,\s+(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,2}))?(?:\s+\([^()]{1,40}\))?:(?:\s|$)/u;
/** A recording's time before a transcript's label: "[00:01:38] ", "(12:04) ", "00:31 ". */
const TIMESTAMP = /^(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}(?::\d{2}){1,2})\s+/;

/**
 * The speaker label a paragraph opens with, after a timestamp if there is one ("[00:00:31] ELLEN MARSH: …"), or the
 * paragraph itself when it is one of the transcript's name lines (`standalone`).
 */
function labelOf(text: string, standalone?: ReadonlySet<string>): string | undefined {
  if (standalone?.size) {
    const t = text.trim();
    if (standalone.has(t)) return t;
  }
  const t = text.replace(TIMESTAMP, "");
  return LABEL.exec(t)?.[1] ?? SITTING_LABEL.exec(t)?.[1];
}

/**
 * A speaker's label in a parliament's verbatim record: the name, a comma, the office or the group spoken for, a full
 * stop and a dash, then the speech ("Jane Roe, on behalf of the Renew Group. – Madam President, …"), or the chair's
 * office alone ("President. – The debate is closed.").
 */
const SITTING_LABEL =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|du|al|el)){1,4}(?=,)|President|Chair(?:man|woman|person)?|Speaker)(?:,\s+[^–—]{3,200}?)?\.\s+[–—]\s+(?=\p{Lu})/u;

/** A part in a broadcast that asks and links ("PETER HOLM, HOST:"): its turns are no one's claims. */
const ASKING_PART = /^(?:(?:CO-?)?HOSTS?|ANCHOR|PRESENTER|MODERATOR|INTERVIEWER)$/;

/** A label in capitals as a name is written ("ELLEN MARSH" → "Ellen Marsh"); one in running case as it is. */
function labelName(label: string): string {
  if (!/^[\p{Lu}\s.'’-]+$/u.test(label) || !/\p{Lu}{2}/u.test(label)) return label;
  return label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, a: string, c: string) => a + c.toUpperCase());
}

/** The speakers of a transcript: whom each label names, and which labels ask. */
export interface Transcript {
  /** Each label's person ("DANA" → Dana Ismailova); labels that name no person (an outlet) are absent. */
  persons: Map<string, {speaker: string; role?: string}>;
  /** Labels whose turns ask (an outlet's, a host's): their paragraphs are questions and prompts, no one's claims. */
  askers: Set<string>;
  /** Speakers labelled with their titles in an official record ("President of Russia Vladimir Putin: …"). */
  officials: Set<string>;
}

/**
 * A transcript set as "Label: text" paragraphs ("Steppe Review: …?" / "Karimov: …", "[00:00:31] ELLEN MARSH: …"): at
 * least two speakers with two turns each (a label and its short form, "DANA ISMAILOVA" and "DANA", are one speaker),
 * one of them a person named in full (in the labels or before) or a known expert, who does not only ask. The labels
 * that name no person, and the people whose turns mostly end with a question (a host, a moderator), ask; the others
 * speak in their turns.
 */
function transcriptOf(
  paragraphs: readonly Paragraph[],
  body: string,
  experts: readonly {name: string; role?: string}[],
  standalone: ReadonlySet<string>
): Transcript | undefined {
  const labels = paragraphs.map((p) => labelOf(p.text, standalone));
  const distinct = [...new Set(labels.filter((l): l is string => l !== undefined))];
  if (distinct.length < 2) return undefined;
  const persons = new Map<string, {speaker: string; role?: string}>();
  const names = distinct.map(labelName);
  /** Labels that give a person's full name with titles ("President of Russia Vladimir Putin"): an official record's. */
  const titled = new Set<string>();
  distinct.forEach((label, k) => {
    const name = names[k]!;
    const e = experts.find((x) => x.name === name || x.name.split(/\s+/).includes(name));
    if (e) return void persons.set(label, {speaker: e.name, ...(e.role ? {role: e.role} : {})});
    const {name: bare, title} = splitTitle(name);
    if (title && bare.includes(" ") && isPersonLike(bare)) {
      // (a label before a quotation only, «President of France X: "…"», is a box of reactions, no record's turn)
      const own = paragraphs[labels.indexOf(label)]!.text.replace(TIMESTAMP, "").replace(LABEL, "");
      if (!/^["“«„][^]*["”»]\s*$/.test(own.trim())) titled.add(label);
      return void persons.set(label, {speaker: bare, role: title});
    }
    // (a verbatim record's label, "Jane Roe, on behalf of the Renew Group. – …": the speaker's full name with the
    // office or the group spoken for, as an official record's titled label)
    if (name.includes(" ") && isPersonLike(name) && SITTING_LABEL.test(paragraphs[labels.indexOf(label)]!.text)) {
      titled.add(label);
      return void persons.set(label, {speaker: name});
    }
    // a full name as the label ("ELLEN MARSH"), a first name or surname of one ("DANA" after "DANA ISMAILOVA")
    if (name.includes(" ")) return void (isPersonLike(name) && persons.set(label, {speaker: name}));
    const long = names.find((o) => o.includes(" ") && o.split(/\s+/).includes(name) && isPersonLike(o));
    if (long) return void persons.set(label, {speaker: long});
    // (a call's operator is nobody's name)
    if (standalone.has(label) && label === "Operator") return;
    const first = body.indexOf(`${label}:`);
    const full = fullNameBefore(name, body.slice(0, first < 0 ? body.length : first));
    if (full) persons.set(label, full);
  });
  // Turns by speaker (a label's person, else the label), and how many of them end with a question.
  const turns = new Map<string, {n: number; asks: number}>();
  paragraphs.forEach((p, i) => {
    const label = labels[i];
    if (label === undefined) return;
    const key = persons.get(label)?.speaker ?? label;
    const t = turns.get(key) ?? {n: 0, asks: 0};
    t.n++;
    // (a name line's turn is the paragraph under it; a call's analyst asks somewhere in it, "And the route? Most of
    // your volumes …, I believe.")
    if (standalone.has(p.text.trim()) ? /\?/.test(paragraphs[i + 1]?.text ?? "") : /\?["”»]?\s*$/.test(p.text))
      t.asks++;
    turns.set(key, t);
  });
  // A speaker takes part with two turns; in an official record of statements ("President of Russia Vladimir Putin: …"
  // and, after his statement, "President of Uzbekistan Shavkat Mirziyoyev (retranslated): …") each speaks once, at
  // length, under a label with titles and a full name: two such labels make a transcript.
  const once = [...titled].map((l) => persons.get(l)!.speaker);
  const used = [...turns].filter(([k, t]) => t.n >= 2 || (once.length >= 2 && once.includes(k)));
  if (used.length < 2) return undefined;
  // A broadcast's parts ("PETER HOLM, HOST:"): a host asks and links, whatever their turns end with.
  const hosts = new Set<string>();
  paragraphs.forEach((p, i) => {
    const part = LABEL.exec(p.text.replace(TIMESTAMP, ""))?.[2];
    if (labels[i] !== undefined && part && ASKING_PART.test(part))
      hosts.add(persons.get(labels[i]!)?.speaker ?? labels[i]!);
  });
  const speaking = new Set(
    [...persons.values()]
      .map((x) => x.speaker)
      .filter((sp) => !hosts.has(sp) && used.some(([k, t]) => k === sp && 2 * t.asks < t.n))
  );
  if (speaking.size === 0) return undefined;
  // In a transcript so made, a guest heard once under their full name ("GULNARA TOKTOSUNOVA: …") speaks in that turn.
  for (const [label, who] of persons) {
    const t = turns.get(who.speaker);
    if (t && t.n === 1 && t.asks === 0 && label.includes(" ") && !hosts.has(who.speaker)) speaking.add(who.speaker);
  }
  const askers = new Set(distinct.filter((l) => !speaking.has(persons.get(l)?.speaker ?? "")));
  for (const l of askers) if (persons.has(l) && !used.some(([k]) => k === persons.get(l)!.speaker)) askers.delete(l);
  for (const l of [...persons.keys()]) if (!speaking.has(persons.get(l)!.speaker) && !askers.has(l)) persons.delete(l);
  // (a name line that names no one who answers is an asker's turn: an analyst's, the call's operator's)
  for (const l of standalone) if (!persons.has(l)) askers.add(l);
  const officials = new Set([...titled].filter((l) => persons.has(l)).map((l) => persons.get(l)!.speaker));
  return {persons, askers, officials};
}

/** "Nugmanova: …" — a paragraph that opens with an interviewee's name and a colon is their answer. */
function isExpertLabel(text: string, experts: readonly {name: string}[]): boolean {
  const label = /^([\p{Lu}][\p{L}.'’ -]{1,40}):\s/u.exec(text)?.[1];
  return !!label && experts.some((e) => e.name === label || e.name.split(/\s+/).includes(label));
}

/** A short line without a sentence's end: a heading ("Questions from journalists", "2. On the visit of …"). */
function isHeadingLike(text: string): boolean {
  return text.length < 120 && !/[.!?:;"”»]\s*$/.test(text.trim());
}

/** A paragraph that only asks: every sentence ends with "?". */
function isQuestionParagraph(p: Paragraph): boolean {
  const t = p.text.trim();
  if (Q_LABEL.test(t)) return true;
  if (!/\?["”]?$/.test(t)) return false;
  return p.marker === "dash" || t.length < 400;
}

function overlap(a: {start: number; end: number}, b: {start: number; end: number}): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Spans of quoted speech: “…” pairs, and "…" pairs of at least a few words. */
export function quoteSpans(text: string): {start: number; end: number}[] {
  const out: {start: number; end: number}[] = [];
  // (a straight mark opens a quotation only where no word ends before it: the mark after '"partners"' closes one; a
  // line that opens with one and never closes it is a quotation that runs on into the next paragraph, whose opening
  // mark repeats it, as a quotation of several paragraphs is printed)
  const re =
    /“[^”]{20,}?(?:”|(?=\n\n)|$)|«[^»]{20,}?(?:»|(?=\n\n)|$)|„[^“”]{20,}?(?:[“”]|(?=\n\n)|$)|(?<![\p{L}\p{N}.,;:!?’'])"[^"\n]{40,}?"|(?<=^|\n)"[^"\n]{40,}(?=\n|$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({start: m.index, end: m.index + m[0].length});
  return out;
}
