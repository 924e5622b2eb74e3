/**
 * One mention of an actor in a text: where it is (character offsets, end exclusive), the words, the actor
 * code it stands for on the text's date, and the dictionary entry or alias that matched. The gazetteer, the
 * coder and the document reader all produce it; the dashboard's highlights read it. Its one declaration.
 */
export interface ActorMention {
  start: number;
  end: number;
  text: string;
  /** Our actor code (KAZ, RUS, CSTO …), or the agent's role code for an agent (GOV, MIL …). */
  code: string;
  /** The agent's role code when the words name a person or body of the actor. */
  agent?: string;
  /** The dictionary entry or alias that matched. */
  entry: string;
}
