import type { CliIo } from '../cli-io.js';
import { UsageError } from '../cli-io.js';

/** One of `holdfast room`'s verbs: `holdfast room NAME ...`. */
export interface RoomSubcommand {
  readonly name: string;
  readonly usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** The single argument a verb takes (a name, an address, a file), or a usage error saying what was expected. */
export function onlyArgument(positionals: readonly string[], expected: string): string {
  if (positionals.length !== 1) throw new UsageError(expected);
  return positionals[0]!;
}
