/**
 * `--baseline FILE` of the matrix scripts: the JSON an earlier `--json` run wrote, read back to compare two runs.
 *
 * @module
 */
import {readFileSync} from "node:fs";

/**
 * The JSON in `file`, read from its first line opening "{" (`npm run <script> -- --json > file` puts npm's banner
 * before it), and checked by `missing` (what the value lacks, or undefined when it is whole). On failure, the message
 * names the file, what was expected and what went wrong.
 */
export function readBaseline<T>(
  file: string,
  missing: (value: Partial<T> | undefined) => string | undefined
): {ok: true; value: T} | {ok: false; message: string} {
  try {
    const text = readFileSync(file, "utf8");
    const value = JSON.parse(text.slice(/^\{/m.exec(text)?.index ?? 0)) as Partial<T> | undefined;
    const lack = missing(value);
    if (lack) throw new Error(lack);
    return {ok: true, value: value as T};
  } catch (e) {
    return {
      ok: false,
      message: `Cannot read --baseline "${file}": expected the output of --json (${(e as Error).message})`
    };
  }
}
