/**
 * Argument parsing shared by the command line's modules: a bad argument is a `UsageError`,
 * printed with the command's usage and exit code 2.
 * @example const values = parseOptions(args, USAGE, { key: { type: 'string' } });
 */
import { parseArgs } from 'node:util';

/** A bad argument: printed with the usage, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

export type OptionValues = Record<string, string | boolean | undefined>;

/** Parses options (and --help) of a command that takes no positional arguments. */
export function parseOptions(
  args: string[],
  usage: string,
  options: Record<string, { type: 'string' | 'boolean' }>,
): OptionValues {
  try {
    const parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    if (parsed.positionals.length > 0) throw new Error(`unexpected argument ${parsed.positionals[0]}`);
    return parsed.values as OptionValues;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), usage);
  }
}

/** The value of a required string option, or a UsageError naming it. */
export function requiredOption(values: OptionValues, name: string, usage: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`, usage);
  return value;
}

/** Prints a usage text; exit code 0. */
export function printHelp(usage: string): number {
  console.log(usage);
  return 0;
}
