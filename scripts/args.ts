/**
 * The scripts' command-line options: `--name value` and comma lists (`--sets a,b`), read from an argv.
 *
 * @module
 */

/** The value after `--name`, or undefined when the option is absent. */
export function optionOf(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The comma-separated values after `--name` (empty items left out), or undefined when the option is absent. */
export function listOf(argv: readonly string[], name: string): string[] | undefined {
  return optionOf(argv, name)?.split(",").filter(Boolean);
}
