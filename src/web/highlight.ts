import type {ActorMention} from "../domain/index.js";
/** An actor mention found in a text: the span and the actor's code. */
export type Mention = Pick<ActorMention, "start" | "end" | "code"> & {alias: string};

/**
 * Finds mentions of actors' aliases in `text` (whole words, case-sensitive for short aliases, longest match
 * first, no overlaps), for highlighting a document in the browser.
 */
export function findMentions(text: string, aliases: readonly {code: string; alias: string}[]): Mention[] {
  const sorted = [...aliases].filter((a) => a.alias.length >= 2).sort((a, b) => b.alias.length - a.alias.length);
  const taken = new Uint8Array(text.length);
  const out: Mention[] = [];
  for (const a of sorted) {
    const escaped = a.alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, a.alias.length <= 4 ? "gu" : "giu");
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      let free = true;
      for (let i = start; i < end; ++i) if (taken[i]) free = false;
      if (!free) continue;
      taken.fill(1, start, end);
      out.push({start, end, code: a.code, alias: m[0]});
    }
  }
  return out.sort((p, q) => p.start - q.start);
}

/** Builds a fragment of `text` with `<mark class="actor">` around each mention. */
export function highlighted(text: string, mentions: readonly Mention[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    frag.append(text.slice(at, m.start));
    const mark = document.createElement("mark");
    mark.className = "actor";
    mark.dataset.code = m.code;
    mark.title = m.code;
    mark.textContent = text.slice(m.start, m.end);
    frag.append(mark);
    at = m.end;
  }
  frag.append(text.slice(at));
  return frag;
}
