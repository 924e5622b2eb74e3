import type {MiddlewareHandler} from "hono";
import {ApiError} from "./errors.js";
import type {Env} from "./env.js";

/** Requires `Authorization: Bearer <token>` (writes). */
export const requireToken: MiddlewareHandler<Env> = async (c, next) => {
  const header = c.req.header("authorization") ?? "";
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  if (!token) throw new ApiError(401, "unauthorized", "Missing bearer token: send Authorization: Bearer <token>");
  if (token !== c.get("deps").token) throw new ApiError(403, "forbidden", "Invalid bearer token");
  await next();
};
