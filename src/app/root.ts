/**
 * The project's root folder, in a module of its own: the coder (and so a reader thread, src/app/read-worker.ts) has
 * it without importing init.ts and the packs with it.
 *
 * @module
 */
import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";

/** The project's root folder (where packs/ and data/ live), whether run from src/ or lib/. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
