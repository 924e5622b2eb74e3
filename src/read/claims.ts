/**
 * Claims: an expert's assessment, forecast or recommendation, attributed to the speaker of the
 * sentence (see voices.ts), with the quote, the actors it is about, its kind and, for forecasts,
 * the horizon when the sentence states one. Questions are never claims.
 *
 * @module
 * @example
 * ```ts
 * classifyClaim("In the future, Türkiye will produce new-generation drones in Kazakhstan.");
 * // {kind: "forecast", cue: "will"}
 * ```
 */
import type {Claim, ClaimKind} from "../domain/index.js";
import type {ActorMention} from "./gazetteer.js";
import type {TextSentence} from "./sentences.js";
import type {Voice} from "./voices.js";
import {ADVOCACY, DATA_SOURCE, EXPRESSED, STATEMENT_PARTY} from "./report-verbs.js";
import {ANSWERED, GUARD, OUTCOME_VERB, sideFuture} from "./claims-side.js";
import {piecesBelow} from "./word-count.js";
import {cue} from "./cue.js";
import {invertedCondition} from "./modality.js";
import {clausesOfText, pastShaped} from "./clauses.js";
import {
  DENIED_MEANING,
  IMPERATIVE_ADVICE,
  IMPERATIVE_FORECAST,
  SHORT_VERDICT,
  authorView,
  FIRST_PERSON_VIEW,
  verdictScope,
  ellipsis
} from "./claims-author.js";
import {calendarFuture} from "./claims-calendar.js";
import {isSignpost} from "./claims-signpost.js";
import {pastReason} from "./claims-reason.js";
import {planContent} from "./claims-content.js";
import {CONSIDERATION} from "./claims-consideration.js";
import {STATED_STANCE} from "./claims-stance.js";
import {courtesyCall} from "./claims-courtesy.js";
import {matchesOf} from "./each-match.js";

const RECOMMENDATION = cue(
  new RegExp(
    String.raw`\b((?<!\bhow\s+(?:[\w'’-]+\s+){1,3})(?<!\b(?:that|which) )should(?! have)(?!\s+(?:it|he|she|they|we|I|you|there)\b)(?!\s+(?:not\s+)?(?:be\s+)?expect(?:ed)?\b)(?!\s+(?:[\w'’-]+\s+){1,3}?expect\b)(?! be (?:recalled|noted|mentioned|reminded|stressed|emphasi[sz]ed|underlined|pointed out|added|said|clarified|specified)\b)(?!\s+(?:not\s+)?be\s+(?:mistaken|confused)\s+(?:for|with)\b)(?!\s+(?:be|become)\s+(?:ready|completed|complete|finished|operational|launched|built|commissioned|in place|done|over|signed|ratified)\s+(?:by|in|within|before|at|next|this|early|late)\b)|ought to|(?<!\b(?:that|which|who) )(?:must|(?<!\b(?:do|does|did)\s+not\s+|\b(?:don|doesn|didn)['’]t\s+)need(?:s)? to|(?<!\bwill (?:\w+ )?)have to|has to)(?!\s+(?:not\s+)?be\s+(?:mistaken|confused)\s+(?:for|with)\b)(?!\s+(?:be\s+)?(?:acknowledge|admit|note|say|understand|recogni[sz]e|remember|stress|emphasi[sz]e|point out|bear in mind|realize|realise)\w*\b)|it is (?:necessary|essential|vital|imperative|important|crucial|high time|time) (?:to|that|for)(?!\s+(?:admit|acknowledge|recogni[sz]e|concede|accept that|note|remember|understand)\b)|(?:in)?advisable|long-overdue|it['’]s (?:high )?time (?:for|to)(?!\s+(?:admit|acknowledge|recogni[sz]e|concede|accept that|note|remember|understand)\b)|we have only one way|the first step (?:is|would be)|no (?:good )?reason to|(?:is|are) of (?:utmost|the utmost|great|paramount) importance|recommend(?:s|ed)?|(?:has|have) (?:the|a|an) (?:opportunity|chance) to|the task of [^,.]{2,60}? is to|(?:our|their|its|the) (?:main |key |first |primary |chief |common |joint |shared )?(?:task|goal|aim|objective) (?:now )?is to|(?:the|a|our|my) (?:(?:best|smartest|wisest|right|better|only|sensible|obvious|real|simplest|safest|logical|proper|correct) )?(?:answer|solution|remedy|move|course of action|way forward|way out|response|thing to do) (?:now )?(?:is|would be|remains) to (?!be\b)[a-z]+|would do (?:well|better) to|cannot afford to|can ill afford|(?:can(?:not)?|must not|should not) be allowed to|would be (?:wise|better off)|had better|(?:calls?|called|urges?|urged) (?:on|for)\b|(?:urges?|urged) (?:[\w'’-]+ ){1,4}?to (?!date\b)\w+|(?:pressed|presses) (?:[\w'’-]+ ){1,6}?to (?!date\b|the\b|a\b|an\b|\d)\w+|(?:noted|stressed|emphasi[sz]ed|underlined|underscored|pointed (?:out|to)|highlighted|reiterated|reaffirmed|recalled) the (?:importance|need|necessity|expediency|advisability|urgency) (?:of|for)\b|(?:stressed|emphasi[sz]ed|underlined|underscored|reiterated|reaffirmed) the (?:urgent\s+)?(?:need|necessity) to|${ADVOCACY})(?:n['’]t)?\b`,
    "i"
  )
);
const FORECAST = cue(
  new RegExp(
    String.raw`\b((?<!\b(?:the|a|its|their|his|her|our|my|your|political|good|free|popular|people['’]s) )(?<!\b(?:neither|nor)\s)will(?! be fine)(?! of\b)(?!\s+(?:not\s+)?either\b)(?!\s+(?:I|we|they|he|she|it)\s*[.,;!])|won['’]t|shall|(?:is|are|was|were) (?:un)?likely to|(?:most|more|less|least) likely to|expect(?:s|ed)? (?:[\w'’-]+\s+){1,4}?to (?:reach|grow|rise|fall|double|triple|exceed|increase|decline|drop|become|remain|surpass|top)|(?<!\b(?:what|no|nobody|nothing|none)\s+(?:[\w'’-]+\s+){0,3})(?:(?<!\b(?:in|on|by|since|until|of|early|late|mid|last|next|this|from|during|through)[\s-]|\b\d{1,2}\s)may|might|could(?!\s+not\b))(?:\s+(?:well|also|even|soon|eventually|therefore|inevitably|finally|gently|easily|quickly|then|thus|in turn|one day))*\s+(?!be (?:seen|regarded|considered|viewed|described|called|said|noted|argued|the|a|an|one of|among|more|less)\b)(?!have\b)[a-z]+|in the (?:near |distant |foreseeable )?future|in the (?:short|long|medium) (?:term|run)|in the coming (?:years|months|decades?)|foresees?|expects? (?:that|to)|(?:my|our) (?:expectation|forecast|prediction|bet|guess) is that|${EXPRESSED}confidence that|(?:I|we|they|he|she) (?:do not |don['’]t |does not |doesn['’]t |did not |didn['’]t |would not |wouldn['’]t )?expect\b|(?<!\b(?:should|must|could|can)\s+(?:not\s+)?be\s)expected to|(?:should|can|could|may)\s+(?:[\w'’-]+\s+){0,3}?expect\b|(?:is|are|was|were|seems?|looks?) doomed to|(?:predict(?:s|ed)?|forecast(?:s|ed)?|projects?|projected) that|(?:I|we|We) (?:forecast|project)\b|(?:is|are) (?:predicted|forecast|projected|set|poised|bound|going) to|is going to|are going to|one day)\b`,
    "i"
  )
);
/**
 * The branches of {@link ASSESSMENT} before its one anchored at the sentence's start, that branch, and those after it.
 * Written apart so that the branches that can match anywhere are also a {@link cue} of their own: the anchored
 * branch's words ("It is", "This is") are too short for the pre-filter, and it made the whole pattern run on every
 * sentence asked.
 */
const ASSESSMENT_HEAD = String.raw`(?:do|does|did)\s+not\s+need\s+to|(?:don|doesn|didn)['’]t\s+need\s+to|it(?:\s+is|['’]s)\s+(?:high\s+)?time\s+to\s+(?:admit|acknowledge|recogni[sz]e|concede|accept that)`;
const ASSESSMENT_OPENING = String.raw`^(?:This|That|It|These|Those)\s+(?:is|are)\s+(?:(?:not|no longer|hardly)\s+(?:a\s+|an\s+)?\w+|(?:still\s+|rather\s+)?(?:a|an|no|about|less|more)\s+\w+)`;
const ASSESSMENT_TAIL = String.raw`(?:is|are|was|were|has been|have been) (?:widely |generally |often |broadly |increasingly |largely )?(?:seen|viewed|regarded|considered|perceived|interpreted) as|I (?:think|believe|see|would note|explain|hope|am convinced|am sure|suppose|consider|estimate|reckon|suspect|would argue|argue|judge|fear|am confident|am certain)|we (?:think|believe|see|consider)|(?:I|we) (?:(?:do|did) not|don['’]t|didn['’]t) (?:think|believe|buy|trust|accept)|(?:I|we) doubt|(?:find|finds|found) (?:it|them|this|that|these|those|the|its|their|such) (?:[\w'’-]+ ){0,3}?(?:attractive|unattractive|useful|useless|convincing|unconvincing|credible|appealing|helpful|reassuring|worrying|troubling|puzzling|acceptable|unacceptable)|in (?:my|our) (?:opinion|view|estimation|experience|judg(?:e)?ment|assessment|reading)|it seems|(?:is|are|was|were|remains?|remained|seems?|seemed|looks?|looked|prove[sd]?|has been|have been)\s+(?:still\s+|now\s+|very\s+|too\s+|rather\s+|quite\s+|increasingly\s+|largely\s+|mostly\s+)?(?:cheap|expensive|modest|meagre|meager|limited|weak|fragile|risky|costly|ambitious|unrealistic|slow|sluggish|symbolic|vulnerable|dangerous|promising|successful|unsuccessful|effective|ineffective|unsustainable|unstable|misguided|naive|hollow|empty|thin)\b|far (?:below|above|short of|behind) (?:what|the|its|their|expectations?)|, not (?:a |an |the )?\w+(?: \w+){0,2}(?=\.$)|\bbut (?:few|little|not much|not enough|no real)\b|(?:changed|altered|reshaped|transformed|shaped|redefined) (?:how|the way|the calculus|the balance|the logic)|(?:has |have |had )?(?:made|makes|rendered|renders) (?:\w+ ){1,4}(?:risky|riskier|difficult|impossible|harder|easier|costlier|cheaper|unviable|viable|attractive|unattractive|(?:more|less) \w+)|(?:is|are|was|were) not (?:the |a |an |only |just |merely )?[^,.;]{2,50}? but (?:the |a |an )?\w+|(?:is|are|was|were) not (?:whether|if)\b[^.;]{2,80}?,?\s+but\s+(?:how|when|where|who|what|which|why|whether)\b|it can be (?:stated|said|argued)|(?<!\bwhat )(?:this|that|it|which) (?:suggests|shows|indicates|means|demonstrates|reflects|testifies|speaks to|highlights|underscores|signals|hints|proves|confirms|implies)|suggests? that|(?:shows?|showed|demonstrated?|demonstrates|proved|proves|revealed|reveals) that|(?:un)?realistic|sensible|pragmatic|crucial|decisive|dominant|remains? (?:by (?:some|far|a long way)(?: distance)? )?(?:the|a|one)|(?:saw|see|sees|viewed|view|views|regarded|interpreted) as\b(?!\s+(?:well|of|if|though)\b|\s+\w+\s+as\b)|is (?:becoming|now|indeed|rather|generally|already)|objective reality|the essence of|the main (?:driver|player|problem|task|interest|goal|reason)|(?:is|are|was|were) (?:a |an )?\w+(?: \w+)?, not (?:a |an |the )?\w+|(?:is|are) not [^;,.]{2,40}[;,] (?:it|they) (?:is|are)|(?:do|does) not \w+[^;,.]{0,40}[,;] (?:we|they|it|he|she) (?!said\b|says\b|told\b|added\b)\w+|\w+ing (?:\w+ ){0,2}?\w+, not \w+ing|(?:is|are) (?:running out|coming to an end|over)|not (?:only|just|merely)\b[^.;]{1,60}?,\s*(?:this is|it is|they are)\b|(?:remains?|is|are|was|were) (?:heavily|highly|overly|critically) (?:dependent|reliant)|(?:remains?|is|are|was|were) (?:still |now )?(?:largely|mostly|merely|essentially|at best|little more than|nothing more than) (?:a|an)\b|(?:that|which) should (?:need|take|cost|last|require)\b|(?:should|must|cannot|can['’]t|need not)\s+(?:not\s+)?be\s+(?:mistaken|confused)\s+(?:for|with)\b`;
const ASSESSMENT = new RegExp(String.raw`\b(${ASSESSMENT_HEAD}|${ASSESSMENT_OPENING}|${ASSESSMENT_TAIL})\b`, "i");
/**
 * {@link ASSESSMENT} without its anchored branch, with the pre-filter: the same match wherever that branch cannot
 * match, that is, on a sentence that does not open with {@link ASSESSMENT_OPENS}.
 */
const ASSESSMENT_ELSEWHERE = cue(new RegExp(String.raw`\b(${ASSESSMENT_HEAD}|${ASSESSMENT_TAIL})\b`, "i"));
/** What a sentence must open with for ASSESSMENT_OPENING to match (its words up to the verb's following space). */
const ASSESSMENT_OPENS = /^(?:This|That|It|These|Those)\s+(?:is|are)\s/i;
/**
 * {@link ASSESSMENT}'s first match in `text` (session 35): the whole pattern where its anchored branch may match (the
 * branches before it come first at the start), else the pattern without that branch behind its pre-filter. The same
 * answers as `ASSESSMENT.exec(text)`; most sentences asked hold none of the other branches' words and are refused
 * without running a pattern.
 */
function assessmentOf(text: string): RegExpExecArray | null {
  return (ASSESSMENT_OPENS.test(text) ? ASSESSMENT : ASSESSMENT_ELSEWHERE).exec(text);
}
/**
 * Participles that tell a state or a step of a procedure ("The accord is not ratified.", "The road is not finished."):
 * denied, they report a fact. Others judge when denied ("The tariff is not justified.", "Such caution is not
 * warranted.", review G17).
 */
const FACT_PARTICIPLE =
  "signed|ratified|approved|adopted|completed|finished|opened|closed|connected|disconnected|affected|included|listed|registered|scheduled|planned|permitted|allowed|required|invited|expected|confirmed|announced|published|known|built|launched|based|located|related|linked|involved|used|recogni[sz]ed|sanctioned|blocked|suspended|delayed|cancell?ed|postponed|changed|decided|finali[sz]ed|paid|delivered|installed|licensed|insured|employed|married|elected|appointed|authori[sz]ed|certified|covered|funded|owned|operated|staffed|equipped|supplied|served";
/**
 * A whole short sentence denying what something is ("Announcements are not investments.", "The corridor is not an
 * alternative to anyone."): a judgement. Not a state or a membership ("The border is not open.", "The treaty is not
 * yet ratified.", "Turkmenistan is not a member of the CSTO."): facts (review F18).
 */
const COPULA_NOT = new RegExp(
  String.raw`^["“«]?(?:the\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}\s+((?:is|are)\s+(?:not|no longer))\s+(?:a\s+|an\s+|the\s+)?(?!(?:yet|open|closed|ready|available|valid|member|members|party|parties|signatory|observer|participant|candidate|${FACT_PARTICIPLE})\b)[a-z-]+(?:\s+[a-z-]+){0,3}[.!]?["”»]?$`,
  "i"
);
/** Words of judgement: a sentence that carries one evaluates rather than reports. */
const JUDGEMENT = cue(
  /\b(important|importance|significant|significance|crucial|vital|essential|serious|dangerous|unmistakabl[ey]|stark(?:ly)?|heady|uncomfortabl[ey]|(?:hardly|not|far from|anything but|no)\s+(?:accidental|coincidental|(?:a\s+)?coincidence)|risky|promising|successful|unsuccessful|effective|ineffective|efficient|unacceptable|unjustified|unjustifiable|regrettable|deplorable|irresponsible|counter-?productive|unfounded|groundless|sustainable|unsustainable|unstable|strong|weak|weaker|stronger|limited|ambitious|unrealistic|realistic|pragmatic|popular|unpopular|influential|dominant|decisive|unique|obvious|clearly|evident|self-evident|objective|objectively|difficult|impossible|necessary|unnecessary|beneficial|advantageous|disadvantage|advantages?|threatening|vulnerable|vulnerability|fragile|perplexing|perplexingly|remarkabl[ey]|notabl[ey]|surprising|surprisingly|unusual|unusually|strikingly|unexpectedly|tellingly|conspicuously|unprecedented|gently|delicately|convincingly|increasingly|inevitabl[ey]|certainly|perhaps|probably|possibly|arguably|apparently|presumably|seemingly|evidently|indeed|basically|essentially|in essence|in fact|of course|mistaken|(?:a|the) mistake|misguided|naive|short-sighted|unwise|wise|prudent|imprudent|costly|wrong|correct|incorrect|insurmountable|good|bad|better|worse|best|worst|positive|negative|more \w+ than|less \w+ than|\w+er than|much more|one of the most|the most \w+|because|thus|therefore|hence|which means|so as not to|in order to|(?<!\b(?:is|are|was|were|be|been)\s)due to(?!\s+(?:arrive|be|begin|start|visit|meet|travel|attend|open|hold|sign|take|leave|return|land|depart|speak|address|come|go|make|resume|end|close|expire)\b)|thanks to|seems?|appears? to|(?:is|are|was|were) presumed|modest|symbolic|symbolically|pragmatism|seriously|purely|more than ever|than ever(?: before)?|matter(?:s|ed)? (?:a lot|greatly|most|more|less)|complain(?:s|ed|ing)?|the right (?:one|choice|approach|move|path|response|answer|decision|call|step|thing|course|policy|reply|lesson|instinct)|(?:is|are|was|were) right to|(?:is|are|was|were|be|been|seems?|remains?)\s+(?:still\s+|simply\s+|clearly\s+)?(?:not|never|hardly|far from)\s+enough|(?:isn|aren|wasn|weren)['’]t\s+enough|(?:this|that) is (?:exactly |precisely |partly |largely )?why|(?:at least|only|mostly|largely) on paper|beyond paper|risks?|(?:a|the) (?:message|signal) to|doomed|blackmail|(?:is|are) welcome|cheap|expensive|slow|sluggish|(?:has|have|had|holds?) (?:a )?(?:great|huge|enormous|considerable|untapped) potential|(?:went|goes|go|gone|going) (?:much |even |still |a step |one step |the )?(?:further|furthest|farther|farthest)\b(?! (?:north|south|east|west|inland|afield|up|down|along|into|to|from|back)\b)|(?:has|have|had|holds?|lacks?|lacked) (?:the |real |few |no |more |enough |plenty of |many |other |its own |their own )?(?:tools|levers|leverage|cards|clout)\b|only (?:as long as|if|when|so long as)|far (?:below|above|short of|behind|from|beyond)|one-sided|lopsided|(?:the )?only (?:viable|realistic|possible|sensible|workable|reasonable|real) (?:way|option|path|solution|route|choice)|(?:is|are|was|were|remains?|became|become) (?:central|key|critical|pivotal) to|heavily (?:dependent|reliant)|(?:an )?(?:inalienable|integral|indivisible) part of|(?:an|a good|the best) example (?:of|for)|a model (?:of|for)|(?:the )?highest level|reached (?:a|an|the) (?:new|high|higher|qualitatively new|unprecedented|record) level|among the (?:\w+(?<!pr)iest|(?:larg|bigg|strong|fast|clos|high|great|rich|poor|small|old|new|long|young|low|deep|wid|cheap|tough|hard|weak|saf|near|dens|fin|hott|clean)est|most|best|worst|leading|top|main|key|foremost)\b|(?:the|a) high level of|historic|in (?:their|its|our) history|productive|unproductive|fruitful|constructive|remains to be seen|(?:I|we) would argue|little (?:choice|option) but|easier said than done|(?:a|the) turning point|the stakes|no alternative to|a broader trend|strengths?|weakness(?:es)?|(?:has|have|had|carries|carry|comes? with|comes? at) (?:its |their |real |a |high |hidden )?(?:costs|a cost|a price|limits|drawbacks|downsides)|than (?:\w+ ){0,3}(?:hoped|expected|promised|planned|feared|anticipated|needed)(?: for)?|speaks? for (?:itself|themselves)|(?:serves?|served) (?:[\w-]+ ){1,3}well|(?:marks?|marked|marking|ushers? in|ushered in|heralds?|heralded|represents?|represented|constitutes?|constituted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:milestone|landmark|breakthrough|watershed|new (?:era|chapter|page|stage|phase))|(?:a|the)\s+new\s+(?:era|chapter|page|stage|phase)\b[^.;]{0,60}?\b(?:has|had|have)?\s*(?:begun|started|opened|dawned|arrived|begins|starts|opens|dawns)|(?:show(?:s|ed|n)?|expos(?:es|ed?)|reveal(?:s|ed)?|lays? bare|laid bare|illustrat(?:es|ed?))\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:limits|limitations|weakness(?:es)?|fragility|vulnerability|cost|costs|price|hollowness))\b/i
);
/** Something limiting a side's room: "which limits its ability to …", "constrains their options". */
const CONSTRAINT = cue(
  /\b(?:limits?|limited|limiting|constrains?|constrained|restricts?|restricted|narrows?|narrowed|weakens?|weakened|strengthens?|strengthened|undercuts?)\s+(?:its|their|his|her|our|the|a)\s+(?:\w+\s+)?(?:ability|capacity|room|scope|freedom|options|leverage|position|hand|autonomy|independence)\b/i
);
/**
 * A noun of fault or of a lesson drawn as the subject of a copula, opening the sentence: "The problem is speed.",
 * "Europe's problem is not a lack of goodwill.", "The real difficulty is that …", "Its weakness lies in …": naming
 * something a problem, a weakness or a lesson judges it (not a passive, "The problems were discussed", nor the noun as
 * an object, "raised the problem of …").
 */
const FAULT_SUBJECT = cue(
  /^(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ss]till|[Hh]ere|[Nn]ow)\s*,?\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|\p{Lu}[\p{L}'’-]*['’]s?)\s+(?:(?:real|main|bigger|biggest|larger|deeper|central|only|other|underlying|basic|chief|key|first|second|third)\s+)?((?:problem|difficulty|trouble|catch|irony|paradox|snag|weakness|flaw|danger|lesson|obstacle)s?\s+(?:is|are|was|were|remains?|lies|lay))\b(?!\s+(?:not\s+|being\s+|now\s+|also\s+)*(?:discussed|raised|addressed|solved|resolved|settled|tackled|noted|mentioned|examined|considered|debated|reviewed|listed|described|covered|studied|identified|overcome|fixed|removed|taken up)\b)/u
);
/** A contrast set off in the sentence: "grew alongside, not instead of, …", "…, not at the expense of …". */
const CONTRAST = cue(
  /,\s+not\s+(?:instead of|in place of|at the expense of|in spite of|because of|despite|against)\b/i
);
/** A causal link is an argument even about dated happenings ("the war of 2022 has contributed to …"). */
const CAUSAL = cue(
  /\b((?:made|makes|make|rendered|renders) (?:\w+ ){1,4}(?:risky|riskier|difficult|impossible|harder|easier|costlier|cheaper|unviable|viable|attractive|unattractive|necessary|urgent|(?:more|less) \w+)|contribut\w* to|led to|leads? to|result(?:ed|s)? in|caused|causes|because|(?<!\b(?:is|are|was|were|be|been)\s)due to(?!\s+(?:arrive|be|begin|start|visit|meet|travel|attend|open|hold|sign|take|leave|return|land|depart|speak|address|come|go|make|resume|end|close|expire)\b)|thanks to|therefore|thus|hence|as a result|which means|allow\w*|enabl\w*)\b/i
);
const JUDGEMENT_ALL = cue(new RegExp(JUDGEMENT.source, "gi"));
/** Weaker signs of argument: a sentence with one of these and an actor judges that actor. */
const ARGUMENT = cue(
  /\b(rarely|seldom|needs?|key|main|major|primary|special|strategic(?! partnership)|clear|challenges?|opportunit(?:y|ies)|interest(?:ed|s)? in|role|influence|leverage|balance|balanced|balancing|dependence|dependent|independent|(?<!\b(?:gained|since|of|declared|won)\s)independence|sovereignty|asymmetry|dynamism|gradually|always|never|traditionally|historically|usually|generally|typically|seeks? to|sought to|aims? to|tries to|trying to|strives? to|wants? to|prefers? to|preferring to|views? [^,.]{1,40} as|(?:describes?|described|portrays?|portrayed|presents?|presented|depicts?|depicted) [^,.]{1,40} as|sees? [^,.]{1,40} as|regards? [^,.]{1,40} as|(?:viewed|saw|regarded|considered) [^,.]{1,40} as|considers?|remains?|continues? to|tends? to|relies on|depends on|allows?|enables?|helps?|contributes? to|harms?|hurts?|undermines?|threatens?|contributed to|whereas|although|albeit|despite|nevertheless|nonetheless|however|can(?:not|['’]t)?|would|suggests?|indicates?|rather|too|enough|sufficient|insufficient)\b/i
);
/** A happening with its date ("in March 2022", "earlier this month", "on Monday"): a report, not a judgement. */
const DATED =
  /\b(?:(?:in|on|since|during|by|from)\s+(?:early\s+|mid-?|late\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:19|20)\d{2}\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|(?:last|earlier this|this past|late last|early this)\s+(?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)|yesterday|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))/i;

/**
 * An attribution set off by commas after the reported clause's subject: "Kazakhstan, he said, would not allow …",
 * "Uzbekistan, he said, had given assurances that …", "Both countries, he noted, were dealing with …". Read as "he
 * said Kazakhstan would not allow …" where the side's future or stance is looked for.
 */
const SAID_ASIDE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}),\s+((?:he|she|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:said|added|stressed|noted|insisted|explained|emphasi[sz]ed|underlined|recalled|replied)),\s+/u;
/** "would" and the verb after it, not a counterfactual ("would have") or a wish ("would like"), nor a view ("would be seen as"). */
const WOULD_ACT = String.raw`would\s+(?!have\b|like\b|(?:normally|usually|often|typically|generally|always|traditionally|sometimes)\b|be\s+(?:seen|regarded|considered)\b)[a-z]+`;
/** The same as a word anywhere (made once: it was made for every later "that"-clause). */
const WOULD_ACT_WORD = new RegExp(`\\b(${WOULD_ACT})\\b`);
/** "would" after a verb of saying or believing is the future of the past: "analysts said Astana would struggle". */
const REPORTED_FUTURE = cue(
  new RegExp(
    String.raw`\b(?:said|says|say|saying|told|tells|telling|added|adds|noted|notes|stressed|stated|${ANSWERED}|believes?|believed|expects?|expected|predicted|predicts|warned|warns|complained|complains|argued|argues|thinks?|thought|feared|fears|estimated|reckoned|concluded|${EXPRESSED}(?:confidence|hope|belief|conviction)|hopes?|hoped|confident)\s+(?:that\s+)?(?:(?!(?:how|whether|if|why|what|when|where|which|who|whom)\s)[\w'’-]+\s+){1,16}?(would\s+(?!have\b|like\b|be\s+(?:seen|regarded|considered)\b)[a-z]+)`,
    "i"
  )
);
/** "… other states would follow within a year": "would" with a horizon foresees (the future seen from a report). */
const FUTURE_HORIZON = cue(
  /\b(?=would\s)(?<!\b(?:promised|pledged|vowed|undertook|committed|agreed|assured)\b[^.;]{0,80})(would\s+(?!have\b|like\b|be\s+(?:seen|regarded|considered)\b)[a-z]+)\b[^.;"“”]{0,40}?\b(?:within|by the end of|before the end of|by)\s+(?:a|the|next|20\d{2}|\d{1,2})\b/i
);
/**
 * A group that speaks, as a noun phrase by its words' classes (review K10): determiners, numbers or capitalised
 * modifiers before a plural in lower case, with its place after it ("analysts", "two analysts", "Nomura analysts",
 * "some traders in Almaty", "analysts at Nomura").
 */
const GROUP_NP = String.raw`(?:(?:some|many|most|other|several|few|both|all|the|these|those|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Ll}[\p{L}-]*s(?:\s+(?:in|at|from|of|with)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})?`;
/** The verbs of saying or believing that close a reported clause ("…, analysts said", "…, said analysts"). */
const SAY_AFTER = String.raw`said|say|says|told\s+[^,.]{1,40}|warned|warn|predicted|predict|added|argued|argue|noted|stressed|cautioned|believes|believed|believe|expect|expected|think|thought|reckon|reckoned`;
/** "… would only deepen, she warned.": "would" in a clause its speaker's verb closes is the future of the past too. */
const FUTURE_ATTRIBUTED_AFTER = new RegExp(
  String.raw`\b(would\s+(?:only\s+|further\s+|soon\s+|eventually\s+|inevitably\s+)?(?!have\b|like\b|be\s+(?:seen|regarded|considered)\b)[a-z]+)\b[^"”»]{0,160},\s*(?:he|she|they|it|the [\p{L} ]{2,40}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}|${GROUP_NP})\s+(?:${SAY_AFTER})(?:,\s*adding\b[^.]*)?\.?$|\b(would\s+(?:only\s+|further\s+|soon\s+|eventually\s+|inevitably\s+)?(?!have\b|like\b|be\s+(?:seen|regarded|considered)\b)[a-z]+)\b[^"”»]{0,160},\s*(?:${SAY_AFTER})\s+(?:${GROUP_NP}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\.?$`,
  "u"
);
/**
 * "According to analysts, Tokyo would struggle …", "In her view, the line would …", "…, the line would cut costs,
 * according to the ministry.": "would" in a clause an attribution frames is the future of the past, as after "said".
 */
const FRAMED_FUTURE = cue(
  new RegExp(
    String.raw`(?:^|,\s*)(?:according to|in (?:the\s+)?(?:\p{L}+['’]s?\s+|his\s+|her\s+|their\s+|its\s+)?(?:view|opinion|words|estimate|estimation|assessment))\b[^,]{0,80},\s*(?:[^.;]*?\s)?(${WOULD_ACT})|\b(${WOULD_ACT})\b[^.;"“”]{0,160},\s*according to\b`,
    "iu"
  )
);
/** A party of a statement committing itself ("The Chinese Side will continue to …"): a commitment, recorded as advice. */
const SIDE_COMMITMENT = new RegExp(
  String.raw`^${STATEMENT_PARTY}\s+(?:will|shall)\s+(?:(?:continue|strive|endeavou?r|seek|work)\s+to|not|never|further|jointly|actively)\b`,
  "u"
);
/**
 * A speaker binding their side ("It will not allow its territory to be used …", "We will match that ambition", "We will
 * never accept …"): a commitment, recorded as advice. The side is the clause's subject at the sentence's start ("we",
 * "our <noun>", a party, a name or "it"): "Analysts say Moscow will not accept …" reports a third party's expected
 * stance, a forecast. "We will see", "we will need", and an outcome the speaker does not do ("we will grow", "we will
 * overtake X") foresee or advise otherwise.
 */
const SIDE = String.raw`(?:[Ww]e|I|It|it|[Oo]ur\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|${STATEMENT_PARTY}|(?:[Tt]he\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`;
/**
 * "<side> will not allow …" where it stands: at the sentence's start, after a speaker's verb of declaring, or opening a
 * clause after "but"/"and" ("…, but at the same time it will not allow …").
 */
const REFUSAL = cue(
  new RegExp(
    String.raw`(^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*:\s+)?(?:(?:But|And|However|Therefore|So|Yet|Still|Again),?\s+)?|\b(?:said|says|say|stated|states|declared|declares|stressed|stresses|reiterated|reiterates|assured|assures|insisted|insists|pledged|pledges|vowed|vows|promised|promises|confirmed|confirms|announced|announces|${ANSWERED})\s+(?:(?:on|last|this|earlier|in)\s+\p{L}+(?:\s+\p{L}+)?\s+)?(?:that\s+)?|[,;]\s*(?:but|and|yet|while)\s+(?:(?:at the same time|also|still)\s*,?\s+)?)${SIDE}\s+["“«]?(will|shall|would)\s+(?:not|never)\s+(?:allow|permit|tolerate|accept|let|become\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:tool|instrument|hostage|pawn|platform|springboard|party|base|bridgehead|battleground|hub|conduit))\b`,
    "u"
  )
);
/** Who foresees rather than declares: "analysts say Moscow will not accept …" is their forecast of Moscow's stance. */
const OBSERVERS =
  /\b(?:analysts?|experts?|observers?|economists?|investors?|critics?|commentators?|traders?|bankers?|markets?|sources?|diplomats)\b/i;
/** "we will <act>": the speaker's side undertaking an act in its power. */
const WE_WILL = new RegExp(
  String.raw`(?<!\b(?:what|whether|if|when|how|that|hope|hopes|hoped|believe|believes|think|thinks|expect|expects|trust|sure|confident)\s)[Ww]e\s+(?:will|shall|are\s+(?:not\s+|never\s+)?going\s+to)\s+(?:not\s+|never\s+|always\s+|also\s+|continue\s+to\s+)?(?!be\b|see\b|have\b|need\b|get\b|know\b|find\b|hear\b|learn\b|lose\b|face\b|probably\b|likely\b|soon\b|${OUTCOME_VERB}\b)\p{Ll}+`,
  "u"
);
function isCommitment(sentence: string): boolean {
  if (WE_WILL.test(sentence)) return true;
  const m = REFUSAL.exec(sentence);
  // ("would" binds a side only in a declaration reported with its verb: "said that Mongolia would never …")
  if (!m || (m[2] === "would" && !/^\p{Ll}/u.test(m[1]!))) return false;
  // (after a verb of declaring or a conjunction, the one who declares is no observer)
  return !/^[\p{Ll},;]/u.test(m[1]!) || !OBSERVERS.test(sentence.slice(0, m.index));
}
/**
 * A transcript turn's opening: a timestamp, then a speaker's label ("[00:00:20] HELEN GRANT: ", "Answer: ", a broadcast's
 * "MARIA LENZ, BYLINE: "), and an interpreter's note after it ("(Through interpreter) ").
 */
const TURN_LABEL =
  /^(?:(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}(?::\d{2}){1,2})\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,7}(?:,\s+\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,2})?(?:\s+\([^()]{1,40}\))?\s*:\s+(?:\((?:[Tt]hrough|[Vv]ia)\s+(?:an\s+)?interpreter\)\s+)?/u;
/** A sound bite's label before its quotation ("[Soundbite] Jane Roe / Danube Institute : "): no part of what is said. */
const SOUND_BITE_LABEL = /^\[[^\]]{1,30}\]\s*[^:"“”«»]{2,120}?:\s*/u;
/** The speaker's side acting: "We conveyed …", "we sent a note …", "Our ministry signed …". */
const FIRST_PERSON_ACT = new RegExp(
  String.raw`^(?:${TURN_LABEL.source.slice(1)})?(?:(?:On|In|Last|Earlier)\b[^,]{0,40}?,?\s+)?(?:[Ww]e|I|[Oo]ur\s+[\p{L}-]+)\s+(?:have\s+|had\s+|also\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b`,
  "u"
);
/**
 * No word of judgement said of something after a copula ("which was a serious mistake", "it is a dangerous precedent"):
 * one as an attribute of the act's object ("lodged a serious complaint", "raised this serious matter") is colour.
 */
function noPredicateJudgement(sentence: string): boolean {
  for (const m of [...matchesOf(JUDGEMENT_ALL, sentence)])
    if (
      /\b(?:is|are|was|were|be|been|being|remains?|remained|became|becomes?|seems?)\s+(?:\p{L}+\s+){0,2}$/iu.test(
        sentence.slice(0, m.index)
      )
    )
      return false;
  return true;
}
/**
 * A readiness reported with its verb of saying ("said Astana was ready to …", "told reporters that Iran stood ready to
 * …"): the speaker offers their side's act.
 */
const REPORTED_READINESS = cue(
  /\b(?:said|says|say|told\s+[^,.]{1,40}?|added|stressed|noted|confirmed|reiterated|declared|assured|stated|affirmed|insisted|emphasi[sz]ed|underlined)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,5}?(?:is|are|was|were|stands?|stood|remains?|remained)\s+["“]?(?:ready|prepared|willing)\s+to\b/iu
);
/** A stated readiness ("Iran is ready to share …", "Astana stands ready to …"): a wish, no view, without a cue of its own. */
const READINESS = cue(/\b(?:is|are|was|were|stands?|stood|remains?)\s+(?:ready|prepared|willing)\s+to\b/i);
/**
 * Membership as a fact, told as the sentence's own clause ("Kazakhstan remains a member of the EAEU", "Turkmenistan is
 * not a party to the treaty", "Mongolia became an observer of the SCO"): no judgement, unless the sentence carries one
 * of its own.
 */
const MEMBERSHIP = cue(
  /^(?:(?:but|and|meanwhile|today|still),?\s+)?[^,:;]{2,60}?\s(?:is|are|was|were|remains?|remained|became|becomes|has been|have been)\s+(?:also\s+|still\s+|now\s+|not\s+|no longer\s+|not yet\s+)?(?:a\s+|an\s+|the\s+)?(?:founding\s+|full\s+|full-fledged\s+|permanent\s+|associate\s+|non-permanent\s+)?(?:member|members|party|parties|signatory|signatories|observer|observers|participant)\s+(?:state\s+)?(?:of|to|in)\b/i
);
/** A text describing itself ("This chronology lists …", "The timeline below covers …"): the page's own framing. */
const SELF_DESCRIPTION = cue(
  /^(?:this|the|our)\s+(?:chronology|timeline|page|article|overview|list|report|brief|fact sheet|survey|piece|summary|dossier|explainer)(?:\s+below)?\s+(?:lists|covers|describes|presents|summari[sz]es|traces|sets out|gives|shows|collects|looks at|follows|records)\b/i
);
/** A site's legal line ("Text is available under a free licence; additional terms may apply"): no one's view. */
const SITE_TERMS = cue(
  /\b(?:licen[cs]e|terms of (?:use|service)|additional terms|privacy policy|cookies?|all rights reserved|copyright|content belongs to)\b/i
);
/**
 * A stated target of one's own, in the present ("aim to lift trade to $15 billion", "agreed to bring it to 20 billion
 * dollars"): a plan. A target someone says a side "would seek to raise …" stays the speaker's forecast.
 */
const OWN_TARGET = cue(
  /(?<!\b(?:would|will|to)\s)\b(?:aim|aims|aiming|plan|plans|intend|intends|seek|seeks|target|targets|agreed|agree)\s+to\s+(?:lift|raise|bring|increase|boost|double|triple|take|push|expand|grow)\b[^.;]{0,80}?\bto\s+(?:about\s+|around\s+|some\s+)?(?:[$€£¥]|US\$|\d)/i
);

/** Who holds an office ("The Japanese Ambassador to Mongolia is X"): a fact. */
const OFFICE_HOLDER =
  /^The\s+(?:[\p{Lu}.][\p{L}.'’-]*\s+){0,3}(?:Ambassador|Minister|President|Chairman|Chair|Head|Representative|Envoy|Consul(?: General)?)\s+(?:to|of|for|in)\s+[^,;]{2,60}?\s+is\s+\p{Lu}/u;
/** "If X were to happen, Y would shift …": a conditional's consequence is a forecast (not "it would be the first"). */
const CONDITIONAL_FUTURE =
  /^(?:but\s+|and\s+)?(?:if|unless|should)\b[^,;]{3,160},\s*(?:[\w'’-]+\s+){0,8}?(would\s+(?!be\b|have\b|seem\b|mean\b)[a-z]+|will\s+[a-z]+)/i;

/**
 * A conditional clause with its own subject and verb opening the sentence ("If Latvia offers nothing, …", "Unless the
 * board finds the money, …"): what the main clause says will happen is contingent, a forecast, never a date kept. Not a
 * participle or a bare word after "if" ("If approved, the treaty will enter into force …", "If necessary, …": the
 * condition of a procedure).
 */
const CONDITION_OPENING =
  /^(?:(?:but|and|yet|so)\s+)?(?:if|unless)\s+(?!(?:approved|ratified|signed|adopted|successful|needed|necessary|required|confirmed|possible|so|not|any|all)\b)[\p{L}'’-]+\s+[\p{L}'’-]+[^,;]{0,150},\s/iu;

/** A question about the future: "Will …?", "Is X likely to …?", "What happens next?". */
const FUTURE_QUESTION =
  /^(?:(?:and|but|so)\s+)?(?:will|would|shall|(?:is|are)\s+[^?]{1,60}\s+(?:likely|going)\s+to|what (?:happens|comes) next|what will)\b/i;

/** A plan or a schedule is not a forecast: "the summit will be held in June", "ministers will meet next week". */
const SCHEDULE = cue(
  /\bwill\s+be\s+(?:taken|made|decided|considered|reviewed|examined|discussed)\s+by\b|\b(?:will|is (?:due|scheduled|set|expected) to|are (?:due|scheduled|set|expected) to)\s+(?:also\s+|not\s+)?(?:be held|take place|take part|take effect|enter into force|come into force|hold(?=\s+(?:a|an|the|its|their|his|her|talks|consultations|negotiations|meetings?|elections?|referendums?|joint|bilateral|trilateral|another|further|several|regular|a series)\b)|host|attend|visit|meet|travel|arrive|bring together|open(?!\s+(?:up\s+)?(?:an?\s+|the\s+)?(?:new\s+)?(?:chapter|page|era|stage|opportunit(?:y|ies)|prospects|horizons|doors|avenues)\b)|chair|participate|address|sign|begin|start|convene|discuss|pay (?:a|an) (?:official |state |working )?visit)\b|\b(?:will|would)\s+(?:go\s+(?:to|towards)|be\s+(?:spent|used|channell?ed|directed|allocated)\s+(?:on|for|to))\b|\b(?:will|would)\s+not\s+(?:take|make|reach|announce)\s+(?:a|any|its|the)\s+(?:final\s+)?decision\s+(?:before|until|ahead of|prior to)\b|\b(?:will|would)\s+not\s+decide\s+(?:before|until)\b|\b(?:will|would)\s+(?:not\s+)?be\s+(?:taken|made)\s+(?:before|until|after)\b|\b(?:will|would)\s+(?:also\s+)?(?:provide|allocate|invest|grant|lend|give|disburse|spend|contribute|mobili[sz]e|earmark|commit|pledge|channel|pay)\s+(?:[\w-]+\s+){0,5}?(?:[$€£¥]|US\$|\d)|\b(?:will|would)\s+be\s+(?:sent|submitted|forwarded|presented|handed|put)\s+(?:to|for|before)\b|\bwould\s+(?:also\s+|not\s+)?(?:be held|take place|convene|reconvene|meet(?=\s+(?:again|in|on|at|next|later|this|for)\b))\b|\bfor ratification\b|\b(?:will|would)\s+(?:also\s+)?(?:sign|adopt|approve|issue|endorse|publish)\s+(?:a|an|the|its|their|two|three|several)\s+(?:[\w-]+\s+){0,4}?(?:statements?|declarations?|agreements?|communiqu[eé]s?|memorand(?:um|a)|treat(?:y|ies)|documents?|resolutions?|road ?maps?|programmes?|programs?|action plans?)\b|\bwill\s+(?:reconvene|resume|adjourn|recess|reassemble|continue(?=\s+(?:tomorrow|the next day|next (?:week|month)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b))\b|\bat a (?:date|time) to be (?:announced|determined|fixed|set|agreed)\b|^it (?:was|has been) (?:announced|decided|agreed) that\b|^(?:under|according to|in line with|as part of)\s+(?:one of\s+)?(?:the|this|that|these|its|their)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|plans?|contracts?|memorand(?:um|a)(?: of understanding)?|MOUs?|treat(?:y|ies)|projects?|programmes?|programs?|road ?maps?|documents?|accords?)\b|\b(?:is|are) to (?:build|be built|operate|run|open|be opened|host|hold|sign|be signed|visit|meet|start|begin|be completed|complete|launch|be launched|supply|deliver|finance|fund|manage)\b/i
);

/**
 * An expectation, not advice: "the first phase should be ready by 2026" (a state reached by a time), "analysts expect
 * the zone to draw trade" (someone expects another's act: "expects to sign" is the subject's own plan).
 */
const EXPECTATION = cue(
  /\b(should\s+(?:be|become)\s+(?:ready|completed|complete|finished|operational|launched|built|commissioned|in place|done|over|signed|ratified)(?=\s+(?:by|in|within|before|at|next|this|early|late)\b)|expects?\s+(?!to\b)(?:[\w'’+-]+\s+){1,5}?to\s+(?!be held\b|take place\b)[a-z]+)/i
);

/** An expectation told in the past, "said it expected the line to carry …": someone's expectation of another's act. */
const PAST_EXPECTATION =
  /\b(expected\s+(?!to\b)(?:[\w'’+-]+\s+){1,5}?(?:[\w'’+-]+,\s+(?:rather than|not|and not|instead of|as well as|along with|unlike|like)\s+[^,.;"“]{2,40},\s+)?to\s+(?!be held\b|take place\b)[a-z]+)/i;

export interface ClaimClass {
  kind: ClaimKind;
  /** The words that decided the kind. */
  cue: string;
  horizon?: string;
}

/** Classifies a sentence as a recommendation, a forecast or an assessment (undefined when it carries no cue). */
export function classifyClaim(sentence: string, {year}: {year?: number} = {}): ClaimClass | undefined {
  // (a quotation opening between a modal or an infinitive's "to" and its verb, 'would "change the map"', 'urged them to
  // "treat …"', hides neither: the speaker's words are read with the sentence's own modal)
  sentence = sentence.replace(QUOTE_AFTER_MODAL, "$1").replace(SAYING_ASIDE, "");
  // "Were the border to close for a week, traders would lose …", "Should the rains fail, Tajikistan will import …": the
  // main clause after an inverted condition foresees (or advises), as after "if".
  const upper = /^(?:(?:but|and|yet|still|indeed),?\s+)?(?:had|were|should)\s/i.test(sentence)
    ? (sentence.toUpperCase().match(/[\p{L}\p{N}'’-]+|,/gu) ?? [])
    : [];
  if (upper.length > 0 && invertedCondition(upper)) {
    const main = sentence.slice(sentence.indexOf(",") + 1);
    const advice = RECOMMENDATION.exec(main);
    if (advice) return {kind: "recommendation", cue: advice[1]!.toLowerCase()};
    const then = INVERTED_MAIN.exec(main);
    if (then) return {kind: "forecast", cue: `inverted-condition:${then[1]!.toLowerCase()}`};
  }
  const rec = RECOMMENDATION.exec(sentence) ?? ADVICE.exec(sentence);
  if (rec)
    return {
      kind: "recommendation",
      cue: rec
        .slice(1)
        .find((g) => g)!
        .toLowerCase()
        .replace(/\s+/g, " ")
    };
  // (a demand told as an expectation of an addressee's act, "We expect the Kyrgyz authorities to close the loopholes",
  // "Kyiv expected Kazakhstan to speak more clearly": advice, not a forecast; an outcome expected of a thing or a
  // side, "we expect deliveries to rise", "expected Armenia to remain", foresees)
  const demand = EXPECTED_ACT.exec(sentence);
  if (demand && !OBSERVERS.test(sentence.slice(Math.max(0, demand.index - 40), demand.index)))
    return {kind: "recommendation", cue: `expect … to ${demand[1]!.toLowerCase()}`};
  // (a promise to hear a request with a stated attitude, "would give the request "careful and favorable
  // consideration"", "would review the requests positively": the speaker's forecast of how it will fare; see
  // src/read/claims-consideration.ts)
  const heard = CONSIDERATION.exec(sentence);
  if (heard)
    return {kind: "forecast", cue: `consideration:${heard[1]!.toLowerCase().split(/\s+/).slice(0, 2).join(" ")}`};
  if (SIDE_COMMITMENT.test(sentence) || isCommitment(sentence)) return {kind: "recommendation", cue: "commitment"};
  // A readiness a speaker states for a side ("said Astana was ready to supply …"): an offer, recorded as advice (the
  // convention of blind12–blind14's golds; the official gold has no case). Not in a relative clause.
  if (REPORTED_READINESS.test(sentence) && REPORTED_READINESS.test(withoutRelatives(sentence)))
    return {kind: "recommendation", cue: "readiness"};
  let fore = forecastOf(sentence, year);
  // A modal inside a relative clause describes the clause's noun ("wants buyers who will not ask it to choose", "a
  // contract for gas that Europe may not need"): the sentence's own kind is its main clause's. Read again with the
  // relative clauses blanked out; a sentence whose only future is in one judges (at most).
  let relativeOnly: string | undefined;
  if (fore && (RELATIVE_OPENER.test(sentence) || INDIRECT_QUESTION.test(sentence))) {
    const main = withoutRelatives(sentence);
    if (main !== sentence) {
      const again = forecastOf(main, year);
      if (!again) relativeOnly = fore.cue;
      fore = again;
    }
  }
  if (fore) return fore;
  const as =
    assessmentOf(sentence) ??
    COPULA_NOT.exec(sentence) ??
    CONSTRAINT.exec(sentence) ??
    CONTRAST.exec(sentence) ??
    FAULT_SUBJECT.exec(sentence);
  if (as) return {kind: "assessment", cue: (as[1] ?? as[0]).toLowerCase()};
  if (relativeOnly) return {kind: "assessment", cue: `embedded:${relativeOnly}`};
  if (CONCESSION.test(sentence)) return {kind: "assessment", cue: "concession"};
  return undefined;
}

/**
 * "<we | a side> expect(s) <an addressee> to <act>": the addressee a side's authorities, partners, government or
 * counterparts, a state or an organisation by its name ("CAREC", "Kazakhstan"), the verb an act (not an outcome,
 * "remain", "grow", nor a being or a having), the one who expects "we", a side's country or government or a name
 * ("Kyiv expected …"): a demand. Not an observer's or a writer's "I expect Russia to press …" (a forecast), nor an
 * observer as the one who expects ("Analysts expect Kazakhstan to raise rates", checked by the caller), nor a passive
 * ("expect the question to be settled").
 */
const EXPECTED_ACT = new RegExp(
  String.raw`(?<=(?:\b[Ww]e|\b(?:his|her|its|their|our)\s+(?:country|government|side|ministry)|(?<!\.\s*)\b\p{Lu}[\p{L}'’-]+)\s+(?:also\s+|fully\s+|still\s+)?["“]?)(?:expect|expects|expected)\s+(?:(?:the|our|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:authorities|partners|government|governments|side|counterparts|neighbou?rs|allies)|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,\s+including\s+[^,]{1,40},)?\s+["“]?to\s+(?:(?:\p{Ll}+ly)\s+)?(?!(?:be|have|become|remain|stay|${OUTCOME_VERB.slice(3, -1)})\b)(\p{Ll}+)`,
  "u"
);
/**
 * A speaker's aside on their own saying, "…, I should say, but …", "…, I must admit.": a hedge of the telling, no advice
 * (not "We should add more trains", whose modal governs the clause).
 */
const SAYING_ASIDE = /,\s+(?:I|we)\s+(?:should|must|have to)\s+(?:say|add|admit|note|stress|confess)(?=\s*[,.;!]|$)/g;
/** An opening quotation mark right after a modal or "to" and before a word in lower case ('would "change', 'to "treat'). */
const QUOTE_AFTER_MODAL =
  /\b((?:would|will|could|may|might|must|should|shall|can|to)\s+(?:not\s+)?)["“„«‘]\s*(?=\p{Ll})/gu;

/** The idiom of prediction by surprise: "would be surprised if …", "would not be surprised to see …". */
const SURPRISED_IF = cue(
  /\b(would\s+(?:not\s+|never\s+)?be\s+(?:very\s+|greatly\s+|quite\s+|a\s+little\s+|(?:a\s+)?bit\s+)?surprised)\s+(?:if|to\s+(?:see|learn|hear|find))\b/i
);

/**
 * The writer's hypothetical in an analysis: a main clause with "would" and a verb of its own ("That would not amount to
 * recognition.", "In this sequence, a treaty would look like a choice.", "Partner status would have handed Moscow an
 * argument."): what would follow from a course not taken, or not yet, is the writer's assessment of it. Not a future in
 * the past after a verb of saying or deciding ("announced that Kazakhstan would not accept", "agreed it would host"),
 * nor a "would" only inside a relative clause ("a bill that would have banned …"), nor a wish ("would like").
 */
const WOULD_MAIN = cue(
  /\bwould\s+(?:not\s+|never\s+|only\s+|also\s+|still\s+|probably\s+|surely\s+|certainly\s+|merely\s+|simply\s+|hardly\s+|then\s+)?(?:have\s+)?(?!like\b|love\b|be\s+held\b|take\s+place\b)(\p{Ll}{2,})\b/u
);
/** A verb of saying, deciding or intending before a "would": the future of a report, not the writer's hypothetical. */
const REPORT_BEFORE_WOULD =
  /\b(?:said|says|saying|say|announced|announces|announcing|promised|promises|pledged|pledges|agreed|agrees|decided|decides|told|tells|stated|states|confirmed|confirms|added|adds|declared|declares|hoped|hopes|expected|expects|warned|warns|insisted|insists|vowed|vows|threatened|threatens|signalled|signaled|indicated|indicates|suggested|suggests|proposed|assured|believed|believes|thought|thinks|argued|argues|claimed|claims|predicted|predicts|wrote|writes|planned|plans|intended|intends|determined|knew|know|knows|clear|sure|confident|whether|if|when|unless|once)\b[^.;]*\bwould\b/i;
function writerHypothetical(sentence: string): string | undefined {
  if (!/\bwould\b/.test(sentence) || REPORT_BEFORE_WOULD.test(sentence) || isSchedule(sentence)) return undefined;
  const m = WOULD_MAIN.exec(withoutRelatives(sentence));
  return m ? `hypothetical:would ${m[1]}` : undefined;
}

/** A forecast's cue in the sentence (an expectation, a modal, a reported or conditional future), or undefined. */
function forecastOf(sentence: string, year: number | undefined): ClaimClass | undefined {
  // (a concession, "We may be far apart, but …", grants; it foresees nothing)
  if (CONCESSION.test(sentence)) sentence = sentence.replace(CONCESSIONS, (m) => " ".repeat(m.length));
  const likely = LIKELY_NOUN.exec(sentence);
  if (likely) return {kind: "forecast", cue: likely[1]!.toLowerCase()};
  // ("I would be surprised if any deal is signed before 2027", "would not be surprised to see …": a prediction told by
  // the speaker's surprise at the outcome, denied or expected)
  const surprised = SURPRISED_IF.exec(sentence);
  if (surprised) return {kind: "forecast", cue: surprised[1]!.toLowerCase()};
  // ("If the talks fail, expect …", "Do not expect …": the writer's imperative of anticipation foresees)
  const imperative = IMPERATIVE_FORECAST.exec(sentence);
  if (imperative) return {kind: "forecast", cue: `imperative:${imperative[1]!.toLowerCase()}`};
  const expected = EXPECTATION.exec(sentence);
  if (expected && !isSchedule(sentence)) {
    const w = expected[1]!.toLowerCase().split(/\s+/);
    return {kind: "forecast", cue: w.length > 3 ? `${w[0]} … ${w.slice(-2).join(" ")}` : w.join(" ")};
  }
  const fc = FORECAST.exec(monthsMasked(sentence)) ?? PAST_EXPECTATION.exec(sentence);
  // (a future bound to a condition the sentence opens with is no schedule: "If Latvia offers nothing, they will sign
  // whatever Moscow puts in front of them")
  if (fc && (!isSchedule(sentence) || CONDITION_OPENING.test(sentence))) {
    const h = /\b(?:by|until|in|before|through|towards?)\s+(20\d{2})\b/.exec(sentence)?.[1];
    const horizon = h && (year === undefined || Number(h) >= year) ? h : undefined;
    return {kind: "forecast", cue: modalCue(fc[1]!), ...(horizon ? {horizon} : {})};
  }
  // ("We keep our 2025 growth forecast at 5.6%", "The fund cut its forecast": a forecaster telling its own forecast;
  // "Direct flights are realistic within a year or two", "we can double this figure within three years": a possibility
  // bound to a time still to come)
  const own = OWN_FORECAST.exec(sentence) ?? POSSIBLE_HORIZON.exec(sentence);
  if (own) return {kind: "forecast", cue: own[1]!.toLowerCase().replace(/\s+/g, " ").trim()};
  const future =
    REPORTED_FUTURE.exec(sentence) ??
    CONDITIONAL_FUTURE.exec(sentence) ??
    FUTURE_ATTRIBUTED_AFTER.exec(sentence) ??
    framedFuture(sentence, year) ??
    FUTURE_HORIZON.exec(sentence);
  if (future && !isSchedule(sentence)) return {kind: "forecast", cue: modalCue((future[1] ?? future[2])!)};
  return undefined;
}

/**
 * Words a "that"-clause completes rather than describes (a text read without a verb dictionary may take them for
 * nouns): English verbs of saying, thinking, showing and feeling with their common forms ("believe that", "this hints
 * that", "argues that"), adjectives of certainty and feeling ("clear that", "confident that"), and nouns whose "that"
 * states their content ("a bet that …", "the hope that …", "fears that …"): a future there is what is said, hoped or
 * feared, not a description of a thing.
 */
const THAT_COMPLEMENT = new RegExp(
  String.raw`^(?:(?:say|tell|believe|think|consider|argue|hint|suggest|show|mean|indicate|note|stress|warn|fear|expect|hope|know|feel|find|claim|insist|assert|add|confirm|announce|report|reveal|reali[sz]e|recogni[sz]e|acknowledge|admit|agree|understand|doubt|assume|predict|conclude|ensure|promise|emphasi[sz]e|underline|underscore|recall|explain|estimate|demonstrate|prove|imply|signal|reckon|suspect|worry|concede|deny|decide|learn|remember|see|state|declare|assure|reiterate|observe|remark|complain|contend|maintain|caution|notice|guarantee|forecast|project|anticipate|bet|trust|pledge|vow|urge|demand|ask|propose|recommend|request|require|insist|imagine|accept|stipulate|specify|clarify|pretend|boast|write|wrote|told|said|thought|knew|felt|found|saw|meant|taught|held)(?:s|es|ed|d|ing)?|clear|sure|certain|likely|unlikely|possible|impossible|evident|obvious|true|confident|convinced|aware|afraid|glad|plain|apparent|hope|hopes|fact|belief|beliefs|expectation|expectations|sign|signs|view|views|promise|promises|assurance|assurances|idea|risk|risks|chance|chances|possibility|likelihood|prospect|prospects|danger|threat|message|impression|suggestion|proposal|conviction|confidence|evidence|indication|indications|news|notion|argument|assumption|prediction|concern|concerns|doubts|fears|reports|rumours|rumors|warnings?|claims|grounds)$`,
  "i"
);

/**
 * A relative clause src/read/clauses.ts found that is one: a "that" after a comma or after a word it completes
 * ({@link THAT_COMPLEMENT}: "experts believe that …", "a bet that …") opens a reported or content clause.
 */
function relativeThat(sentence: string, c: {start?: number}): boolean {
  const at = c.start!;
  const rest = sentence.slice(at);
  // ("where"/"when" clauses set a scene, "the arena where a contest may unfold"; a "which" after a comma that tells a
  // consequence, "…, which could lead to …", is about the whole clause before it: both keep their modal)
  if (/^(?:where|when)\b/i.test(rest) || SENTENTIAL_WHICH.test(rest)) return false;
  if (!/^that\b/i.test(rest)) return true;
  const before = sentence.slice(Math.max(0, at - 40), at);
  // (after a comma: a reported clause; a cleft's "that", "it is Central Asia that becomes …", holds the predication)
  if (/,\s*$/.test(before) || /\bit\s+(?:is|was|['’]s)\s+(?:\p{Ll}+ly\s+|not\s+|only\s+)?[^,;]{1,40}$/iu.test(before))
    return false;
  // (the word before, or one of the three before it with a time phrase between: "said last month that")
  const words =
    before
      .split(/,/)
      .at(-1)!
      .match(/[\p{L}'’-]+/gu) ?? [];
  if (words.length === 0) return false;
  return !words
    .slice(-4)
    .some(
      (w, k, all) => THAT_COMPLEMENT.test(w) && (k === all.length - 1 || TIME_WORD.test(all.slice(k + 1).join(" ")))
    );
}
/** Words of a time phrase between a verb and its "that" ("said last month that", "announced on Monday that"). */
const TIME_WORD =
  /^(?:(?:last|this|next|earlier|later|on|in|again|also|too|recently|previously|today|yesterday|week|month|year|day|morning|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\s*)+$/;

/**
 * "which" with a modal and an English verb of causing or consequence ("which could lead to", "which would mean", "which
 * may result in", "which might trigger"): a relative about the whole clause before it, whose future it tells.
 */
const SENTENTIAL_WHICH =
  /^which\s+(?:will|would|could|may|might|can)\s+(?:also\s+|eventually\s+|well\s+|soon\s+|in turn\s+)?(?:lead|result|mean|cause|trigger|spark|bring|prompt|force|push|provoke|produce|create|open|pave|set off|usher|spell|entail|imply|undermine|jeopardi[sz]e|threaten|give rise)\b/i;

/** A coordinated clause of its own: ", and <subject of up to six words> <auxiliary or modal>". */
const NEXT_CLAUSE =
  /,?\s+(?:and|but|yet|while|whereas)\s+(?:[\p{L}\p{N}'’-]+\s+){1,6}?(?:will|would|can|could|may|might|must|should|shall|is|are|was|were|has|have|had|does|do|did)\b/u;

/**
 * Advice in other constructions than a modal of obligation (src/read/claims.ts's RECOMMENDATION): a goal's condition and
 * a necessity ("If Astana wants X, it will have to …", "To keep its buyers, Ashgabat would need to …"); a wish that
 * another party act ("hoped (that) other members would follow …", "expressed hope that Kabul would guarantee …", not
 * an outcome: "hoped the talks would lead to …"); a course judged in the conditional ("It would be a mistake to …",
 * "Joining the bloc would be a mistake", "It would be wise, however, to …", not a view of a view: "it would be wrong to
 * assume …"); a course weighed against another ("A summit in the region would send a stronger signal than …", "it would
 * do more for … than …").
 */
const ADVICE = cue(
  new RegExp(
    [
      String.raw`(?:^(?:(?:[Bb]ut|[Aa]nd|[Yy]et),?\s+)?|\b(?:said|says|told\s+[^,]{1,40}?|added|argued|stressed|warned|insisted|believes|thinks)\s+(?:that\s+)?)(?:[Ii]f|[Uu]nless)\s+[^,]{1,80}?\b(?:(?:wants?|wanted|hopes?|hoped|intends?|wishes|aims?|seeks?|is|are|was|were)\s+to\s+[^,]{1,80}|(?:wants?|wanted|needs?|needed|seeks?|sought|hopes?\s+for|aims?\s+for)\s+(?!to\b)[^,]{1,80}),\s*(?:[^,]{1,40},\s*)?(?:[\p{L}'’-]+\s+){0,4}?((?:will|would)\s+(?:still\s+|also\s+|first\s+)?(?:have|need)\s+to)\b`,
      String.raw`^(?:(?:[Bb]ut|[Aa]nd|[Yy]et),?\s+)?(?:In order\s+)?[Tt]o\s+\p{Ll}+\b[^,]{1,80},\s*(?:[\p{L}'’-]+\s+){1,4}?((?:will|would)\s+(?:still\s+|also\s+|first\s+)?(?:have|need)\s+to)\b`,
      String.raw`(?:^|\b(?:he|she|they|we|I|[Ww]e)\s+(?:also\s+)?|\b(?:expressed|voiced)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?)((?:hopes?|hoped|hoping|wish(?:es|ed)?))\s+(?:that\s+)?(?!(?:he|she|I|we|it|they|this|that)\s)(?:[\p{L}'’-]+\s+){1,6}?(?:would|will)\s+(?:also\s+|soon\s+|now\s+)?(?!(?:be|become|have|lead|bring|result|give|yield|contribute|serve|help|remain|stay|${OUTCOME_VERB.slice(3, -1)})\b)\p{Ll}+`,
      String.raw`\b([Ii]t\s+would\s+be\s+(?:a\s+)?(?:\p{Ll}+\s+)?(?:mistake|error|folly|blunder|misstep|wrong|unwise|wise|foolish|naive|reckless|better|best|prudent|sensible|advisable|smart|right|(?:bad|good|better)\s+idea|(?:wise|smart|sensible)\s+move))(?:\s*,\s*(?:\p{Ll}+\s*){1,3},)?\s+to\s+(?!(?:assume|think|believe|say|suggest|expect|imagine|conclude|argue|see|call|describe|read|regard|view|dismiss|overstate|exaggerate)\b)\p{Ll}+`,
      String.raw`^(?:(?:[Bb]ut|[Aa]nd|[Yy]et),?\s+)?\p{L}\p{Ll}+ing\s+[^,;]{1,60}?\s+(would\s+be\s+(?:a\s+)?(?:\p{Ll}+\s+)?(?:mistake|error|folly|blunder|misstep|wrong|unwise|wise|foolish|reckless|better|prudent|sensible|advisable|smart|(?:bad|good)\s+idea))\b`,
      String.raw`\b(would\s+(?:also\s+|still\s+|surely\s+)?(?:do|send|serve|help|achieve|accomplish|signal|show|count|matter|go)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:more|less|better|further|\p{Ll}+er)\b[^.;]{0,80}?\bthan)\b`,
      String.raw`\b(?:I|[Ww]e)\s+(?:(?:also|now|therefore|again|simply|only|really|still)\s+)?((?:ask|urge|call on|call upon|appeal to|encourage|invite|want|would like|are asking|am asking|are calling on|am calling on)\s+(?!(?:to|ourselves|myself|themselves|whether|if|why|how|what|when|who|for)\b)(?:(?!to\b)[\p{L}\p{N}'’-]+\s+){1,5}?to\s+(?!date\b)\p{Ll}+|(?:ask|are asking|am asking|request|insist)\s+that)\b`
    ].join("|"),
    "u"
  )
);

/** A concession granted with "may"/"might" before ", but" ("We may be far apart, but …"): no forecast. */
const CONCESSION = cue(
  /\b(?:may|might)\s+(?:well\s+)?(?:be|have|seem|look|sound|appear|differ)\b[^.;,]{0,80}(?=,\s*but\b)/i
);
const CONCESSIONS = new RegExp(CONCESSION.source, "gi");

/** A noun of likelihood as the subject's head: "A more likely risk is …", "The probable outcome is …". */
/** A copula placing its subject in a named place: "is in Moscow", "are based in Almaty". */
const LOCATED = /\b(?:is|are|was|were)\s+(?:based\s+|located\s+|still\s+)?in\s+\p{Lu}\p{Ll}+[.,;]?\s*$/u;
/** A forecaster keeping, raising or cutting its own forecast: "We keep our 2025 growth forecast at 5.6%". */
const OWN_FORECAST = cue(
  /\b(?:keep|keeps|kept|maintain|maintains|maintained|raise|raises|raised|lower|lowers|lowered|cut|cuts|revise|revises|revised)\s+((?:our|its|their)\s+(?:[\p{L}\d-]+\s+){0,3}(?:forecasts?|projections?))\b/iu
);
/**
 * A possibility bound to a time still to come: an adjective of feasibility or "can"/"could" before "within a year", "in
 * the next decade", "by 2030", "by the end of …" (not "by the railway": a means).
 */
const POSSIBLE_HORIZON = cue(
  /\b((?:is|are|be|seems?|looks?)\s+(?:(?:quite|very|entirely|fully|perfectly)\s+)?(?:realistic|achievable|feasible|possible|attainable|doable)|(?:can|could)\s+(?:\p{Ll}+\s+){0,3}?\p{Ll}+)\b[^.;"“”]{0,60}?\b(?:within\s+(?:a|an|the\s+next|two|three|four|five|ten|\d{1,2})\b|(?:in|over)\s+the\s+(?:next|coming)\b|by\s+(?:20\d{2}|the\s+end\s+of|next)\b)/iu
);
const LIKELY_NOUN = cue(
  /\b((?:the|a|an)\s+(?:more\s+|most\s+)?(?:likely|probable)\s+(?:outcome|scenario|result|risk|consequence|path|course|response|successor|winner|answer|next step))\s+(?:is|would be|will be)\b/i
);

/** An indirect question after a preposition or a verb of asking: "about how long X will …", "asked whether Y could …". */
const INDIRECT_QUESTION =
  /\b(?:about|on|of|over|as to|asked|asking|wondered|wondering|question(?:ed|s)?)\s+(?:how(?:\s+(?:long|much|many|far|soon))?|whether|when|what|why|if)\s+[^,;.]{1,120}/i;
const INDIRECT_QUESTIONS = new RegExp(INDIRECT_QUESTION.source, "gi");

/** A word that may open a relative clause (src/read/clauses.ts tells by word class whether it does). */
const RELATIVE_OPENER = /\b(?:who|whom|whose|which|that|where|when|whoever|whatever)\b/i;

/**
 * The sentence with its relative clauses (src/read/clauses.ts: "who/which/whose …", "that" after a noun, "where/when"
 * after one) blanked out, character for character, so that offsets stay; the sentence itself when it has none.
 */
function withoutRelatives(sentence: string): string {
  // (an indirect question's modal asks, "a question about how long Kazakhstan will …": blanked to its comma)
  sentence = sentence.replace(INDIRECT_QUESTIONS, (m) => " ".repeat(m.length));
  const rel = clausesOfText(sentence).filter(
    (c) => c.kind === "relative" && c.start !== undefined && relativeThat(sentence, c)
  );
  if (rel.length === 0) return sentence;
  let out = sentence;
  for (const c of rel) {
    // (a relative ends where a coordinated clause with a subject and a verb of its own begins: "a hub that can …, and
    // Turkmen gas would add …")
    const next = NEXT_CLAUSE.exec(sentence.slice(c.start, c.end));
    const end = next ? c.start! + next.index : c.end!;
    out = out.slice(0, c.start) + "\u0000".repeat(end - c.start!) + out.slice(end);
  }
  // (taken out, with the commas that set it off: "said the pipeline, which will carry gas, would open" reads "said the
  // pipeline would open" — the reported clause's own future; review K21)
  return out
    .replace(/,\s*\u0000+\s*,/g, " ")
    .replace(/\s*\u0000+/g, "")
    .replace(/\s+([.;])/g, "$1");
}

/** Where one clause of a sentence ends and a coordinated or appended one begins: "; ", ": ", ", and ", ", but ", " — ". */
const CLAUSE_BOUND = /;\s|:\s|,\s+(?:and|but|yet|while|whereas)\s|\s[—–]\s/g;
/**
 * The clause of a sentence (its relatives taken out) that holds the cue of the writer's view `cue` (as
 * {@link authorView} gives it): "The Kremlin knows this" of "The Kremlin knows this, and it has used it: in October …".
 * The whole sentence (without its relatives) when the cue is not found in it.
 */
function cueClause(sentence: string, cue: string): string {
  const text = withoutRelatives(sentence);
  const at = text.toLowerCase().indexOf(cue.replace(/^mind:/, "").split(" ")[0]!);
  if (at < 0) return text;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BOUND)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * {@link FRAMED_FUTURE}, unless the clause is dated in a year before the article's ("According to the ministry, the
 * tariff would rise in 2019 after the reform": a future in the past that is past; review K10).
 */
function framedFuture(sentence: string, year: number | undefined): RegExpExecArray | null {
  const m = FRAMED_FUTURE.exec(sentence);
  if (!m || year === undefined) return m;
  const past = [...sentence.matchAll(/\b(?:in|by|before|until|from)\s+((?:19|20)\d{2})\b/g)].some(
    (y) => Number(y[1]) < year
  );
  return past ? null : m;
}

/** The main clause's future after an inverted condition ("…, traders would lose …"); "would have" is a counterfactual. */
const INVERTED_MAIN = /\b(would\s+(?!have\b|be\b|seem\b|mean\b)[a-z]+|will\s+[a-z]+)\b/i;

/**
 * The month "May" in running text ("warned in its May update", "on 3 May") written "Mai", so that only the modal, in
 * lower case or opening the sentence, forecasts (the same length: offsets and cues stay).
 */
function monthsMasked(sentence: string): string {
  return sentence.includes("May") ? sentence.replace(/(?<=[\p{L}\p{N},;:)]\s+)May\b/gu, "Mai") : sentence;
}

/** "might inevitably be" → "might be": a modal's cue is the modal and its verb. */
function modalCue(cue: string): string {
  const w = cue.toLowerCase().split(/\s+/);
  return /^(may|might|could)$/.test(w[0]!) && w.length > 2 ? `${w[0]} ${w[w.length - 1]}` : w.join(" ");
}

/** The word that makes a sentence a judgement rather than a report, or undefined. */
export function judgementCue(sentence: string): string | undefined {
  const first = JUDGEMENT.exec(sentence);
  if (!first || !(inName(sentence, first.index, first[0]) || inCompound(sentence, first.index, first[0])))
    return first?.[1]?.toLowerCase();
  // A word of judgement inside a name ("Northbridge Risk", "the Good Governance Fund") or a hyphenated compound ("a
  // treaty of good-neighbourliness") judges nothing: the next one.
  for (const m of [...matchesOf(JUDGEMENT_ALL, sentence)])
    if (!inName(sentence, m.index, m[0]) && !inCompound(sentence, m.index, m[0])) return m[1]!.toLowerCase();
  return undefined;
}

/** A word joined to another by a hyphen: part of a compound ("good-neighbourliness", "low-cost"). */
function inCompound(sentence: string, at: number, word: string): boolean {
  return sentence[at + word.length] === "-" || (at > 0 && sentence[at - 1] === "-");
}

/** A word of judgement in the sentence outside what `fact` matched ("remains a member of …, which limits its ability"). */
function strongBeyond(sentence: string, fact: RegExp): boolean {
  const m = fact.exec(sentence);
  const rest = m ? sentence.slice(0, m.index) + " " + sentence.slice(m.index + m[0].length) : sentence;
  const apposition = JUDGING_APPOSITION.exec(rest)?.[0];
  return (
    judgementCue(rest) !== undefined ||
    CAUSAL.test(rest) ||
    CONSTRAINT.test(rest) ||
    // "…, a bloc that has failed to deliver" (not "…, a union founded in 2015", nor one dated in its clause)
    (apposition !== undefined && !/\d/.test(apposition) && !DATED.test(apposition))
  );
}
/** A description of the thing named, in a relative clause set off by a comma: "…, a club that has done little for …". */
const JUDGING_APPOSITION = /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:that|which|whose)\s+[^.;]+/u;

/** A capitalised word after another capitalised one, not at the sentence's start: part of a name. */
function inName(sentence: string, at: number, word: string): boolean {
  return at > 0 && /^\p{Lu}/u.test(word) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(sentence.slice(Math.max(0, at - 30), at));
}

/** A weaker sign of argument (a stance verb, a modal, a connective), or undefined. */
export function argumentCue(sentence: string): string | undefined {
  return ARGUMENT.exec(sentence)?.[1]?.toLowerCase();
}

/** True when the sentence announces a plan or a schedule ("the talks will take place in May"). */
export function isSchedule(sentence: string): boolean {
  // (an indefinite time makes no plan of a meeting that has no date of its own; one with a date stays a plan: review K8)
  // (the date must be the meeting's, after its verb: "told me last week that the talks would take place sooner or
  // later" dates the telling)
  const m = SCHEDULE.exec(sentence);
  // (and a future pinned to a point of the calendar, whatever its verb: "X will return to the capital tomorrow"; and
  // what an agreement or a plan sets down: "Y will receive gas under the contract", "The plant will consist of …")
  return (
    (m !== null && !(INDEFINITE_TIME.test(sentence) && !OWN_DATE.test(sentence.slice(m.index)))) ||
    calendarFuture(sentence) ||
    planContent(sentence)
  );
}
/**
 * Adverbs of an indefinite time ("sooner or later", "eventually", "one day", "at some point", "in due course"): a plan
 * has a date; "the talks would take place sooner or later" foresees.
 */
const INDEFINITE_TIME =
  /\b(?:sooner or later|eventually|one day|some day|someday|at some point|in due course|before long)\b/i;
/** A date or a named time of the sentence's own: "on 3 June", "in June", "next week", "tomorrow", "June 3". */
const OWN_DATE = new RegExp(
  String.raw`${DATED.source}|\b(?:next|this coming)\s+(?:week|month|year|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\btomorrow\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b`,
  "i"
);

export interface ClaimOptions {
  sourceId: string;
  /** The body the sentences' offsets point into: a quotation of two sentences is quoted from it as written. */
  body?: string;
  /** The article's year: forecasts' horizons must not be before it. */
  year?: number;
  /** Speaker for narration when the author is unknown. Defaults to "unknown author". */
  unknownAuthor?: string;
  /**
   * The kind of piece. In an "analysis" the author's own judgements are claims, with or without a
   * cue word; in "news" the narration reports and only forecasts and recommendations about an actor
   * count. Defaults to "news".
   */
  genre?: Genre;
  /**
   * People quoted as experts (analysts, economists, fellows: src/read/document.ts lists them). In a news story or an
   * analysis an expert is quoted for a view, so their undated quoted sentences are assessments even without a cue word.
   */
  experts?: readonly string[];
  /**
   * The actor a name stands for ("Kazakhstan", "Astana" and "the Kazakh minister" → "KAZ"): tells whether a reported
   * future ("Kazakhstan would not …") binds the speaker's own side, a commitment or a pledge, or foresees another's.
   */
  sideOf?: (name: string) => string | undefined;
}

/** What kind of piece a document is, for whose sentences are claims. */
export type Genre = "interview" | "news" | "analysis";

/** Why a sentence gave no claim (the vocabulary of src/read/why.ts). */
export type NoClaimReason = "question" | "too-short" | "heading" | "no-speaker" | "no-cue" | "fact" | "planned";

/**
 * A subheading: a short line with no closing punctuation ("What the region should ask for", "Russia supplemented, not
 * displaced"). It names a section; it argues nothing.
 */
function isHeading(text: string): boolean {
  const t = text.trim();
  if (/[.!?…:;"”»’)\]\d]$/.test(t) || t.split(/\s+/).length > 12) return false;
  // A list item without a full stop still advises ("Publish the terms of every loan"); a heading asks ("What the region
  // should ask for") or has no cue at all.
  return /^(?:What|Why|How|Where|When|Who|Which|Whither)\b/.test(t) || !classifyClaim(t);
}

/**
 * Where a sentence's second reported clause starts: "… and that …" after a "that"-clause (not "…, and that will not
 * change": a demonstrative subject), or "… and called for / urged
 * / stressed …" (a second verb of saying with the same subject).
 */
const SECOND_CLAUSE = new RegExp(
  String.raw`,?\s+and\s+(?=that\s(?!(?:will|would|is|was|has|can|could|may|might|must|should|shall)\b)|(?:also\s+)?(?:called (?:for|on)|urged|appealed|proposed|suggested|stressed|noted|emphasi[sz]ed|underlined|warned|said|added|${EXPRESSED}(?:confidence|hope))\b)`,
  "g"
);

/** A first clause that is itself reported ("X noted …", "X stressed that …", "X spoke in favour of …"). */
const FIRST_CLAUSE_REPORTED = new RegExp(
  String.raw`\b(?:that|noted|stressed|emphasi[sz]ed|underlined|said|called|urged|warned|believes?|thinks?|${ADVOCACY})\b`
);

/**
 * Where a sentence's coordinated clause of another kind may start: a second verb of saying after "but" (", but added
 * that …"), a verb of hoping or judging after "and" ("… and hoped that …", "… and praised …"), a participle of
 * describing after a comma (", calling X "…""), or a clause with its own subject and an auxiliary, a modal or a copula
 * after ", and", ", but", ", while", ", whereas", ", yet" or ", however" (", and China's trade with them will grow").
 */
const OTHER_CLAUSE = new RegExp(
  String.raw`,?\s+but\s+(?:also\s+)?(?=(?:added|said|stressed|noted|warned|insisted|acknowledged|admitted|conceded|cautioned)\b)|,?\s+and\s+(?=(?:hoped|believed|expected|welcomed|praised|described|called|predicted|forecast|warned|argued|insisted|cautioned|conceded|acknowledged)\b)|,\s+(?=(?:calling|describing|terming|labell?ing|praising|branding|dubbing)\s)|,\s+(?:and|but|while|whereas|yet|however,?)\s+(?!(?:that|this|it|which)\s)(?=(?:[\p{L}\p{N}'’"“”-]+\s+){1,6}?(?:will|would|can|could|may|might|must|should|shall|ought|is|are|was|were|has|have|had|remains?|remained)\b)`,
  "gu"
);

/** A part of a sentence, with its own kind (undefined when it carries no sign of one). */
interface ClausePart {
  from: number;
  to: number;
  kind?: ClaimKind;
  cue?: string;
  horizon?: string;
}

/**
 * The sentence's reported clauses, each with its own kind: "X stressed that A and that B", "X noted … and called for
 * …" when every clause is a claim; and, when its clauses are of different kinds, "X praised Y as "…" and said Z would
 * …", "…, but added that …", "In her view, A, and B is likely to …", "…, calling X "…"" (a clause with no sign of a kind
 * of its own stays with the one before it). Undefined when the sentence is one claim. Offsets are into the sentence; the
 * first clause keeps the speaker's words ("X stressed"). `names(from, to)`: whether the words there name an actor (a
 * reported clause about one is the speaker's assessment).
 */
export function reportedClauses(
  text: string,
  year?: number,
  names?: (from: number, to: number) => boolean,
  speech?: "reported" | "quoted"
): ClausePart[] | undefined {
  const said =
    /\band\s+(?:that|also|called|urged|appealed|proposed|suggested|stressed|noted|emphasi|underlined|warned|said|added|expressed)/.test(
      text
    );
  const cuts = said
    ? [...matchesOf(SECOND_CLAUSE, text)].map((m) => ({at: m.index!, next: m.index! + m[0].length}))
    : [];
  // (the first clause must itself be reported: "X noted …", "X stressed that …")
  const reported = cuts.length > 0 && cuts.length <= 3 && FIRST_CLAUSE_REPORTED.test(text.slice(0, cuts[0]!.at));
  if (reported) {
    const parts = clauseParts(text, cuts, year, names);
    if (parts.every((p) => p.kind !== undefined && p.cue !== "about-actor" && p.cue !== "quoted-words")) return parts;
  }
  // Clauses of different kinds, the ones above or others.
  const other = [...matchesOf(OTHER_CLAUSE, text)].map((m) => ({at: m.index!, next: m.index! + m[0].length}));
  // ("… and that …" continues a report only after a reported first clause: "…, and that will not change" goes on
  // about the clause before it)
  const all = [...cuts.filter((c) => reported || !/^that\s/.test(text.slice(c.next))), ...other]
    .sort((a, b) => a.at - b.at)
    .filter((c, k, l) => k === 0 || c.at >= l[k - 1]!.next);
  if (all.length === 0 || all.length > 3) return undefined;
  const parts = clauseParts(text, all, year, names);
  // (a clause with no kind of its own joins the one before it, or the first one after it)
  const kept: ClausePart[] = [];
  let pending: number | undefined;
  let otherVoice = false;
  // (a second verb of the same subject, "X said A and called on Y to …", makes the sentence one act of saying: its
  // clauses join as before)
  const secondPredicate = parts.slice(1).some((p) => /^(?:also\s+)?\p{Ll}+ed\b/u.test(text.slice(p.from)));
  for (const [k, p] of parts.entries()) {
    // (a clause with a speaker of its own, "…, while the Russian ambassador said …", is that speaker's, not a part of
    // this one's claim: it and what follows are left out; review K19)
    if (k > 0 && NEW_VOICE.test(text.slice(p.from))) {
      otherVoice = true;
      break;
    }
    if (p.kind === undefined) {
      // (in a speaker's words a clause with a subject and a verb of its own is the speaker's view, of its own kind
      // when the clause beside it foresees or advises: "A, and B will grow", "A will …, however B remains open")
      const last = kept.at(-1);
      if (
        speech !== undefined &&
        !secondPredicate &&
        (last === undefined || last.kind !== "assessment") &&
        !CONCESSION.test(text) &&
        spokenClause(text, p, k === 0, speech === "quoted")
      ) {
        kept.push({
          ...p,
          ...(last === undefined && pending !== undefined ? {from: pending} : {}),
          kind: "assessment",
          cue: "speech-clause"
        });
        pending = undefined;
        continue;
      }
      if (last) last.to = p.to;
      else pending ??= p.from;
      continue;
    }
    kept.push(pending !== undefined ? {...p, from: pending} : p);
    pending = undefined;
  }
  if (otherVoice && kept.length > 0) return kept;
  if (kept.length < 2 || new Set(kept.map((p) => p.kind)).size < 2) return undefined;
  return kept;
}

/**
 * A part of a speaker's sentence that says something of its own: four words or more with a finite verb, the first part
 * only when it holds the reported words ("X said A", "In her view, A") or is the quotation itself (the speaker's
 * verb alone, "X told reporters in Astana", says nothing); a dated act with a number is a reported fact.
 */
function spokenClause(text: string, p: ClausePart, first: boolean, quoted: boolean): boolean {
  const part = text.slice(p.from, p.to);
  if (piecesBelow(part, 4) || !FINITE.test(part) || DATED.test(part)) return false;
  // (a number with no word of judgement, "trade exceeds $11 billion", or a state denied, "were not affected", reports)
  if ((/\d/.test(part) && judgementCue(part) === undefined) || STATE_REPORT.test(part)) return false;
  // (the speaker's own side's future joins the rest, a commitment: "and that the two countries would coordinate …")
  if (OWN_SIDE_SUBJECT.test(part) && /\b(?:will|would|shall)\b/.test(part)) return false;
  // (a happening told in the simple past, "that the delegations met twice", reports: no auxiliary, copula or modal
  // beside a past form; the first part is read after its verb of saying)
  const said = first ? SAID_CONTENT.exec(part) : null;
  const content = said ? part.slice(said.index + said[0].length - said[1]!.length) : part;
  if (!AUXILIARY.test(content) && content.split(/[\s,;]+/).some(pastShaped)) return false;
  if (!first) return true;
  return quoted || said !== null || VIEW_OPENER.test(part) || /^["“«]/.test(part);
}
/** Auxiliaries, copulas and modals: a clause with one is not told as a bare past happening. */
const AUXILIARY =
  /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall|ought|remains?|remained|seems?|seemed)\b/;
/** A state or a step told by its participle: "were not affected", "is signed", "had been approved". */
const STATE_REPORT = new RegExp(
  String.raw`\b(?:is|are|was|were|been)\s+(?:not\s+|already\s+|now\s+)?(?:${FACT_PARTICIPLE})\b`,
  "i"
);
/** A finite verb: an auxiliary, a copula, a modal, a verb in -s or -ed after a subject. */
const FINITE =
  /\b(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall|remains?|remained|\p{Ll}{3,}(?:s|ed))\b/u;
/** A verb of saying or thinking followed by what is said: "said the line was", "consider, that …", "believes A". */
const SAID_CONTENT =
  /\b(?:said|says|say|told\s+[^,.;]{1,40}?|added|argued|noted|stressed|insisted|believes?|believed|thinks?|thought|considers?|considered|explained|confirmed|stated|declared)\s*,?\s+(?:that\s+)?((?:[\p{L}\p{N}'’-]+\s+){2,})/u;

/** A clause that opens with a subject of its own and a verb of saying or predicting ("the Russian ambassador said …"). */
const NEW_VOICE =
  /^(?!(?:(?:and|but|also|then)\s+)*(?:said|says|added|told|argued|warned|noted|stressed|insisted|predicted|believes|thinks|expects)\b)(?:[\p{L}\p{N}'’.-]+\s+){1,7}?(?:said|says|told|added|argued|warned|predicted|noted|stressed|insisted|believes|believed|expects|expected|thinks|thought|claimed|countered|replied|responded)\b/u;

/** The sentence cut at `cuts`, each part with its kind (from its cues, a quoted phrase or, reported, a named actor). */
function clauseParts(
  text: string,
  cuts: readonly {at: number; next: number}[],
  year: number | undefined,
  names: ((from: number, to: number) => boolean) | undefined
): ClausePart[] {
  const spans = cuts.map((c, k) => ({from: k === 0 ? 0 : cuts[k - 1]!.next, to: c.at}));
  spans.push({from: cuts.at(-1)!.next, to: text.length});
  let prev: ClausePart | undefined;
  return spans.map((sp) => {
    const part = text.slice(sp.from, sp.to).replace(/[.!?…"”»]+$/, "");
    const span = {from: sp.from, to: sp.from + part.length};
    if (part.split(/\s+/).length < 4) return (prev = span);
    let cls = classifyClaim(part, year === undefined ? {} : {year});
    // (a refusal after its conjunction, "…, but at the same time it will not allow …", commits as in the sentence)
    if (
      cls?.kind !== "recommendation" &&
      sp.from > 0 &&
      isCommitment(text.slice(cuts[spans.indexOf(sp) - 1]!.at, sp.to))
    )
      cls = {kind: "recommendation", cue: "commitment"};
    // (a refusal continued in the next clause, "… will not allow …, and that it would not "sacrifice …"", commits too)
    if (!cls && prev?.cue === "commitment" && /\b(?:will|would|shall)\s+(?:not|never)\b/.test(part))
      cls = {kind: "recommendation", cue: "commitment"};
    // (a later "that"-clause of the same verb of saying, "told me that A and that B would …": its "would" is the
    // future of the past, as right after the verb)
    // (not the speaker's own side, "and that the two countries would coordinate …": a commitment, read with the rest)
    const would =
      !cls && sp.from > 0 && /^that\s/.test(part) && !OWN_SIDE_SUBJECT.test(part) ? WOULD_ACT_WORD.exec(part) : null;
    if (would) cls = {kind: "forecast", cue: modalCue(would[1]!)};
    const cue =
      cls?.cue ??
      judgementCue(part) ??
      (quotedPhrase(text.slice(sp.from, sp.to)) ? "quoted-words" : undefined) ??
      (names?.(span.from, span.to) && REPORTED_PART.test(part) ? "about-actor" : undefined);
    if (!cue) return (prev = span);
    return (prev = {...span, kind: cls?.kind ?? "assessment", cue, ...(cls?.horizon ? {horizon: cls.horizon} : {})});
  });
}

/** A reported clause: a verb of saying or confirming with its "that" ("confirmed that …", "said the corridor was …"). */
const REPORTED_PART =
  /\b(?:said|says|confirmed|noted|stressed|added|insisted|emphasi[sz]ed|underlined|stated|declared|assured|reiterated)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,6}?(?:is|are|was|were|has|have|had|remains?|remained|respects?|respected|supports?|supported|opposes?|opposed|considers?|considered|sees?|saw|regards?|regarded|values?|valued|recogni[sz]es?|recogni[sz]ed|believes?|believed|wants?|wanted)\b/u;

/** A relative of saying whose gap is the subject of a modal: "which experts said would …", "that the bank expects will …". */
const RELATIVE_FUTURE =
  /^(?:which|that|who|whom)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:said|say|says|believe[sd]?|expects?|expected|predicted|predict|warned|warn|think|thought|fear|feared)\s+((?:would|will|could|may|might)\s+\p{Ll}+)/u;

/** A "that"-clause whose subject is the speaker's side: "that we …", "that the two countries …", "that both sides …". */
const OWN_SIDE_SUBJECT =
  /^that\s+(?:it|they|he|she|we|I|the two (?:countries|sides|states|nations|governments|leaders)|both (?:countries|sides|states|nations|governments))\s/;

/** A clause of naming or describing, as a participle or after its relative ("calling …", "in which he called …"). */
/** A relative clause of regarding: "that EU officials regard with suspicion", "which analysts read as …" (a view). */
const REGARDED =
  /^(?:that|which|whom|in\s+what)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:regard|regards|regarded|view|views|viewed|read|reads)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:as|with)\b/u;
const NAMING_CLAUSE =
  /^(?:(?:in|with|through)\s+which\s+\S+\s+|(?:in\s+what|which|whom|who|that)\s+(?:[\p{L}'’-]+\s+){1,4}?)?(?:calling|describing|terming|branding|dubbing|labell?ing|hailing|called|described|termed|branded|dubbed|hailed|call|describe)\b/u;

/** A government body as a speaker: "the energy ministry", "the government", "the presidential press service". */
const OFFICIAL_BODY =
  /\b(?:ministry|government|administration|press service|press office|cabinet|presidential office)$/i;
/** A sentence that opens with a state's name and its own future act: "Kazakhstan will roughly double …". */
const OWN_PLAN = /^(?:\p{Lu}[\p{L}'’-]+\s+){1,2}will\s+(?:\p{Ll}+ly\s+)?(?!be\s)\p{Ll}+/u;
/**
 * A speaker's own future act: "Biden said he would ask Congress …", "The bank said it would lend …", "Astana has said it
 * will not help …" — a statement of intent or policy (an event's business), not a forecast. Being and becoming are not
 * acts ("said he would be surprised").
 */
const OWN_INTENT = cue(
  /\b(?:said|says|saying|has said|have said|stated|announced|pledged|promised|vowed|confirmed|declared|told [^,.]{1,40}?)\s+(?:that\s+)?(?:it|they|he|she|we|I|the two (?:countries|sides|states|nations|governments|leaders)|both (?:countries|sides|states))\s+(?:will|would|was going to|is going to|were going to|are going to)\s+(?:not\s+|never\s+|also\s+|soon\s+)?(?!be\b|become\b|remain\b|have\b|need\b|like\b|prefer\b)\p{Ll}+/u
);
/** The cue of a claim read from "called on": a courtesy call's verb when nothing is asked (src/read/claims-courtesy.ts). */
const COURTESY_CUE = /^call(?:s|ed|ing)? (?:on|upon)$/;
/** A wire lead's dateline: "ASTANA/BAKU (Agency) - ", "ASTANA, March 5 (Agency) - ". */
/** A list's item opening with its ordinal: "Second, …", "And third, …". */
const LIST_ITEM =
  /^(?:(?:And|But)\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly|first|second|third|fourth|fifth|sixth|finally|lastly),\s/;
/** A numbered list's first item: "First, …", "Firstly, …". */
const FIRST_ITEM = /^(?:First|Firstly),\s/;
const LEAD_DATELINE = /^[^-–—]{2,60}\([^)]{2,40}\)\s*[-–—]+\s+/u;

/** A view the sentence labels as one: "In her view, …", "In the minister's opinion, …", "To his mind, …". */
const VIEW_OPENER =
  /^(?:(?:but|and|yet),?\s+)?(?:in (?:his|her|their|its|\p{Lu}[\p{L}'’-]+['’]s|the [\p{L} -]{2,30}['’]s) (?:view|opinion|assessment|judg(?:e)?ment|estimation|reading)|to (?:his|her|their) mind),/iu;

/**
 * Saying with an attitude to saying it ("were quick to point out that", "took care to say that", "was at pains to
 * stress that"): the speakers press a reading of their own, a view.
 */
const EMPHATIC_REPORT =
  /\b(?:(?:made|make|makes)\s+a\s+point\s+of\s+(?:saying|stressing|noting|adding|insisting)|(?:went|go|goes)\s+out\s+of\s+(?:their|his|her|its|our)\s+way\s+to\s+(?:say|stress|note|point out|add|insist)|(?:(?:took|take|takes|taking)\s+(?:great\s+|particular\s+)?care|(?:is|are|was|were|have been|has been)\s+(?:quick|careful|keen|eager|at pains)|(?:hastened|hasten|hastens|rushed))\s+to\s+(?:say|stress|note|point out|add|emphasi[sz]e|insist|underline))\b/i;

/** A warning of a harm to come: "officials warn of shortages by 2030", "cautioned of a power deficit". */
const WARNED_OF = /\b(?:warn(?:s|ed|ing)?|caution(?:s|ed)?)\s+of\b/i;

/** A question a reported answer replies to, opening the sentence: "Asked whether …, ", "When asked about …, ". */
const ASKED = /^(?:when\s+)?asked\s+(?:whether|if|about|how|why|what|when|who)\b[^,]{0,160},\s*/i;

/**
 * The words of a generalisation: a quantifier over people or cases as what the sentence is about ("Nobody is winning",
 * "Whatever they decide …", "everyone", "never", "always"), or a "some … others" contrast. A contrast of two clauses
 * (", and", ", but"), "only", "still" or a bare "not" is in every descriptive quotation: no sign of a view (review H22).
 */
const GENERAL_MARKER =
  /\b(?:nobody|no one|nothing|everyone|everybody|everything|anyone|anybody|whatever|whoever|never|always)\b|\bsome\b[^.;]{1,60}\bothers\b/i;
/** The speaker's side telling its own conduct: "We are not asking …", "I am not going to …", "We do not plan to …". */
const OWN_CONDUCT = /^["“«]?(?:we|i)\s+(?:are|am|do|have)\s+(?:not|never)\s+(?:\p{Ll}+ing|plan|intend|want|seek)\b/iu;
/** A state or a step denied: "is not published yet", "has not been signed", "are not yet ratified". */
const DENIED_FACT = new RegExp(
  String.raw`\b(?:is|are|was|were|has|have)\s+(?:not|never)\s+(?:yet\s+|been\s+)?(?:${FACT_PARTICIPLE})\b|\bnot\s+yet\b`,
  "i"
);
/** A verb in the past: a report of what happened ("We signed …", "we found Chinese ones"), not a general view. */
const PAST_FORM =
  /\b(?:was|were|did|had|went|came|took|made|found|lost|got|gave|met|sent|held|saw|told|said|began|became|grew|rose|fell|left|brought|bought|sold|paid|spent|led|kept|won)\b|\b(?=\p{Ll}{2,}ed\b)(?<!\b(?:is|are|am|be|been|being|remain|remains|seem|seems|feel|feels|look|looks|get|gets)\s+(?:\p{L}+\s+)?)(?!(?:indeed|hundred|speed|seed|feed|breed|creed|greed|bleed|proceed|succeed|exceed)\b)\p{Ll}{2,}ed\b/u;
/**
 * A speaker's own generalisation, quoted or answered ("Nobody is winning, and that is the point.", "Whatever they decide
 * in the capital, we pay for it."): a view even without a word of judgement. Not a report of what happened (a verb in
 * the past, a date, a number), a courtesy or a short reply.
 */
function generalisation(said: string, kind: Voice["kind"]): boolean {
  return (
    (kind === "quote" || kind === "answer") &&
    GENERAL_MARKER.test(said) &&
    // (a denied state or step, "is not published yet", is a fact)
    !DENIED_FACT.test(said) &&
    // (the speaker's own conduct, "We are not asking anyone to choose", states a policy, not a view of the world)
    !OWN_CONDUCT.test(said) &&
    // (a reply to a question, "No, this is not on the agenda.", answers it: no view of its own)
    !/^(?:yes|no)\b,/i.test(said.replace(TURN_LABEL, "")) &&
    !PAST_FORM.test(said) &&
    !/\d/.test(said) &&
    !DATED.test(said) &&
    !COURTESY.test(said) &&
    !piecesBelow(said, 5)
  );
}

/** A speaker's warning: "warned that …", "cautioned that …". */
const WARNING = /\b(?:warned|warns|warning|cautioned|cautions)\s+(?:[^,.;]{1,60}?\s+)?that\b/i;

/** What a warning foresees: a modal, a future or a change ("will", "could", "risk", "is set to", "rise", "fall"). */
const WARNED_FUTURE =
  /\b(?:will|would|could|may|might|shall|risks?|is set to|are set to|(?:is|are) (?:likely|bound|going) to|rise|fall|drop|collapse|run out|dry up|forever|soon)\b/i;

/** Others' warning or argument reported by the narration ("… to warn that …", "…, warning that …"). */
const WARNED_THAT = /\b(?:to\s+warn|warning|warned|to\s+argue|arguing|to\s+insist|insisting)\s+that\b/i;

/** Words that make a number an estimate: "roughly", "about", "at least", "as much as". */
const ESTIMATE =
  /\b(?:roughly|about|around|approximately|some|nearly|almost|at least|at most|up to|as much as|as little as|estimated?|estimates?)\s+(?:[$€£¥]|US\$)?\d/i;

/** A document's or a scheme's name ("a roadmap for cooperation", "the new transit agreement"). */
const DOCUMENT_NAME =
  /^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}(?:road ?map|agreement|programme|program|plan|memorandum|declaration|strategy|initiative|treaty|concept|package|mechanism|project|format|platform|corridor)\b/i;
/**
 * A quoted phrase of two words or more inside a reported sentence ('said the SCO was "one of the pillars of …"'): the
 * reporter quotes the speaker's own judgement. A quoted name ("the "Delhi Declaration"") is no judgement.
 */
function quotedPhrase(t: string): string | undefined {
  // (single marks too, where no letter stands outside them: "called it 'a new chapter'", not "Astana's … Moscow's")
  for (const m of t.matchAll(/["“«„]([^"“”«»„]{3,200})["”»“]|(?<!\p{L})['‘]([^'‘’"\n]{3,200})['’](?!\p{L})/gu)) {
    const phrase = m[1] ?? m[2]!;
    const words = phrase.trim().split(/\s+/);
    // a name with a common noun ("the "Kempir-Abad reservoir"") is no judgement either: two words in lower case at least
    if (words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the|and|on|for|in|a|an)$/.test(w)).length < 2) continue;
    // a phrase opening with a name ("Golovnoi water intake") names a thing
    if (
      /^\p{Lu}/u.test(words[0]!) &&
      !/^(?:I|We|It|This|That|There|Our|They|You|No|Nobody|Nothing|Everything)$/.test(words[0]!)
    )
      continue;
    // the name of a document or a scheme in lower case ("a roadmap for cooperation in 2024-2026") judges nothing
    if (DOCUMENT_NAME.test(phrase)) continue;
    return phrase;
  }
  return undefined;
}

/** A speaker's own word for a thing, in quotation marks: "what he called the "…"", "called it '…'", "dubbed them "…"". */
const NAMING =
  /\b(?:what\s+(?:he|she|they|it|we|I)\s+(?:called|calls|described\s+as|describes\s+as|termed|dubbed)|(?:called|calls|dubbed|termed|described)\s+(?:it|them|this|that)(?:\s+as)?)\s+(?:(?:the|a|an)\s+)?["“«‘']\p{L}/u;

/**
 * A sentence of the reporter's that weaves a fragment of the speaker's words into its own clause: it does not open with
 * a quotation mark, and a quotation in it opens with a word in lower case and holds no figure ('X said that the treaty
 * "completes the legal foundation …"'; not 'X said: "We signed it."', a whole quoted sentence, nor 'shipped "about 2
 * million tonnes"', a figure).
 */
const WOVEN_QUOTE = /^[^"“«„]{8,}["“«„]\p{Ll}[^"“”«»„\d]{8,}["”»]/u;
/** An unattributed view: "The move is widely seen as an attempt to …", "is regarded as a signal". */
const PERCEIVED =
  /\b(?:is|are|was|were|has been|have been)\s+(?:widely\s+|generally\s+|often\s+|broadly\s+|increasingly\s+|largely\s+)?(?:seen|viewed|regarded|considered|perceived|interpreted|read)\s+as\b/i;
/** Groups whose reported words are views by their nature ("Critics say …", "Analysts doubt …"). */
const VIEW_GROUP =
  /^(?:critics|analysts|experts|observers|sceptics|skeptics|economists|scholars|commentators|opponents|supporters)(?:\s|$)/i;

/**
 * The speaker thanking or greeting ("First of all, I would like to thank the minister for …", "We welcome our guests"):
 * courtesy, no view, without a cue of its own.
 */
const GREETING = /^good (?:morning|afternoon|evening|day|night)\b/i;
const COURTESY =
  /^(?:good (?:morning|afternoon|evening|day|night)\b|(?:(?:first of all|first|above all|once again|again|in conclusion|finally|let me|allow me)\b[^,]{0,20}?,?\s+)?(?:(?:I|we)\s+(?:would\s+(?:also\s+)?like\s+to|want\s+to|wish\s+to|must|should\s+like\s+to|also|sincerely|warmly|cordially)?\s*(?:thank|welcome|greet|congratulate)|(?:to\s+|by\s+)?(?:thank(?:ing)?|welcom(?:e|ing)|greet(?:ing)?|congratulat(?:e|ing)))\b)/i;
/** A second verb of saying with its own "that"-clause, after the first verb's object: "… and stated that …". */
const SAID_THAT_AFTER =
  /,?\s+and\s+(?:also\s+)?(?:stated|said|noted|stressed|emphasi[sz]ed|underlined|added|pointed out)\s+that\b/;
/**
 * A side's conduct compared in a short verdict ("Kyrgyzstan went further.", "The United States has gone furthest."): the
 * writer's judgement, past the too-short gate as {@link SHORT_VERDICT}.
 */
const WENT_FURTHER =
  /^(?:(?:But|And|Yet|So|Still),?\s+)?(?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:went|has gone|have gone|had gone|goes|go)\s+(?:much\s+|even\s+|still\s+)?(?:further|furthest|farther|farthest)[.!]$/u;
/** A predicate of a thing's physical state or size, at a short sentence's end: "… was empty.", "… are high.". */
const PHYSICAL_STATE =
  /\b(?:empty|full|high|low|big|small|large|huge|tiny|long|short|open|closed|shut|busy|quiet|new|old|young|cold|hot|dry|wet)[.!]$/i;
/**
 * A quotation the speaker sums a matter up with, in the same sentence: "X put it bluntly: "…"", "Y summed it up: "…"" (the
 * speaker's way of putting it is a view, whatever its words).
 */
const SUMMED_UP = /\b(?:puts?|summed|sums)\s+it(?:\s+up)?(?:\s+\p{Ll}+ly)?\s*:\s*["“«„]/u;
/**
 * A superlative as what a speaker predicates of a thing: "Kazakhstan is the largest economy in Central Asia", "is
 * India's largest trade partner", "has some of the largest deposits in the world", "Our ports offer the shortest route"
 * — in a speaker's words a ranking is the speaker's case for the thing, an assessment. Not a superlative in a
 * description beside the predicate ("China, Kazakhstan's largest trading partner, bought …", "making it one of the
 * fastest-growing markets"), nor one from data (the caller leaves data sources out), nor time's ("the latest").
 */
const SUPERLATIVE_PREDICATE = cue(
  /\b(?:is|are|was|were|remains?|remained|has|have|had|offers?|offered|holds?)\s+(?:(?:one|some)\s+of\s+)?(?:the|its|their|our|his|her|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+)?(largest|biggest|greatest|highest|strongest|closest|fastest|shortest|richest|deepest|best|worst|most\s+(?!of\b)\p{Ll}+)\b/u
);
/** A stated interest, readiness or thanks ("emphasized Budapest's interest in …"): a wish, neither judgement nor forecast. */
const STATED_WISH = cue(
  /\b(?:expressed|emphasi[sz]ed|stressed|confirmed|reaffirmed|noted|voiced|underlined|showed)\s+(?:[\p{L}-]+['’]s\s+|(?:its|his|her|their|the)\s+)?(?:(?:strong|keen|great|mutual|particular|sincere)\s+)?(?:interest|readiness|willingness|desire|intention|hope|gratitude|appreciation|thanks)\s+(?:in|to|for)\b/iu
);

/**
 * Extracts claims. An expert's answer, quotation or reported view is a claim when it judges,
 * forecasts or recommends, or speaks about an actor; the author's narration is a claim when it
 * forecasts or recommends about an actor, and in an analysis whenever it judges. Returns the claims
 * and, for each sentence without one, the reason.
 */
export function extractClaims(
  sentences: readonly TextSentence[],
  voices: readonly Voice[],
  mentions: readonly (readonly ActorMention[])[],
  options: ClaimOptions
): Claim[] {
  return readClaims(sentences, voices, mentions, options).claims;
}

/** {@link extractClaims}, with the reason each sentence gave no claim (undefined where it gave one). */
export function readClaims(
  sentences: readonly TextSentence[],
  voices: readonly Voice[],
  mentions: readonly (readonly ActorMention[])[],
  options: ClaimOptions
): {claims: Claim[]; reasons: (NoClaimReason | undefined)[]} {
  const claims: Claim[] = [];
  const reasons: (NoClaimReason | undefined)[] = [];
  const genre = options.genre ?? "news";
  /** The last question asked (an interview's): a short answer to "Will …?" forecasts. */
  let asked = "";
  /** The claim of a numbered list's first item ("First, …") among the eight sentences before sentence `i`. */
  const listHead = (i: number): Claim | undefined => {
    for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
      if (!FIRST_ITEM.test(sentences[j]!.text)) continue;
      const {start, end} = sentences[j]!;
      return voices[j]?.kind === "narration" ? claims.find((c) => c.start! >= start && c.start! < end) : undefined;
    }
    return undefined;
  };
  sentences.forEach((whole, i) => {
    // (the sentence, or its part before a relative clause of another speaker's, cut off below)
    let s = whole;
    const voice = voices[i];
    if (voice?.kind === "question") asked = s.text;
    const no = (r: NoClaimReason) => void (reasons[i] = r);
    if (!voice || voice.kind === "question" || /\?["”»]?$/.test(s.text)) return no("question");
    if (isHeading(s.text)) return no("heading");
    // (a signpost, "I see three lessons.", "The reasons are not mysterious.", announces the claims that follow)
    if (isSignpost(s.text)) return no("no-cue");
    // "The sum is modest.": four words with a word of judgement argue; shorter ones, or without it, do not.
    // (in an analysis's narration, a short sentence of the writer's judgement too: "The timing mattered.")
    // (a body's commentary in its own voice, "We believe …", judges as a writer's analysis does: voices.ts)
    const analysed = genre === "analysis" || voice.rule === "body-commentary";
    const authors = analysed && voice.kind === "narration";
    // (and a clause whose verb phrase is left out, the writer's verdict on the sentence before: "So will we.")
    const elided = authors ? ellipsis(s.text) : undefined;
    // (and a whole copular verdict of three words, "Brussels is late.", "Summits are cheap.": the structure and a word of
    // judgement in its predicate)
    const verdict =
      authors &&
      (SHORT_VERDICT.test(s.text.trim()) || WENT_FURTHER.test(s.text.trim())) &&
      // (not a thing's physical state, "The port was empty.", "Prices are high.": those describe)
      !PHYSICAL_STATE.test(s.text.trim()) &&
      (judgementCue(s.text) !== undefined || authorView(s.text) !== undefined);
    if (
      !elided &&
      !verdict &&
      (s.text.length < 25 || piecesBelow(s.text, 5)) &&
      !(
        s.text.length >= 14 &&
        !piecesBelow(s.text, 4) &&
        (judgementCue(s.text) !== undefined || classifyClaim(s.text) || (authors && authorView(s.text)))
      )
    )
      return no("too-short");
    const about = [...new Set((mentions[i] ?? []).map((m) => m.code))];
    // Speech inside a narrated sentence ("…, calling them "…"", "…, which experts said marks …"): its speaker's claim,
    // when it carries a kind, a word of judgement or a quoted phrase of the speaker's, or gives the reason of a judging
    // act ("criticised the deal, saying …").
    const inner = voice.embedded;
    if (inner) {
      // (the closing mark of a quotation that ends the sentence stays: "saying only that "every option is on the table."")
      let part = s.text.slice(inner.from).replace(/[.!]+(["”»]?)$/, "$1");
      // (a relative set off by a comma ends at the next one: "The port, which X said would …, opened on Monday")
      const cut =
        inner.rule === "relative-of-saying" && /,\s*$/.test(s.text.slice(0, inner.from)) ? part.indexOf(", ") : -1;
      if (cut > 0) part = part.slice(0, cut);
      // (in a relative of saying the clause's subject is the relative itself: "which X said would cut …" foresees)
      const gap = RELATIVE_FUTURE.exec(part);
      const own =
        classifyClaim(part, options.year === undefined ? {} : {year: options.year}) ??
        (gap ? {kind: "forecast" as const, cue: modalCue(gap[1]!)} : undefined);
      // (the speaker's own plan only when the pronoun after the verb is the speaker's side: "it" after a person's
      // "saying" is a thing of the main clause, "toured the port, saying it would double exports"; review K7)
      const pronoun =
        /^\p{Ll}+(?:\s+out)?\s+(?:[\p{L}'’-]+\s+){0,2}?(?:that\s+)?(it|they|he|she|we|I)\s+(?:will|would|was going to|is going to)\b/u.exec(
          part
        )?.[1];
      const ownSide = pronoun === undefined || (/^(?:it|they)$/.test(pronoun) ? !inner.person : true);
      const planned = (!own || own.kind === "forecast") && (isSchedule(part) || (OWN_INTENT.test(part) && ownSide));
      // (naming or describing in the speaker's words, "calling it "…"", "in which he called X a "…"", judges)
      const naming =
        NAMING_CLAUSE.test(part) &&
        // ("in what X called a provocation": the relative is the naming verb's object, its complement follows it)
        (/["“«]|\bas\b/.test(part) ||
          /^in\s+what\b/.test(part) ||
          /\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|brand(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:a|an)\s+\p{L}/u.test(
            part
          ));
      const judged =
        judgementCue(part) ??
        (quotedPhrase(part) || naming
          ? "quoted-words"
          : inner.evaluative
            ? "judging-act"
            : REGARDED.test(part)
              ? "regarded"
              : undefined);
      if (!planned && (own || judged)) {
        const kind = own?.kind ?? "assessment";
        claims.push({
          id: `${options.sourceId}:c${claims.length + 1}`,
          sourceId: options.sourceId,
          speaker: inner.speaker,
          ...(inner.role ? {affiliation: inner.role} : {}),
          kind,
          quote: part,
          about,
          ...(kind === "forecast" ? {resolution: "open" as const} : {}),
          start: s.start + inner.from,
          end: s.start + inner.from + part.length,
          rule: `claim:${inner.rule}/${kind}:${own?.cue ?? judged}`
        });
        reasons[i] = undefined;
        if (voice.kind === "narration") return;
      }
      // (a speaker's sentence ending in another's relative clause: the speaker's part is what comes before it, and
      // before the noun the relative hangs on when that noun stands alone after a comma: "…, a remark that X called …")
      if (voice.kind !== "narration") {
        const before = s.text.slice(0, inner.from);
        const comma = before.lastIndexOf(", ");
        const end =
          comma > 0 &&
          before
            .slice(comma + 2)
            .trim()
            .split(/\s+/).length <= 3
            ? comma
            : inner.from;
        const text = s.text.slice(0, end).trimEnd();
        s = {...s, text, end: s.start + text.length};
      }
    }
    // (a transcript turn's label, "[00:00:20] HELEN GRANT: …", is no part of what is said; nor is the attribution
    // after a quotation, '… not a blacklist," he told journalists.')
    // (nor the question a reported answer replies to: "Asked whether Moscow could shut the tap, X said …")
    const said = (
      voice.kind === "answer"
        ? s.text.replace(TURN_LABEL, "")
        : voice.kind === "quote"
          ? quoted(voice.rule === "sound-bite" ? s.text.replace(SOUND_BITE_LABEL, "") : s.text)
          : s.text
    )
      .replace(ASKED, "")
      .replace(ATTRIBUTION_ASIDE, "$1 ");
    const strong = judgementCue(said);
    let cls: ClaimClass | undefined =
      classifyClaim(said, options.year === undefined ? {} : {year: options.year}) ?? elided;
    // (a quotation of how things stand whose attribution goes on with a reported clause of the speaker's, '"…," he said,
    // adding that he expected trade to double': the added clause gives the sentence its kind)
    if (!cls && voice.kind === "quote") {
      const added = ADDED_CLAUSE.exec(s.text);
      if (added) cls = classifyClaim(added[1]!, options.year === undefined ? {} : {year: options.year});
    }
    // (a speaker's verb of judging, "The Court considered that …", "He alleged that …", "The panel found that …", weighs
    // what it reports: the speaker's assessment; a finding of a number, "Inspectors found that the ship carried 40
    // tonnes", reports a fact)
    if (!cls && voice.kind === "reported") {
      const judged = JUDGING_REPORT.exec(s.text);
      if (judged && !(/^f/.test(judged[1]!) && /\d/.test(s.text.slice(judged.index))))
        cls = {kind: "assessment", cue: judged[1]!};
    }
    // (an appeal inside a relative clause tells who its subject is, "Officials who call for fewer migrants also want the
    // roads built": the narration reports no appeal, and the rest of the sentence is read on its own)
    if (
      voice.kind === "narration" &&
      cls?.kind === "recommendation" &&
      /^(?:calls?|called|urges?|urged)\b/.test(cls.cue) &&
      !new RegExp(String.raw`\b${cls.cue.split(" ")[0]}\b`, "i").test(withoutRelatives(s.text))
    )
      cls = undefined;
    // (a visitor's call on an office holder, "The minister also called on Prime Minister X at Government House", asks
    // nothing: a courtesy visit, an event's business, no recommendation; src/read/claims-courtesy.ts)
    // (what else the sentence says keeps its own kind: "… called on the President and urged him to …")
    if (cls?.kind === "recommendation" && COURTESY_CUE.test(cls.cue) && courtesyCall(said)) {
      cls = classifyClaim(
        said.replace(/\bcall(?:s|ed|ing)?\s+(?:on|upon)\b/i, "visited"),
        options.year === undefined ? {} : {year: options.year}
      );
      if (!cls) return no("fact");
    }
    // (the writer's imperative of advice in an analysis, "Screen customers against Annex IV.", "First, turn the package
    // into a short list of projects.": a recommendation, whatever word of judgement it also holds; and an interviewee's
    // list of advice, "Second, …", "And third, do not make them choose.")
    if (
      (authors || (voice.kind === "answer" && LIST_ITEM.test(said))) &&
      (!cls || cls.kind === "assessment") &&
      IMPERATIVE_ADVICE.test(said)
    )
      cls = {kind: "recommendation", cue: "imperative"};
    // (unless a second verb of saying with its own "that"-clause follows the thanks: "X expressed his gratitude for …
    // and stated that the republic regards Japan as "a reliable partner"")
    if (!cls && STATED_WISH.test(s.text) && !SAID_THAT_AFTER.test(s.text)) return no("no-cue");
    // (the reason of a past act, "The visit was called off because of the president's schedule", reports what happened:
    // "because" alone argues nothing there)
    if (
      (cls ? cls.kind === "assessment" && cls.cue === "because" : strong === "because") &&
      (said.match(JUDGEMENT_ALL) ?? []).length <= 1 &&
      pastReason(said)
    )
      return no("fact");
    // (a greeting's "good" judges nothing: "Good evening.")
    if (!cls && COURTESY.test(said) && judgementCue(said.replace(GREETING, "")) === undefined) return no("no-cue");
    if (
      (cls === undefined || cls.kind === "forecast") &&
      (voice.kind === "reported" || voice.kind === "narration") &&
      OWN_INTENT.test(s.text) &&
      !cls?.cue.startsWith("consideration") &&
      !quotedPhrase(s.text) &&
      strong === undefined
    )
      return no("planned");
    // A speaker binding their own side ("The minister said the republic would not give up its plans"): a commitment,
    // recorded as advice; a speaker promising their side's act ("Moscow will supply more grain, the president said"): a
    // pledge (an event's business), no claim. An observer's or an expert's words about a side foresee.
    const side =
      voice.speaker !== undefined &&
      (voice.kind === "reported" || voice.kind === "quote" || voice.kind === "answer") &&
      !OBSERVERS.test(voice.speaker) &&
      !(options.experts ?? []).includes(voice.speaker) &&
      // (both patterns need the modal: a sentence without one is not scanned; review J15)
      /\b(?:will|would|shall)\b/.test(s.text)
        ? sideFuture(
            (voice.kind === "reported" ? s.text.replace(SAID_ASIDE, "$2 $1 ") : said).replace(QUOTE_AFTER_MODAL, "$1"),
            voice.speaker,
            voice.role,
            options.sideOf
          )
        : undefined;
    if (
      side?.act &&
      ((side.negated && !side.bounded) || (!side.negated && GUARD.test(side.verb))) &&
      (!cls || cls.kind !== "recommendation")
    )
      cls = {kind: "recommendation", cue: "commitment"};
    else if (
      side?.act &&
      !side.negated &&
      !side.quantity &&
      !GUARD.test(side.verb) &&
      (!cls || (cls.kind === "forecast" && !cls.cue.startsWith("consideration"))) &&
      strong === undefined
    )
      return no("planned");
    // "Kazakhstan will double the crude it ships …, its energy ministry said": a government body announcing its own
    // state's act states a plan (an event's business), not a forecast.
    if (
      cls?.kind === "forecast" &&
      voice?.kind === "reported" &&
      voice.speaker !== undefined &&
      OFFICIAL_BODY.test(voice.speaker) &&
      OWN_PLAN.test(s.text.replace(LEAD_DATELINE, ""))
    )
      return no("planned");
    const weak = argumentCue(s.text);
    // (readiness without a word of judgement is a wish; who holds an office is a fact)
    // (not a readiness inside a relative clause: "an airline that is willing to fly it")
    if (!cls && !strong && READINESS.test(s.text) && READINESS.test(withoutRelatives(s.text))) return no("fact");
    if (!cls && OFFICE_HOLDER.test(s.text)) return no("fact");
    // (membership with no judging word of its own beside the membership cue; the page describing itself; a site's
    // legal line; a trade target stated by its side)
    if ((!cls || cls.kind === "assessment") && MEMBERSHIP.test(s.text) && !strongBeyond(s.text, MEMBERSHIP))
      return no("fact");
    if (SELF_DESCRIPTION.test(s.text) || (SITE_TERMS.test(s.text) && s.text.length < 160)) return no("fact");
    if ((!cls || cls.kind === "forecast") && OWN_TARGET.test(said) && strong === undefined) return no("planned");
    // A dated happening with no more than a word of colour is a report ("X shared an ambitious plan last week").
    const dated = !cls && DATED.test(s.text) && !CAUSAL.test(s.text) && (s.text.match(JUDGEMENT_ALL) ?? []).length < 2;
    const expertVoice = voice.kind === "answer" || voice.kind === "quote" || voice.kind === "reported";
    // A schedule or a procedure ("would be sent to parliament for ratification") with no word of judgement is a plan.
    if (!cls && !strong && (voice.kind === "reported" || voice.kind === "narration") && isSchedule(s.text))
      return no("planned");
    // "…, according to the statistics bureau", "according to the presidential website": data or a page as the source of
    // a reported fact, not a voice with a view (a forecast or advice it carries still counts).
    if (!cls && voice.kind === "reported" && DATA_SOURCE.test(voice.speaker ?? "")) return no("fact");
    let kind: ClaimKind;
    let cue: string;
    if (expertVoice) {
      if (!voice.speaker) return no("no-speaker");
      // "We conveyed our serious concern to … on 4 February": an answer telling a dated act of the speaker's side, with
      // no more than a word of colour, reports it (the act is an event).
      if (
        voice.kind === "answer" &&
        dated &&
        FIRST_PERSON_ACT.test(s.text) &&
        !assessmentOf(s.text) &&
        noPredicateJudgement(s.text)
      )
        return no("fact");
      const expertView =
        voice.kind !== "answer" &&
        genre !== "interview" &&
        (options.experts ?? []).includes(voice.speaker) &&
        !DATED.test(s.text) &&
        // an expert's number is an estimate when hedged ("roughly $12 a tonne more"); otherwise a figure reported
        (!/\d/.test(s.text) || ESTIMATE.test(s.text)) &&
        !isSchedule(s.text) &&
        // (where a thing is, "Australia's embassy covering Kazakhstan is in Moscow.", is no view of the expert's)
        !LOCATED.test(s.text);
      // A reported sentence that quotes a phrase of the speaker's ("said the deal was "a historic day"") judges.
      // (and a quotation's fragment the reporter weaves into a reported clause, 'X said that the treaty "completes the
      // legal foundation …"', 'X said Finland wanted to be "a partner of choice …"': the speaker's own wording)
      const quoted =
        (voice.kind === "reported" || (voice.kind === "quote" && WOVEN_QUOTE.test(s.text))) &&
        s.text.length < 400 &&
        !isSchedule(s.text)
          ? quotedPhrase(s.text)
          : undefined;
      const group = voice.kind === "reported" && VIEW_GROUP.test(voice.speaker) ? "group-view" : undefined;
      // (a side's standing position in a reported clause, "noted that relations rest on common history", "added that
      // Bishkek did not intend to choose …": the speaker's view of where it stands; not with an amount or a date, a
      // target or a schedule; src/read/claims-stance.ts)
      const stance =
        voice.kind === "reported" &&
        !cls &&
        !/\d/.test(s.text) &&
        !DATED.test(s.text) &&
        STATED_STANCE.test(s.text.replace(SAID_ASIDE, "$2 $1 "))
          ? "stated-stance"
          : undefined;
      // (a speaker's own word for a thing, in quotation marks, judges it even alone: "criticised what he called the
      // "humiliation" of …", "called it 'a new chapter'")
      const naming = voice.kind === "reported" && NAMING.test(s.text) ? "naming" : undefined;
      // A named speaker's own words in quotation marks telling how things stand ("Our ties are rooted in history," X
      // said): the speaker's view, not a report of a happening.
      const spoken =
        voice.kind === "quote" && quotedState(said)
          ? "quoted-state"
          : voice.kind === "quote" && about.length >= 2 && quotedRelation(said)
            ? "quoted-relation"
            : undefined;
      const judged =
        strong ??
        weak ??
        (expertView
          ? "expert-view"
          : quoted
            ? "quoted-words"
            : EMPHATIC_REPORT.test(s.text)
              ? "emphatic-report"
              : voice.kind === "quote" && SUMMED_UP.test(s.text)
                ? "summed-up"
                : VIEW_OPENER.test(s.text)
                  ? "in-view"
                  : DENIED_MEANING.test(said)
                    ? "denied-meaning"
                    : (group ??
                      naming ??
                      stance ??
                      (!cls && generalisation(said, voice.kind)
                        ? "generalisation"
                        : (spoken ?? (SUPERLATIVE_PREDICATE.test(said) ? "superlative" : undefined)))));
      // "X warned that transit volumes are not guaranteed": a warning with no other cue foresees a harm.
      // (a warning about a present state, "warned that the dam is unsafe", judges: review G15)
      const warned = !cls && strong === undefined && voice.kind !== "answer" ? WARNING.exec(s.text) : null;
      if (warned) {
        const clause = s.text.slice(warned.index + warned[0].length);
        cls = WARNED_FUTURE.test(clause) ? {kind: "forecast", cue: "warned"} : {kind: "assessment", cue: "warned"};
      } else if (!cls && voice.kind === "reported" && WARNED_OF.test(s.text))
        cls = {kind: "forecast", cue: "warned of"};
      if (!cls && !judged && about.length === 0) return no(isSchedule(s.text) ? "planned" : "no-cue");
      // An answer or a quotation that names actors but carries no word of judgement states a fact.
      if (!cls && !judged) return no("fact");
      kind = cls?.kind ?? "assessment";
      cue = cls?.cue ?? judged ?? "about-actor";
      // "Will the five states ever agree? — On water, probably never.": an answer without a kind of its own to a
      // question about the future forecasts.
      if (
        voice.kind === "answer" &&
        kind === "assessment" &&
        !cls &&
        FUTURE_QUESTION.test(asked) &&
        piecesBelow(s.text, 16)
      ) {
        kind = "forecast";
        cue = `answer-to:${asked.split(/\s+/)[0]!.toLowerCase()}`;
      }
    } else if (
      genre === "news" &&
      cls?.kind === "forecast" &&
      WARNED_THAT.test(s.text.slice(0, Math.max(0, s.text.toLowerCase().indexOf(cls.cue.split(" ")[0]!))))
    ) {
      // "Envoys were sent to warn that firms could be blacklisted": the narration reports others' warning.
      return no("fact");
    } else if (cls?.cue === "commitment" && /^\p{Ll}/u.test(REFUSAL.exec(s.text)?.[1] ?? "")) {
      // "X announced that Kazakhstan would not accept the offer": the narration reports another's refusal (an event),
      // it commits to nothing itself.
      return no("fact");
    } else if (cls?.cue === "readiness") {
      // "The bank said it was ready to lend …" in the narration: another's offer reported (an event's business).
      return no("fact");
    } else if (cls?.kind === "recommendation" && /^(?:calls?|called|urges?|urged)\b/.test(cls.cue)) {
      // "The six states called for an inclusive government": the narration reports others' appeal (an event), it
      // advises nothing itself.
      return no("fact");
    } else if (voice.rule === "labelled-view") {
      // "Our take: the visit was about gas.": the writer labelled the paragraph as a view; each sentence of it judges.
      kind = cls?.kind ?? "assessment";
      cue = cls?.cue ?? "labelled-view";
    } else if (analysed) {
      // (the writer's judgement told by the sentence's structure: an evaluative predicate, a verb of significance, a
      // pseudo-cleft of lack, a stance adverbial, "Look closer, and …"; src/read/claims-author.ts)
      const hypothetical = cls ? undefined : writerHypothetical(s.text);
      const viewed = authorView(s.text);
      let judged = strong ?? (about.length > 0 ? weak : undefined) ?? viewed ?? hypothetical;
      // (a later item of the writer's numbered argument, "Second, EU sanctions have made European banks cautious …",
      // "Third, the EU still has no ratified agreement …": the list's first item judged, and its later items go on
      // with the same argument whatever words they hold)
      // (only a judged head: the items of a list of advice advise by their own words, "Third, member states have
      // already spent the money" after "First, invite …" advises nothing)
      const head =
        !cls && !judged && authors && LIST_ITEM.test(s.text) && listHead(i)?.kind === "assessment"
          ? listHead(i)
          : undefined;
      if (head) {
        cls = {kind: head.kind, cue: "list-item"};
        judged = "list-item";
      }
      if (!cls && !judged) return no(isSchedule(s.text) ? "planned" : "no-cue");
      // (a hypothetical is dated by its main clause only: "…, which it has held since 2020," dates the relative; the
      // writer's view by its own clause: "X will hold a vote in October, and Moscow is plainly hoping for the contract"
      // dates the vote, not the hope)
      // (the view's own clause is read whenever the sentence holds a view, though it also holds another cue or a
      // hypothetical: "The Kremlin knows this, and it has used it: in October the Duma shelved a bill that would have
      // banned …"; a verdict set off from the happening it judges, "…, a reminder that …", "…, a decision I read as …",
      // from where it starts; a pseudo-cleft by its head, "What it did not do was say how much of the money announced
      // in July 2023 has arrived")
      const scope = verdictScope(s.text);
      const undated =
        (hypothetical !== undefined && !DATED.test(withoutRelatives(s.text))) ||
        (viewed !== undefined && !DATED.test(scope ?? cueClause(s.text, viewed)));
      if (dated && !head && !assessmentOf(s.text) && !undated) return no("fact");
      kind = cls?.kind ?? "assessment";
      cue = cls?.cue ?? judged!;
    } else if (!cls && voice.kind === "narration" && FIRST_PERSON_VIEW.test(s.text)) {
      // "I came away convinced that the mood … is the warmest I have seen in a decade": the writer's own view in the
      // first person, even in a report.
      kind = "assessment";
      cue = FIRST_PERSON_VIEW.exec(s.text)![1]!.toLowerCase().replace(/\s+/g, " ");
    } else {
      if (!cls) return no(isSchedule(s.text) ? "planned" : strong || weak ? "fact" : "no-cue");
      // A forecast about no named actor counts only with a strong cue ("The deal is likely to strengthen …").
      if (about.length === 0 && !/\b(?:un)?likely to\b/i.test(s.text)) return no("no-cue");
      // (an unattributed view, "is widely seen as …", is one even in news)
      if (cls.kind === "assessment" && genre === "news" && !PERCEIVED.test(s.text)) return no("fact");
      kind = cls.kind;
      cue = cls.cue;
    }
    // (a name written with its initial joined by a dot, "U.Khurelsukh", as the name is written elsewhere: "U. Khurelsukh")
    const speaker = (voice.speaker ?? options.unknownAuthor ?? "unknown author").replace(
      /\b(\p{Lu})\.(?=\p{Lu}\p{Ll})/gu,
      "$1. "
    );
    // "X noted the high level of … and called for …", "X stressed that A and that B": one claim per reported clause,
    // when each clause has a kind of its own; otherwise the sentence is one claim.
    // (a reported clause that names an actor is the speaker's assessment of it)
    const names =
      expertVoice && mentions[i]
        ? (from: number, to: number) => mentions[i]!.some((m) => m.start - s.start >= from && m.end - s.start <= to)
        : undefined;
    const speech = !expertVoice ? undefined : voice.kind === "reported" ? "reported" : "quoted";
    // (a clause that is a courtesy call, "She also called on Speaker X and urged …", is none of the speaker's claims)
    const parts = (
      reportedClauses(s.text, options.year, names, speech) ?? [
        {from: 0, to: s.text.length, kind, cue, ...(cls?.horizon ? {horizon: cls.horizon} : {})}
      ]
    ).filter((p) => !(COURTESY_CUE.test(p.cue ?? "") && courtesyCall(s.text.slice(p.from, p.to))));
    if (parts.length === 0) return no("fact");
    for (const p of parts) {
      const part = {...p, kind: p.kind ?? kind};
      claims.push({
        id: `${options.sourceId}:c${claims.length + 1}`,
        sourceId: options.sourceId,
        speaker,
        ...(voice.role ? {affiliation: voice.role} : {}),
        kind: part.kind,
        quote: s.text.slice(part.from, part.to),
        about,
        ...(part.kind === "forecast" && part.horizon ? {horizon: part.horizon} : {}),
        ...(part.kind === "forecast" ? {resolution: "open" as const} : {}),
        start: s.start + part.from,
        end: s.start + part.to,
        rule: `claim:${voice.rule}/${part.kind}:${part.cue}${parts.length > 1 ? "/clause" : ""}`
      });
    }
    reasons[i] = undefined;
  });
  if (options.body !== undefined && joinQuotations(sentences, voices, claims, reasons, options.body))
    // (a claim joined into its neighbour's left a gap in the numbering)
    claims.forEach((c, k) => (c.id = `${options.sourceId}:c${k + 1}`));
  return {claims, reasons};
}

/**
 * Quoted words that tell how things stand, in the present: a present copula, auxiliary or verb ("are rooted",
 * "remember", "is not here", "has appreciated"), no past happening outside a relative clause ("We lost clients", "I
 * thanked my colleague"), no number or date (a figure or an act reported), no first-person act, no question.
 */
function quotedState(said: string): boolean {
  const t = withoutRelatives(said.replace(/^["“«„]/, ""));
  // (a relative clause is part of what is said, long enough or not: "Estonians remember who stood with them")
  if (/\d|\?/.test(t) || DATED.test(t) || FIRST_PERSON_ACT.test(t) || piecesBelow(said, 5)) return false;
  // (where someone or something is, goes or runs, and what a body is made of, describe: "We load the trucks in Osh",
  // "The train runs on Mondays", "The minister is still in Moscow", "The delegation does not include …"; review H22)
  // (nor a state or a step told by its participle: "The tariff is not published yet"; review G17)
  // (a place that qualifies a copula's noun, "is a core partner in Central Asia", "is Indonesia's gateway to Central
  // Asia", says what a side is, not where anything is: only the place outside such a complement counts)
  if (PLACED.test(t.replace(COPULA_NOUN_PLACE, "")) || COMPOSITION.test(t) || STATE_REPORT.test(t)) return false;
  // (a count in words, whereabouts, or a copula whose complement classifies by origin or kind, "are Chinese", "are
  // Kazakh traders", "is abroad this week", "has two platforms": facts; review L10)
  if (COUNT_WORD.test(t) || WHEREABOUTS.test(t) || ORIGIN_COMPLEMENT.test(t)) return false;
  if (!PRESENT.test(t)) return false;
  const words = t.split(/[\s,;:"“”«»]+/);
  // (a past form counts only when no present auxiliary governs it: "has appreciated" is present, "lost" is not)
  return !words.some(
    (w, k) =>
      pastShaped(w) &&
      !/^(?:has|have|is|are|am|been|be|being)$/i.test(words[k - 1] ?? "") &&
      !/^(?:has|have|is|are|am)$/i.test(words[k - 2] ?? "")
  );
}
/**
 * Quoted words that set two actors side by side, each in a present clause of its own joined by ", and", ", but" or a
 * semicolon: "Kazakhstan is a country of 20 million people at the crossroads of Europe and Asia, and Irish companies
 * are already finding their way there", "Uzbekistan is changing fast, and Czech firms have a real chance here": the
 * speaker's view of how the two stand to each other (the sentence must name two actors; the caller checks). Not an act
 * or a happening told in the past in either clause ("We signed the treaty, and they ratified it"), a date, a question,
 * an amount of money, a share or a tonnage (a figure reported: "Our trade is $4 billion, and …"), nor a routine of
 * where things go ("We load the trucks in Osh, and the drivers take them to Almaty" has a clause of place).
 */
function quotedRelation(said: string): boolean {
  const t = withoutRelatives(said.replace(/^["“«„]/, ""));
  if (/\?/.test(t) || DATED.test(t) || FIRST_PERSON_ACT.test(t) || AMOUNT.test(t)) return false;
  const clauses = t.split(/,\s+(?:and|but)\s+|;\s+/);
  if (clauses.length < 2) return false;
  return clauses.every((c) => {
    if (piecesBelow(c, 4) || !PRESENT.test(c) || COMPOSITION.test(c) || /\b(?:load|take|drive|ship|go)s?\b/.test(c))
      return false;
    const words = c.split(/[\s,;:"“”«»]+/);
    return !words.some(
      (w, k) =>
        pastShaped(w) &&
        !/^(?:has|have|is|are|am|been|be|being)$/i.test(words[k - 1] ?? "") &&
        !/^(?:has|have|is|are|am)$/i.test(words[k - 2] ?? "")
    );
  });
}
/** An amount of money, a share or a quantity of goods: a figure reported. */
const AMOUNT = /[$€£¥%]|\b(?:per\s?cent|percent|tonnes?|tons|barrels|dollars|euros|billion|trillion)\b/i;
/** A named place after a preposition of place or motion, or a day of the week: "in Osh", "to Almaty", "on Mondays". */
const PLACED =
  /\b(?:(?:in|to|from|at|into|via|near|across|through)\s+(?:the\s+)?\p{Lu}\p{Ll}|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b)/u;
/**
 * A copula's noun complement with its place: "is a core partner in Central Asia", "is Indonesia's gateway to Central
 * Asia", "has become a region where …" is not reached. Not the place straight after the copula ("is still in Moscow"),
 * which tells where something is.
 */
const COPULA_NOUN_PLACE =
  /\b(?:is|are|remains?|becomes?|(?:has|have) become)\s+(?:not\s+|now\s+|still\s+|also\s+)?(?:a|an|the|one of the|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+\s+(?:in|to|of|for|into|across|between)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
/** Number words: a count told in words is a figure ("two platforms", "dozens of trucks"). */
const COUNT_WORD =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|millions?)\b/i;
/**
 * Whereabouts: a place adverb or a time of now ("is abroad", "is away this week"; not "are here to <verb>", a purpose,
 * nor the existential "there is/are …", "Without X, there is no Y", which states how things stand).
 */
const WHEREABOUTS =
  /\b(?:abroad|away|overseas|here(?!\s+to\b)|there(?!\s+(?:to|is|are|was|were|has|have|had|will|would|can|could|may|might|must|remains?|seems?)\b)|this week|today|tonight|right now)\b/i;
/** A copula with a capitalised complement of origin or kind: "are Chinese", "is a Kazakh company", "are Kazakh traders". */
const ORIGIN_COMPLEMENT =
  /\b(?:is|are|was|were|remains?)\s+(?:(?:mostly|mainly|all|largely)\s+)?(?:an?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s*(?:[,.;"”]|$|and\b)/u;
/** Verbs of composition and residence (what a body includes, where someone lives): they describe, they judge nothing. */
const COMPOSITION =
  /\b(?:include[sd]?|including|contains?|consists?|comprises?|lives?|resides?|houses?|employs?|numbers?)\b/;
/**
 * A present copula, auxiliary or modal (a copula's contraction too, "It's a relic", "that's"), a verb in the present
 * after a plural noun or a pronoun ("harbours compete"), or a verb in -s after a name or a singular pronoun
 * ("Estonia sits at …", "Riga still sees us …", "it matters").
 */
const PRESENT =
  /\b(?:is|are|am|isn['’]t|aren['’]t|has|have|do|does|don['’]t|doesn['’]t|can|cannot|can['’]t|must|remains?|seems?|stands?|(?:[Ii]t|[Tt]hat|[Tt]his|[Tt]here|[Ww]hat|[Hh]ere)['’]s|(?:we|they|you|I|\p{L}+s)\s+(?:\p{Ll}+ly\s+)?(?!(?:of|and|or|in|on|at|to|for|with|from|by|the|a|an|that|which|who)\b)\p{Ll}{3,}(?<!ed|ing|s|ly)|(?:he|she|it|this|that|\p{Lu}\p{Ll}+)\s+(?:(?:still|also|only|now|already|\p{Ll}+ly)\s+)?(?!(?:is|was|has|does|this|thus|plus|bus|gas|yes|us|its|his|hers|less|unless|across|as)\b)\p{Ll}{2,}(?<![su]s)s)\b/u;

/**
 * The quoted words of a sentence that ends with its attribution ('"We expected a dialogue, not a blacklist," he told
 * journalists.' → "We expected a dialogue, not a blacklist."), or the sentence as it is.
 */
function quoted(text: string): string {
  // (the attribution before a colon, 'X said: "…', the quotation's first sentence with it: what is said is after it)
  const lead = COLON_LEAD.exec(text);
  if (lead) return lead[1]!.trim();
  const m = /^["“«„]?([^"“”«»„]{8,}?)[,.!?…]?["”»]\s*,?\s*[^"“”«»„]{3,120}$/u.exec(text);
  return m ? m[1]!.trim() + "." : text;
}
/** A verb of judging with its "that"-clause: "considered that", "alleged that", "found that". */
const JUDGING_REPORT = /\b(alleged|alleges|considered|considers|found|finds|assesses|assessed|judges|judged)\s+that\s/;
/** A quotation's attribution that goes on with ", adding that …": the added clause (no quotation mark in it). */
const ADDED_CLAUSE = /["”»]\s*,?\s*[^"“”«»„]{1,120}?,\s+adding\s+that\s+([^"“”«»„]{8,})$/u;
/**
 * A connective set off by commas right after the verb of saying, "The official also said, however, that …": the
 * narration's link to what came before, no word of the speaker's.
 */
const ATTRIBUTION_ASIDE = cue(
  /\b((?:said|says|added|adds|noted|notes|stressed|argued|warned|warns|cautioned|insisted|told\s+[\p{L}-]+)),\s+(?:however|though|meanwhile|too|also|in turn|nevertheless),\s+/u
);
/** An attribution with its verb of saying before a colon and the quotation it opens: 'Chair X said: "…"'. */
const COLON_LEAD =
  /^[^"“”«»„:]{3,160}?\b(?:said|says|added|stated|declared|wrote|told\s+[\p{L}\s]{1,40}?)\s*:\s*["“«„]([^"“”«»„]{8,}?)["”»]?$/u;

const OPENS_QUOTE = /^["“«„]/;
const CLOSES_QUOTE = /["”»]/;
/**
 * A quotation of two sentences is one claim: «For years we waited. Those days are over,» X said. When one of its
 * sentences gave a claim and the other, the same speaker's, none, the claim quotes both (its kind is the sentence's
 * that had one). The first sentence opens the quotation and does not close it; the second closes it.
 */
function joinQuotations(
  sentences: readonly TextSentence[],
  voices: readonly Voice[],
  claims: Claim[],
  reasons: (NoClaimReason | undefined)[],
  body: string
): boolean {
  let removed = false;
  if (claims.length === 0) return removed;
  const at = new Map<number, Claim[]>();
  for (const c of claims) {
    const k = sentences.findIndex((s) => (c.start ?? -1) >= s.start && (c.end ?? Infinity) <= s.end);
    if (k >= 0) at.set(k, [...(at.get(k) ?? []), c]);
  }
  for (let i = 1; i < sentences.length; i++) {
    const a = sentences[i - 1]!,
      b = sentences[i]!;
    const va = voices[i - 1],
      vb = voices[i];
    if (va?.kind !== "quote" || vb?.kind !== "quote" || !va.speaker || va.speaker !== vb.speaker) continue;
    if (!OPENS_QUOTE.test(a.text) || CLOSES_QUOTE.test(a.text.slice(1)) || !CLOSES_QUOTE.test(b.text)) continue;
    let ca = at.get(i - 1),
      cb = at.get(i);
    // (a sentence that is a claim only as quoted words of how things stand joins its neighbour's claim as if it gave
    // none: «The peoples are tied by history. No one can divide us,» he said. stays one claim)
    const weak = (c: Claim[] | undefined) => c?.length === 1 && c[0]!.rule?.endsWith(":quoted-state") === true;
    let drop: Claim | undefined;
    if (ca && cb && (weak(ca) || weak(cb))) {
      const first = weak(ca) && !weak(cb);
      drop = first ? ca[0]! : cb[0]!;
      if (first) ca = undefined;
      else cb = undefined;
    }
    if (!!ca === !!cb || reasons[ca ? i : i - 1] === "question") continue;
    // (a sentence cut into claims by its clauses joins through the one that touches the other sentence)
    const claim = ca ? ca.find((c) => c.end === a.end) : cb!.find((c) => c.start === b.start);
    if (!claim) continue;
    // (the two sentences in one paragraph: nothing but spaces between them)
    if (!/^[ \t]*$/.test(body.slice(a.end, b.start))) continue;
    if (drop) {
      claims.splice(claims.indexOf(drop), 1);
      at.delete(cb ? i - 1 : i);
      removed = true;
    }
    if (cb) {
      claim.start = a.start;
      reasons[i - 1] = undefined;
    } else {
      claim.end = b.end;
      reasons[i] = undefined;
    }
    claim.quote = body.slice(claim.start, claim.end);
  }
  return removed;
}
