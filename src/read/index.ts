/**
 * The reader: text and GDELT rows in, events, stances and claims out. Pure: strings and
 * dictionaries in, records out.
 *
 * @module
 * @example
 * ```ts
 * cameoInfo("0874"); // {code: "0874", label: "…", goldstein: …, quad: 2, plover: "…"}
 * ```
 */
export {cameoCodes, cameoInfo, type CameoInfo} from "./cameo.js";
export {
  type Article,
  type Dropped,
  type DropReason,
  extractArticle,
  type ExtractOptions,
  type Paragraph,
  textBlocks
} from "./article.js";
export {decodeEntities, type HtmlMeta, type HtmlText, htmlToText, readJsonLd, type TextBlock} from "./html.js";
export {type MarkdownText, markdownToText, stripInline} from "./markdown.js";
export {ABBREVIATIONS, splitSentences, type TextSentence} from "./sentences.js";
export {
  estimateReferenceYear,
  namesDate,
  nearestDate,
  parseDateline,
  parsePublicationPeriod,
  resolveDate,
  resolveDates,
  thatYear,
  type ResolvedDate
} from "./dates.js";
export {type Expert, type GivenMetadata, type Metadata, readMetadata, siteName} from "./metadata.js";
export {
  type BylineFacts,
  DATE_RANK,
  type DateKind,
  isOrganisation,
  type LeadDateline,
  readByline,
  readLeadDateline
} from "./byline.js";
export {type ActorAlias, type ActorMention, buildGazetteer, type Gazetteer} from "./gazetteer.js";
export {assignVoices, quoteSpans, type Voice, type VoiceKind, type VoiceOptions} from "./voices.js";
export {extractStances, stanceScore} from "./stances.js";
export {
  argumentCue,
  type ClaimClass,
  type ClaimOptions,
  classifyClaim,
  extractClaims,
  type Genre,
  isSchedule,
  judgementCue,
  type NoClaimReason,
  readClaims
} from "./claims.js";
export {detectGenre, type GenreSignals} from "./genre.js";
export {type FigureOptions, pageDollar, pageShilling, pageYen, readFigures} from "./figures.js";
export {
  type DocumentScores,
  type GoldDocument,
  normWs,
  quoteOverlap,
  type Ratio,
  type ReadingForEval,
  sameSpeaker,
  scoreDocuments
} from "./document-eval.js";
export {explainSentence, type SentenceReading} from "./why.js";
export {
  type BodyMention,
  type CoderEvent,
  type CoderMention,
  detectFormat,
  type DocumentFormat,
  eventDate,
  readDocument,
  type ReadDocument,
  type ReadOptions,
  type SentenceCoder,
  toBlocks
} from "./document.js";
export {
  countColumns,
  detectGdeltFormat,
  GDELT_RULE,
  GDELT_WIDTHS,
  type GdeltCodeInfo,
  gdeltCodeTable,
  type GdeltFormat,
  gdeltFormatOf,
  gdeltIsoDate,
  type GdeltLineResult,
  gdeltRowToEvent,
  parseGdeltLine,
  type ParseLineOptions
} from "./gdelt.js";
export {gdeltScanner, type GdeltScanner, type GdeltScanResult} from "./gdelt-scan.js";
export {
  buildCoder,
  parseCoderDictionaries,
  type CodedEvent,
  type CodedSentence,
  codeInMood,
  type CodeOptions,
  type Coder,
  type CoderCore,
  type CoderDictionaries,
  type DroppedFrame,
  type Frame,
  type Mention,
  packActorEntries,
  type ParsedCoderDictionaries,
  refOf,
  verbFormsAt,
  withAgent
} from "./coder.js";
export {byStart, type NamePeriod, periodOn} from "./name-periods.js";
export {
  dominantRegion,
  dominantState,
  type FirstPersonRewrite,
  type HomeOptions,
  isStateCode,
  regionName,
  type PersonMention,
  rewriteFirstPerson,
  stateBeside,
  stateName
} from "./first-person.js";
export {
  type ActorEntry,
  type AgentEntry,
  codesOn,
  type DatedCode,
  dictionaryDate,
  dictionaryLines,
  type DictionaryRead,
  type DictLine,
  type DiscardEntry,
  findDiscard,
  parseActorDictionary,
  parseAgentDictionary,
  parseCodeBlock,
  parseDiscards,
  parsePattern,
  mergeVerbDictionary,
  parseVerbDictionary,
  type PatternItem,
  phraseWords,
  pluralOf,
  regularForms,
  type VerbBlock,
  type VerbDictionary,
  type VerbForm,
  type VerbPattern
} from "./dictionaries/index.js";
export {
  type ExpectedCoding,
  fullCode,
  parsePetr2Gsr,
  parsePetrarchRecords,
  parsePloverGsr,
  plover2016,
  type PloverRecord,
  type PloverScore,
  scorePlover,
  scoreRecords,
  type Tally,
  type TestRecord,
  type TestScore
} from "./code-eval.js";
export {isVerbTag, parseTree, type TreeNode} from "./parse-tree.js";
export {alignWords, type Token, tokenize} from "./tokenize.js";
export {OWN_CODES, PHOENIX_ORGS, splitCode} from "./code-map.js";
export {
  DEFAULT_HORIZON_YEARS,
  FORECAST_CUES,
  forecastHorizon,
  forecastOutcome,
  HORIZON_CUES,
  readForecast,
  type ReadForecast,
  type ReadForecastOptions
} from "./forecast-outcome.js";
export {
  CLUSTER_DEFAULTS,
  clusterEvents,
  contentWords,
  dateWindow,
  type ClusterOptions,
  type ClusterableEvent
} from "./cluster.js";
export {checkReaderLimits, READER_LIMITS, type ReaderLimits} from "./limits.js";
export {notAnEvent, type NotAnEvent} from "./modality.js";
export {inGroupPhrase, readLightVerb, refusedStatement, type LightVerbReading} from "./light-verbs.js";
export {insideInstitutionName, institutionAfter} from "./institutions.js";
export {Anaphora, type AnaphoraMention, type Rewrite} from "./anaphora.js";
export {transliterationVariants} from "./transliterate.js";
