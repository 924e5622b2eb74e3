/**
 * A place after "in" is where an act happened, not whom it was done to, when the act's clause names its other side
 * (issue 10's false events, session 29): "President Xi Jinping met the five presidents in Astana in June" is China's
 * meeting with Central Asia's five, held in Kazakhstan's capital, not a second meeting with Kazakhstan; "the EU held its
 * first summit with the region in Samarkand" is no summit between the EU and Uzbekistan, nor "the EU announced a €12
 * billion package at its first summit with the five states in Samarkand" a package for Uzbekistan. The coder reads the
 * sentence as written, where the counted group or "the region" is no actor and the place is the only name left, so it
 * takes the place; the page's pointers (src/read/anaphora.ts countedGroup, src/read/first-person.ts "the region") read
 * the same verb again with its real other side. The place's reading is then a duplicate of the act with the wrong side.
 *
 * Read only when every mention of the place's actor in the sentence is a venue (right after "in", "at", "near" or
 * "outside", a determiner between), and another reading of the same verb has the same actor toward a side that is no
 * venue. A visit or a hosting (042, 043) keeps its place: "arrived in Astana and met the five presidents" is still a
 * visit to Kazakhstan, and a place named otherwise ("met Tokayev in Astana", "met the Kazakh president in Astana")
 * keeps its state.
 *
 * Pure: a sentence, its mentions and its events in, the events to drop out; read by src/read/document.ts.
 *
 * @module
 */

/** A mention's offsets into its sentence and the actor it names. */
export interface VenueMention {
  start: number;
  end: number;
  code: string;
}

/** An event of a sentence: its sides, its code and where its verb or noun starts in the sentence. */
export interface VenueEvent {
  source: string;
  target: string;
  code: string;
  start?: number;
}

/** The words before a venue: a preposition of place, a determiner after it. */
const VENUE_BEFORE = /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+(?:(?:the|a|an)\s+)?$/;
/** What joins the names of a list ("in Kazakhstan, Kyrgyzstan, and Uzbekistan"). */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * The actors of a sentence each of whose mentions is a venue: right after a preposition of place, or in a list that
 * follows one ("entities in Kazakhstan, Kyrgyzstan, and Uzbekistan": each is where, none a side of another).
 */
function venueActors(text: string, mentions: readonly VenueMention[]): Set<string> {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const venue = new Map<string, boolean>();
  let previous: {end: number; venue: boolean} | undefined;
  for (const m of sorted) {
    const here =
      VENUE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) ||
      (previous !== undefined && previous.venue && LIST_JOIN.test(text.slice(previous.end, m.start)));
    venue.set(m.code, (venue.get(m.code) ?? true) && here);
    previous = {end: m.end, venue: here};
  }
  return new Set([...venue].filter(([, v]) => v).map(([code]) => code));
}

/**
 * The events of the sentence as written (`written`) whose side is only its venue, where a reading of a copy of the
 * sentence (a pointer read, the page's region) gives the same verb (the same start) the same actor toward another side
 * that is no venue. `text` and `mentions` are the sentence's (offsets into it).
 */
export function venueDuplicates<E extends VenueEvent>(
  text: string,
  mentions: readonly VenueMention[],
  events: readonly E[],
  written: ReadonlySet<E>
): Set<E> {
  const dropped = new Set<E>();
  if (events.length < 2) return dropped;
  const venues = venueActors(text, mentions);
  if (venues.size === 0) return dropped;
  for (const e of events) {
    // (a visit or a hosting is done to the place: "arrived in Astana")
    if (!written.has(e) || e.start === undefined || /^04[23]/.test(e.code)) continue;
    for (const [place, actor] of [
      [e.target, e.source],
      [e.source, e.target]
    ] as const) {
      if (!venues.has(place) || venues.has(actor)) continue;
      const twin = events.some((x) => {
        if (written.has(x) || x.start !== e.start) return false;
        const other = x.source === actor ? x.target : x.target === actor ? x.source : undefined;
        return other !== undefined && other !== place && other !== actor && !venues.has(other);
      });
      if (twin) dropped.add(e);
    }
  }
  return dropped;
}
