import type {Context} from "hono";
import type {z} from "zod";
import {fromZodIssues} from "../domain/index.js";
import {invalid} from "./errors.js";

/** Parses the query string with a zod schema; a 422 names each bad field. */
export function query<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const r = schema.safeParse(c.req.query());
  if (!r.success) throw invalid(`${c.req.method} ${c.req.path}: Invalid query`, fromZodIssues(r.error.issues));
  return r.data;
}

/** Parses a JSON body with a zod schema; a 422 names each bad field. */
export async function body<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let data: unknown;
  try {
    data = await c.req.json();
  } catch {
    throw invalid(`${c.req.method} ${c.req.path}: Invalid body`, [
      {code: "invalid_json", message: "Expected a JSON body"}
    ]);
  }
  const r = schema.safeParse(data);
  if (!r.success) throw invalid(`${c.req.method} ${c.req.path}: Invalid body`, fromZodIssues(r.error.issues));
  return r.data;
}
