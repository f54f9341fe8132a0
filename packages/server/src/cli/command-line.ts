/** Ends a command-line tool with a message on stderr: 1 refused, 2 wrong arguments or setup. */
export function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/**
 * The tool's arguments as `parse` (node:util's parseArgs with a `help` option) reads them, or its
 * usage: printed with exit 0 for `--help`, with exit 2 after the parser's complaint otherwise.
 */
export function commandLine<T extends { values: { help?: boolean | undefined } }>(parse: () => T, usage: string): T {
  let args: T;
  try {
    args = parse();
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  if (args.values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return args;
}
