import type {Command} from "commander";
import {isIsoDate, parsePeriod} from "../domain/index.js";
import type {GlobalOptions} from "./program.js";
import {UsageError} from "./output.js";

/** The global options (`--store`, `--json`) merged with the command's own. */
export function optionsOf<T extends object>(command: Command): T & GlobalOptions {
  return command.optsWithGlobals() as T & GlobalOptions;
}

/** Checks a `--flag` date value: YYYY-MM-DD, or YYYY when `year` is allowed. */
export function checkDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value))
    throw new UsageError(`Invalid value for ${flag}: expected a date as YYYY-MM-DD, found "${value}"`);
  return value;
}

/** Checks a publication date flag: YYYY-MM-DD, or YYYY-MM / YYYY when the document gives only its month or year. */
export function checkPeriod(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!parsePeriod(value))
    throw new UsageError(`Invalid value for ${flag}: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found "${value}"`);
  return value;
}
