/**
 * Resolution candidates for forecasts, from what the store knows later: memberships, events and
 * the balance's shares. A candidate is proposed, never imposed: a person confirms or overrides it
 * (`forecasts resolve`). Every candidate carries its evidence.
 *
 * - membership (leave/join): true as soon as a membership row ends (leave) or starts (join) between
 *   the forecast and its horizon; false at the horizon while the membership holds (leave) or has not
 *   begun (join).
 * - event: true at the first later event between the actors of the predicted quad class; false at
 *   the horizon without one, provided the store holds events of those actors in the period at all
 *   (otherwise no data: expired).
 * - measure: at the horizon, the vector's share in the latest figure before it against the share in
 *   the forecast's year: true when it moved the predicted way by more than `threshold`, false when it
 *   moved the other way by more, expired when it stayed within (no clear move) or there is no figure.
 * - other: expired at the horizon.
 * - A forecast without the date it was made (an undated document) gets no candidate: a person resolves it.
 *
 * @module
 */
import type {Event, Forecast, Resolution} from "../domain/index.js";

export interface ResolveMembership {
  id: string;
  actor: string;
  org: string;
  from: string;
  to?: string | null;
}

export type ResolveEvent = Pick<Event, "id" | "source" | "target"> &
  Partial<Pick<Event, "sourceId">> & {
    date: string;
    quad: number;
  };

/** A share of the focal state's balance at a period ("2024" or "2025-03"), the nowcast marked as such. */
export interface ResolveShare {
  focal: string;
  vector: string;
  period: string;
  share: number;
  kind: "structural" | "nowcast";
}

export interface ResolveContext {
  /** Today, as the caller sees it (YYYY-MM-DD): horizons on or before it are past. */
  asOf: string;
  /** The time stamped on the candidate (ISO 8601). */
  now: string;
  memberships: readonly ResolveMembership[];
  /** Events after the forecast's date among its actors (the caller filters by actors and dates). */
  events: readonly ResolveEvent[];
  /** Whether the store holds any event of the outcome's actors between the forecast and its horizon. */
  eventCoverage?: boolean;
  shares: readonly ResolveShare[];
  /** A share must move by more than this to count (default 0.01). */
  threshold?: number;
}

function candidate(status: Resolution["status"], asOf: string, now: string, evidence: string[]): Resolution {
  return {status, by: "auto", at: now, asOf, evidence};
}

const QUADS = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

/** The automatic resolution a forecast's evidence supports as of `ctx.asOf`, or undefined when it stays open. */
export function resolutionCandidate(f: Forecast, ctx: ResolveContext): Resolution | undefined {
  // Without the date it was made, nothing can be called "later": such forecasts wait for a person.
  if (f.made === undefined) return undefined;
  const made = f.made;
  const past = f.horizon !== undefined && f.horizon <= ctx.asOf;
  const until = f.horizon !== undefined && f.horizon < ctx.asOf ? f.horizon : ctx.asOf;
  const o = f.outcome;
  switch (o.kind) {
    case "membership": {
      const rows = ctx.memberships.filter((m) => m.actor === o.actor && m.org === o.org);
      if (o.change === "leave") {
        const ended = rows.find((m) => m.to && m.to > made && m.to <= until);
        if (ended)
          return candidate("true", ended.to!, ctx.now, [
            `membership ${ended.id}: ${o.actor} in ${o.org} ended ${ended.to}`
          ]);
        if (!past) return undefined;
        const holding = rows.find((m) => m.from <= f.horizon! && (!m.to || m.to > f.horizon!));
        if (holding)
          return candidate("false", f.horizon!, ctx.now, [
            `membership ${holding.id}: ${o.actor} in ${o.org} since ${holding.from}, still held at the horizon ${f.horizon}`
          ]);
        return candidate("expired", f.horizon!, ctx.now, [
          `no membership of ${o.actor} in ${o.org} at the forecast's date: nothing to leave`
        ]);
      }
      const began = rows.find((m) => m.from > made && m.from <= until);
      if (began)
        return candidate("true", began.from, ctx.now, [
          `membership ${began.id}: ${o.actor} joined ${o.org} on ${began.from}`
        ]);
      if (!past) return undefined;
      const already = rows.find((m) => m.from <= made && (!m.to || m.to > made));
      if (already)
        return candidate("expired", f.horizon!, ctx.now, [
          `membership ${already.id}: ${o.actor} was already in ${o.org} when the forecast was made`
        ]);
      return candidate("false", f.horizon!, ctx.now, [
        `no membership of ${o.actor} in ${o.org} begins between ${made} and the horizon ${f.horizon}`
      ]);
    }
    case "event": {
      const [a, b] = o.actors as [string, string];
      const hit = ctx.events
        .filter(
          (e) =>
            e.date > made &&
            e.date <= until &&
            e.quad === o.quad &&
            ((e.source === a && e.target === b) || (e.source === b && e.target === a))
        )
        .sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id))[0];
      if (hit)
        return candidate("true", hit.date, ctx.now, [
          `event ${hit.id} on ${hit.date}: ${hit.source}→${hit.target}, ${QUADS[o.quad]}${hit.sourceId ? ` (source ${hit.sourceId})` : ""}`
        ]);
      if (!past) return undefined;
      if (!ctx.eventCoverage)
        return candidate("expired", f.horizon!, ctx.now, [
          `no events of ${a} and ${b} stored between ${made} and ${f.horizon}: no data to resolve it`
        ]);
      return candidate("false", f.horizon!, ctx.now, [
        `no ${QUADS[o.quad]} between ${a} and ${b} among the stored events from ${made} to ${f.horizon}`
      ]);
    }
    case "measure": {
      if (!past) return undefined;
      const rows = ctx.shares.filter((s) => s.focal === o.focal && s.vector === o.vector);
      const madeYear = made.slice(0, 4);
      const before =
        rows.filter((s) => s.period.slice(0, 4) === madeYear && s.kind === "structural")[0] ??
        rows.filter((s) => s.period <= made.slice(0, 7)).sort((x, y) => y.period.localeCompare(x.period))[0];
      const after = rows
        .filter((s) => s.period <= f.horizon!.slice(0, 7) && s.period > (before?.period ?? ""))
        .sort((x, y) => y.period.localeCompare(x.period))[0];
      if (!before || !after)
        return candidate("expired", f.horizon!, ctx.now, [
          `no share of ${o.vector} in ${o.focal}'s balance both at ${madeYear} and before the horizon ${f.horizon}`
        ]);
      const delta = after.share - before.share;
      const t = ctx.threshold ?? 0.01;
      const ev = [
        `${o.vector}'s share of ${o.focal}'s balance: ${before.share.toFixed(3)} (${before.period}, ${before.kind}) → ${after.share.toFixed(3)} (${after.period}, ${after.kind})`
      ];
      if (Math.abs(delta) <= t)
        return candidate("expired", f.horizon!, ctx.now, [
          ...ev,
          `a move of ${delta.toFixed(3)}, within ±${t}: no clear change`
        ]);
      return candidate(delta < 0 === (o.direction === "down") ? "true" : "false", f.horizon!, ctx.now, ev);
    }
    case "other":
      return past
        ? candidate("expired", f.horizon!, ctx.now, [
            `nothing checkable recognised in the forecast; its horizon ${f.horizon} has passed`
          ])
        : undefined;
  }
}
