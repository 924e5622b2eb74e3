/**
 * The person a speech's page is by, named only in its title: "Speech by Minister of State Jane Roe at the opening of
 * the Forum", "Keynote address by Foreign Minister Jane Roe to the Council", "Opening remarks by Dr Jane Roe". A
 * foreign ministry or a government posts its ministers' speeches with no byline: the speaker is the writer, and the
 * speech's own judgements are the speaker's.
 */
import {isPersonName} from "./byline.js";
import {afterSpeechBy} from "./speech-title.js";

/** The run after "by" up to where the occasion begins ("… at the opening", "… to the Council", a comma, a dash). */
const GIVER_RUN = /^(.+?)(?=\s+(?:at|on|to|during|before|in|for|of the|upon)\s|\s*[,:;(–—|]|$)/i;

/** A word of an office or a courtesy set before a name ("Minister of State", "Federal Chancellor", "Dr"). */
const OFFICE_WORD =
  /^(?:of|the|for|and|minister|ministers|state|secretary|president|prime|deputy|foreign|federal|chancellor|ambassador|commissioner|vice|high|representative|general|director|director-general|chair|chairman|chairwoman|chairperson|governor|mayor|senator|his|her|excellency|majesty|king|queen|crown|prince|princess|sheikh|emir|head|envoy|special|first|senior|acting|undersecretary|under-secretary|assistant|parliamentary|spokesperson|dr\.?|prof\.?|professor|mr\.?|mrs\.?|ms\.?|sir|dame|h\.e\.?)$/i;

/**
 * The speaker a speech's title names, or undefined: the name closing the run after "by" (two to four words, no office
 * word among them). None when the run names two speakers ("Remarks by President A and President B"), an office alone
 * ("Speech by the Foreign Minister") or a body ("Statement by the Ministry of Foreign Affairs").
 */
export function speechGiver(title: string | undefined): string | undefined {
  const rest = title ? afterSpeechBy(title) : undefined;
  const run = rest === undefined ? undefined : GIVER_RUN.exec(rest)?.[1];
  if (!run || /\s(?:and|&)\s/.test(run)) return undefined;
  const words = run.split(/\s+/);
  let k = words.length;
  while (k > 0 && !OFFICE_WORD.test(words[k - 1]!)) k--;
  const name = words.slice(k).join(" ");
  return words.length - k >= 2 && words.length - k <= 4 && isPersonName(name) ? name : undefined;
}
