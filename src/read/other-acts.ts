/**
 * Acts the event coder's verb patterns do not read, found in a sentence by readers of their own (the article reader,
 * raw-text mode of src/read/coder.ts): abstentions (011), stays (042), talks under way (046), an organisation's
 * gatherings and grants of membership, flows of goods changed, money pledged (0331), aid sent (073), trade curbed
 * (163), papers signed (057), protests handed (114), production in another state, and happenings named by nouns
 * (src/read/nominal.ts). Each gives an event per pair of its subject and object that the verbs did not already give,
 * unless the reader's verb or noun is negated or hedged (src/read/modality.ts notAnEvent).
 *
 * @module
 */
import type {SentenceContext} from "./code-parse.js";
import {groupPairs, makeEvent} from "./coded-event.js";
import type {CodedEvent, DroppedFrame} from "./coder.js";
import type {Clause} from "./clauses.js";
import {otherClauseSide} from "./clause-sides.js";
import {namesDate} from "./dates.js";
import {
  abstentions,
  aidShipments,
  flowChanges,
  gatherings,
  pledges,
  productions,
  stays,
  talksUnderWay
} from "./light-verbs.js";
import {conveyedInvitations, protestNotes, signedPapers, tradeCurbs} from "./light-verbs-acts.js";
import type {TokenMention} from "./mentions.js";
import {notAnEvent} from "./modality.js";
import {nounEvents} from "./nominal.js";
import type {Token} from "./tokenize.js";
import type {ActorRef} from "./verbs.js";
import {cue} from "./cue.js";

// (The pre-filter answers "no" for most sentences without running the pattern: src/read/cue.ts.)
/** A word each reading of abstentions needs (tried on a sentence with a dyad). */
const ABSTAIN_CUE = cue(/bstain/i);
/** A word each reading of stays needs (tried on a sentence with a dyad). */
const STAY_CUE = cue(/\b(was|were) in\b/);
/** A word each reading of talks under way needs (tried on a sentence with a dyad). */
const TALKS_CUE = cue(/\b(?:talks|negotiations|consultations)\b/i);
/** A word each reading of an organisation's gatherings and grants of membership needs (tried on a sentence with a dyad). */
const GATHERING_CUE = cue(/\b(met|gathered|convened|held|opened|grant|gave|giving|admitt|offer)/i);
/** A word each reading of flows changed needs (tried on a sentence with a dyad). */
const FLOW_CUE = cue(/\b(increas|rais|doubl|tripl|expand|boost|resum)/i);
/** A word each reading of money pledged needs (tried on a sentence with a dyad). */
const MONEY_CUE = cue(/[$€£¥]|billion|million/i);
/** A word each reading of aid sent needs (tried on a sentence with a dyad). */
const AID_CUE = cue(/\b(?:humanitarian|aid|assistance|relief)\b/i);
/** A word each reading of papers signed needs (tried on a sentence with a dyad). */
const SIGNED_CUE = cue(/\b(?:signed|concluded|inked|sealed)\b/i);
/** A word each reading of protests handed needs (tried on a sentence with a dyad). */
const PROTEST_CUE = cue(/\b(?:protest|d[ée]marches?|notes?)\b/i);
/** A word each reading of invitations conveyed needs (tried on a sentence with a dyad). */
const INVITATION_CUE = cue(/\binvitations?\b/i);
/** A word each reading of production in another state needs (tried on a sentence with a dyad). */
const PRODUCTION_CUE = cue(/produc|manufactur|assembl|build|built|construct/i);

/**
 * Adds, in place, to the sentence's `events` (and its `dropped` verbs) the acts its own readers find. `dyad`: its
 * mentions may give two different sides; `timed`: it names a time of its own though its text does not; `refs`: each
 * actor mention's reference; `clausesHere`: its clauses (src/read/clauses.ts), found when first asked.
 */
export function addOtherActs(
  ctx: SentenceContext,
  text: string,
  tokens: readonly Token[],
  dyad: boolean,
  timed: boolean,
  refs: ReadonlyMap<TokenMention, ActorRef | undefined>,
  clausesHere: () => Clause[],
  events: CodedEvent[],
  dropped: DroppedFrame[]
): void {
  const {upper, tags, mentions: found, core} = ctx;
  // Happenings named by nouns ("Russia's invasion of Ukraine in 2022"), in a sentence that dates them itself.
  // Abstentions (011), which the verb dictionary does not list.
  if (dyad && found.length > 1 && ABSTAIN_CUE.test(text))
    for (const a of abstentions(ctx)) {
      const why = notAnEvent(upper, a.verb, text, false, tags);
      if (why) {
        dropped.push({code: "011", reason: why, rule: "ABSTAIN [011]"});
        continue;
      }
      for (const src of a.subject)
        for (const tgt of a.object)
          if (
            src.actor !== tgt.actor &&
            !events.some((e) => e.source === src.actor && e.target === tgt.actor && e.code === "011")
          )
            events.push(makeEvent(src, tgt, "011", "ABSTAIN [011]", tokens[a.verb], tokens[a.verb]));
    }
  /** Each subject toward each object of a being-somewhere frame, where the pair has no event yet. */
  const addStays = (frames: ReturnType<typeof stays>, code: string, label: string) => {
    for (const st of frames) {
      if (notAnEvent(upper, st.verb, text, false, tags)) continue;
      for (const src of st.subject)
        for (const tgt of st.object)
          if (src.actor !== tgt.actor && !events.some((e) => e.source === src.actor && e.target === tgt.actor))
            events.push(makeEvent(src, tgt, code, label, tokens[st.verb], tokens[st.verb]));
    }
  };
  // A stay: "the President was in Beijing in January" (042), in a sentence with a time of its own.
  if (dyad && found.length > 1 && STAY_CUE.test(text) && (timed || namesDate(text)))
    addStays(stays(ctx), "042", "BE IN <place> [042]");
  // Talks under way: "Kazakhstan is in talks with China on a loan" (046).
  if (dyad && found.length > 1 && TALKS_CUE.test(text)) addStays(talksUnderWay(ctx), "046", "BE IN TALKS WITH [046]");
  // An organisation's meeting in a state ("Leaders of the OTS met in Astana", 040 toward the host) and a grant of
  // membership ("signed a decision granting Belarus full membership", 050).
  if (dyad && found.length > 1 && GATHERING_CUE.test(text))
    for (const g of gatherings(ctx, core.regions)) {
      const why = notAnEvent(upper, g.verb, text, false, tags);
      if (why) {
        dropped.push({code: g.code, reason: why, rule: g.rule});
        continue;
      }
      for (const src of g.subject)
        for (const tgt of g.object)
          if (src.actor !== tgt.actor && !events.some((e) => e.source === src.actor && e.target === tgt.actor))
            events.push(makeEvent(src, tgt, g.code, g.rule, tokens[g.verb], tokens[g.verb]));
    }
  // More goods sent: "X will increase oil exports to Y" (031 planned), "X boosted gas supplies to Y in March" (061).
  if (dyad && found.length > 1 && FLOW_CUE.test(text))
    for (const fc of flowChanges(ctx, timed || namesDate(text))) {
      const code = fc.planned ? "031" : "061";
      if (notAnEvent(upper, fc.verb, text, false, tags)) continue;
      for (const src of fc.subject)
        for (const tgt of fc.object)
          if (src.actor !== tgt.actor && !events.some((e) => e.source === src.actor && e.target === tgt.actor)) {
            const ev = makeEvent(
              src,
              tgt,
              code,
              `${upper[fc.verb]} * EXPORTS TO [${code}]`,
              tokens[fc.verb],
              tokens[fc.verb]
            );
            if (fc.planned) ev.modality = "planned";
            events.push(ev);
          }
    }
  // A light-verb act found by its own reader (money pledged, aid sent): one event per pair of its subject and object,
  // unless the verb is negated or hedged; a vaguer reading of the same dyad (codes matching `yields`) gives way to it.
  const addActs = (acts: ReturnType<typeof pledges>, code: string, verb: string, thing: string, yields: RegExp) => {
    for (const p of acts) {
      const why = notAnEvent(upper, p.verb, text, false, tags);
      if (why) {
        dropped.push({code, reason: why, rule: `${verb} * ${thing} [${code}]`});
        continue;
      }
      for (const src of p.subject)
        for (const tgt of p.object) {
          if (src.actor === tgt.actor) continue;
          const own = p.code ?? code;
          const rule = `${upper[p.verb]} * ${p.thing ?? thing} [${own}]`;
          const ev = makeEvent(src, tgt, own, rule, tokens[p.verb], tokens[p.verb]);
          const same = events.findIndex((e) => e.source === src.actor && e.target === tgt.actor);
          if (same < 0) events.push(ev);
          else if (yields.test(events[same]!.code)) events[same] = ev;
        }
    }
  };
  // Money committed or pledged: "Japan committed $2 billion to projects in Mongolia" (0331). A statement or a
  // cooperation the dictionary read in the same dyad ("unveiled a package" → 050), or the aid the money is for
  // ("promised $25 million to help X" → 070), gives way to the pledge, which says more.
  if (dyad && found.length > 1 && MONEY_CUE.test(text))
    addActs(pledges(ctx), "0331", "PLEDGE", "MONEY", /^(01|03|05|07)/);
  // Aid sent: "Kazakhstan sent 5,000 tonnes of wheat flour to Afghanistan as humanitarian aid" (073); a vague reading
  // of the same dyad gives way (the aid says more), and so does aid of no kind (070) where the finder names one; an
  // aid reading of its own kind stays.
  if (dyad && found.length > 1 && AID_CUE.test(text)) addActs(aidShipments(ctx), "073", "SEND", "AID", /^(01|06|070)/);
  // A flow of goods stopped or checked: "Turkey suspended imports of Russian grain", "tightened checks on goods bound
  // for X" (163); the dictionary's threat reading of "tightened controls" (130) or a vaguer one gives way.
  if (
    dyad &&
    found.length > 1 &&
    /\b(?:imports?|exports?|shipments|deliveries|purchases|supplies|checks|controls|inspections|scrutiny|screening|vetting|aid|assistance|funding|loans|credits|grants)\b/i.test(
      text
    )
  )
    addActs(tradeCurbs(ctx), "163", "CURB", "GOODS", /^(01|03|06|13|16[0-2])/);
  // A paper signed with its size or kind before its noun: "signed a $2 billion loan agreement with X" (057).
  if (dyad && found.length > 1 && SIGNED_CUE.test(text))
    addActs(signedPapers(ctx), "057", "SIGN", "PAPER WITH", /^(01|030|05[0-6]|07)/);
  // An official complaint: "handed a note of protest to the X ambassador" (114).
  if (dyad && found.length > 1 && PROTEST_CUE.test(text))
    addActs(protestNotes(ctx), "114", "HAND", "PROTEST", /^(01|11|14)/);
  // An invitation passed on: "conveyed an invitation from President X to President Y to visit Z" (036, the inviter's
  // toward the invitee); a statement, an appeal, an intent or a meeting read in the same dyad gives way.
  if (dyad && found.length > 1 && INVITATION_CUE.test(text))
    addActs(conveyedInvitations(ctx), "036", "CONVEY", "INVITATION", /^(01|02|03|04)/);
  // Production in another state: "Türkiye will produce drones in Kazakhstan" (planned 031/032), "built a plant in Y".
  if (dyad && found.length > 1 && PRODUCTION_CUE.test(text))
    for (const p of productions(ctx, timed || namesDate(text))) {
      const why = notAnEvent(upper, p.verb, text, false, tags);
      if (why) {
        dropped.push({code: p.code, reason: why, rule: "PRODUCE * IN"});
        continue;
      }
      for (const src of p.subject)
        for (const tgt of p.object)
          if (src.actor !== tgt.actor && !events.some((e) => e.source === src.actor && e.target === tgt.actor)) {
            const ev = makeEvent(src, tgt, p.code, `${upper[p.verb]} * IN [${p.code}]`, tokens[p.verb], tokens[p.verb]);
            if (p.planned) ev.modality = "planned";
            events.push(ev);
          }
    }
  // A state of affairs ("X is a Turkish drone client") or a new arrangement ("the EAEU's new deal with Iran") needs
  // no date; a sentence naming a time without a year ("on November 11") dates itself all the same.
  {
    let dated: boolean | undefined;
    const done = new Set(events.map((e) => `${e.source}|${e.target}|${e.code.slice(0, 2)}`));
    for (const n of nounEvents(ctx)) {
      if (!n.undatedOk && !(dated ??= timed || namesDate(text))) continue;
      const why = notAnEvent(upper, n.noun, text, false, tags);
      if (why) {
        dropped.push({code: n.code, reason: why, rule: n.rule});
        continue;
      }
      // A group's joint happening ("X, Y and Z held talks"): its first-named member toward the others (groupPairs).
      const group = !n.self && n.subject === n.object && n.subject.length > 2;
      const nounPairs: [ActorRef, ActorRef][] = group ? groupPairs(n.subject) : [];
      if (!group) for (const src of n.subject) for (const tgt of n.object) nounPairs.push([src, tgt]);
      for (const [src, tgt] of nounPairs) {
        // Self-dyads only as the noun means them (a domestic happening, a group's own meeting).
        if (n.self ? src !== tgt : src.actor === tgt.actor) continue;
        // (pr) … and no side named in another clause than the noun's (src/read/clause-sides.ts).
        if (
          [src, tgt].some(
            (r) =>
              r.first >= 0 &&
              r.actor !== n.teller &&
              otherClauseSide(upper, tags, clausesHere(), n.sidesAt ?? n.noun, n.sidesAt ?? n.noun, r) &&
              !found.some(
                (m) =>
                  refs.get(m)?.actor === r.actor &&
                  !otherClauseSide(upper, tags, clausesHere(), n.sidesAt ?? n.noun, n.sidesAt ?? n.noun, m)
              )
          )
        ) {
          dropped.push({code: n.code, reason: "other-clause", rule: n.rule});
          continue;
        }
        const key = `${src.actor}|${tgt.actor}|${n.code.slice(0, 2)}`;
        const back = `${tgt.actor}|${src.actor}|${n.code.slice(0, 2)}`;
        if (done.has(key) || (n.mutual && done.has(back))) continue;
        done.add(key);
        const ev = makeEvent(src, tgt, n.code, n.rule, tokens[n.noun], tokens[n.noun]);
        if (n.planned) ev.modality = "planned";
        events.push(ev);
      }
    }
  }
}
