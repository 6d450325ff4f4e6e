import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliIo } from './cli-io.js';

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Resolves to the exit code; `serve` resolves only when the peer stops. */
  run(args: string[], io: CliIo): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into usage errors a person can read. */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export const DATA_OPTION = { data: { type: 'string' } } as const;
