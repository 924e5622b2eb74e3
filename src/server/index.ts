/**
 * The HTTP API (Hono) and the dashboard's static files.
 *
 * @module
 * @example
 * ```ts
 * const app = createApp({store, token: "secret"});
 * const res = await app.request("/api/actors/KAZ");
 * ```
 */
export {createApp} from "./app.js";
export type {ServerDeps, Env} from "./env.js";
export {ApiError} from "./errors.js";
export {CLOSE_GRACE_MS, serve} from "./serve.js";
