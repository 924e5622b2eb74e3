import type {Membership} from "../../domain/index.js";
import type {DuckDB} from "./connection.js";
import {type MembershipRow} from "../ports.js";

/** Replaces the stored memberships (call inside a transaction). */
export async function putMemberships(
  store: DuckDB,
  memberships: readonly (Membership & {id: string})[]
): Promise<void> {
  await store.run(`DELETE FROM memberships`);
  for (const m of memberships) {
    await store.run(`INSERT INTO memberships VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, [
      m.id,
      m.actor,
      m.org,
      m.role,
      m.from,
      m.to,
      m.citation.source,
      m.citation.quote
    ]);
  }
}

/** Memberships valid at `at` (YYYY-MM-DD; all of them when absent), optionally of one organization or actor. */
export async function listMemberships(
  store: DuckDB,
  {at, org, actor}: {at?: string; org?: string; actor?: string} = {}
): Promise<MembershipRow[]> {
  const where: string[] = [];
  const params: (string | undefined)[] = [];
  if (at) {
    where.push(`m."from" <= CAST(? AS DATE) AND (m."to" IS NULL OR CAST(? AS DATE) < m."to")`);
    params.push(at, at);
  }
  if (org) {
    where.push(`m.org = ?`);
    params.push(org);
  }
  if (actor) {
    where.push(`m.actor = ?`);
    params.push(actor);
  }
  const rows = await store.all(
    `SELECT m.*, a.name AS actor_name, o.name AS org_name FROM memberships m
       LEFT JOIN actors a ON a.code = m.actor LEFT JOIN actors o ON o.code = m.org
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY m.org, a.name, m."from"`,
    params
  );
  return rows.map((r) => ({
    id: String(r.id),
    actor: String(r.actor),
    actorName: String(r.actor_name ?? r.actor),
    org: String(r.org),
    orgName: String(r.org_name ?? r.org),
    role: String(r.role),
    from: String(r.from),
    to: r.to ? String(r.to) : null,
    citation: {source: String(r.cite_source), quote: String(r.cite_quote)}
  }));
}
