/**
 * Readers for the PETRARCH/TABARI dictionary formats (actors, agents, verbs, discards). Pure: text in.
 *
 * @module
 */
export {dictionaryDate, dictionaryLines, type DictLine, phraseWords} from "./lines.js";
export {
  type ActorEntry,
  codesOn,
  type DatedCode,
  type DictionaryRead,
  parseActorDictionary,
  parseCodeBlock
} from "./actors.js";
export {type AgentEntry, parseAgentDictionary, pluralOf} from "./agents.js";
export {
  parsePattern,
  mergeVerbDictionary,
  parseVerbDictionary,
  type PatternItem,
  regularForms,
  type VerbBlock,
  type VerbDictionary,
  type VerbForm,
  type VerbPattern
} from "./verbs.js";
export {type DiscardEntry, findDiscard, parseDiscards} from "./discards.js";
