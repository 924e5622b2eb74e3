import {z} from "zod";

/** `limit` (1–1000, default 100) and `offset` (default 0) query parameters. */
export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0)
});

/** One page of a list, with the total and the paging that produced it. */
export function page<T>(items: readonly T[], {limit, offset}: {limit: number; offset: number}) {
  return {items: items.slice(offset, offset + limit), total: items.length, limit, offset};
}

/** A list that is not paged, in the same shape: every item, `limit` equal to the total. */
export function whole<T>(items: T[]) {
  return {items, total: items.length, limit: items.length, offset: 0};
}
