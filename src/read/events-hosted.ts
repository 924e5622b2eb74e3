/**
 * A gathering told in the passive by its place: "The summit of the Andean Community was held in Lima on 16
 * November", "the session of the CSTO council held in Astana on Thursday", "the Arab League summit took place in
 * Cairo". English names the host by the place alone: the place's state hosted the gathering of those the subject
 * names. Said the active way for the coder ("Lima hosted the summit of the Andean Community on 16 November"), so
 * that the host's act (043) toward the gathering's body is read as "Peru hosted the summit of …" is.
 *
 * Read only for a gathering of one body or region named in its subject and no state ("the China–Central Asia summit
 * was held in Astana" names its two sides: the host is one of them, not a third party), a place the coder reads as a
 * state right after "in", and a gathering told as held: not "will be held", "is to be held", "to be held".
 *
 * @module
 */
import type {AnaphoraMention} from "./anaphora.js";
import {cue} from "./cue.js";

/** A copy of the sentence told the active way, with the host and the body hosted. */
export interface HostedCopy {
  text: string;
  /** The span replaced in the sentence as written (the subject to the place), and the length of its replacement. */
  at: number;
  length: number;
  replacement: number;
  host: string;
  body: string;
  /** An offset in the copy as an offset in the sentence as written (inside the replacement: its start). */
  back: (x: number) => number;
}

/** The gathering's noun phrase, then the passive (or a reduced relative's participle) and "in" before a capital. */
const HELD = cue(
  /\b((?:[Tt]he|[Aa]n?)\s+(?:[^,;:.!?"“”]{0,100}?\s)?(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Cc]onference|[Ff]orum|[Cc]onsultations|[Cc]ongress|[Mm]inisterial)\b[^,;:.!?"“”]{0,80}?)\s+((?:was|were|had\s+been)\s+(?:held|convened)|took\s+place|held|convened)\s+in\s+(?=\p{Lu})/gu
);
/** A subject that tells a planned gathering, or ends in a passive's auxiliary ("the summit to be held"). */
const NOT_HELD = /\b(?:be|been|being|will|would|planned|proposed|next|upcoming|future)\b/i;

/**
 * The active copy of `text`'s first passive gathering with its place, or undefined. `isState` says which codes are
 * states; `mentions` are the sentence's (offsets into it).
 */
export function hostedGathering(
  text: string,
  mentions: readonly AnaphoraMention[],
  isState: (code: string) => boolean
): HostedCopy | undefined {
  HELD.lastIndex = 0;
  for (let hit = HELD.exec(text); hit; hit = HELD.exec(text)) {
    const subject = hit[1]!;
    if (NOT_HELD.test(subject)) continue;
    const at = hit.index;
    const placeAt = hit.index + hit[0].length;
    const place = mentions.find((m) => m.start === placeAt && isState(m.code));
    if (!place) continue;
    const inside = mentions.filter((m) => m.start >= at && m.end <= at + subject.length);
    // (one body or region, no state: a pair's summit names its host among its sides)
    if (inside.some((m) => isState(m.code))) continue;
    const bodies = [...new Set(inside.map((m) => m.code))];
    if (bodies.length !== 1 || bodies[0] === place.code) continue;
    const lowered = /^(?:The|A|An)\s/.test(subject) ? subject[0]!.toLowerCase() + subject.slice(1) : subject;
    const replacement = `${place.text} hosted ${lowered}`;
    // (a reduced relative, "took part in the session of X held in Astana on Thursday", is a clause of its own: the
    // copy is that clause alone, the sentence's words before it left out)
    const reduced = /^(?:held|convened)$/.test(hit[2]!);
    const cut = reduced ? at : 0;
    const shift = replacement.length - (place.end - at);
    return {
      text: text.slice(cut, at) + replacement + text.slice(place.end),
      at,
      length: place.end - at,
      replacement: replacement.length,
      host: place.code,
      body: bodies[0]!,
      back: (x) => {
        const y = x + cut;
        return y <= at ? y : y < at + replacement.length ? at : y - shift;
      }
    };
  }
  return undefined;
}

/** "hosted the summit", "chaired the session": a host's verb before a gathering's noun with a definite determiner. */
const HOSTED_DEFINITE =
  /\b(?:hosted|hosts|host|chaired|chairs|chair)\s+(?:the|this|that|its|their|his|her)\s+((?:[a-z-]+\s+){0,2}?(?:summit|meeting|session|forum|conference|gathering|consultations))\b(?!\s+(?:of|with|between|for|on)\b)(?!\s*[-–])/gu;

/**
 * "Peru, which hosted the summit, …", "Tokayev, whose country hosted the meeting, …": a gathering named by its noun
 * alone after a host's verb is the one the article told before; the copy names its body after the noun ("hosted the
 * summit of the Andean Community"), so that the host's act (043) toward the body is read. `body` is that gathering's
 * body (src/read/anaphora.ts, gatheringBody). Not when the sentence names the body itself, nor an earlier gathering
 * ("the previous meeting", "the first summit": another one than the latest).
 */
export function hostedDefinite(
  text: string,
  mentions: readonly AnaphoraMention[],
  body: {code: string; name: string}
): {text: string; at: number; length: number; replacement: number; body: string} | undefined {
  if (mentions.some((m) => m.code === body.code)) return undefined;
  HOSTED_DEFINITE.lastIndex = 0;
  const hit = HOSTED_DEFINITE.exec(text);
  if (!hit || /\b(?:previous|first|last|next|earlier|former|inaugural|second|third)\b/.test(hit[1]!)) return undefined;
  const at = hit.index + hit[0].length;
  const insert = ` of ${body.name}`;
  return {
    text: text.slice(0, at) + insert + text.slice(at),
    at,
    length: 0,
    replacement: insert.length,
    body: body.code
  };
}
