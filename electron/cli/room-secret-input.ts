/**
 * The room secret and the invite code (which carries the secret) given to a
 * terminal command. On the command line they are readable by every user of
 * the machine, for as long as the command runs (`ps`, /proc/PID/cmdline):
 * for `holdfast serve`, that is as long as the peer is up. So each can also
 * come from a file (--secret-file, --invite-file) or from the environment
 * (HOLDFAST_ROOM_SECRET, HOLDFAST_ROOM_INVITE), which only the same user
 * can read. On the command line they still work, with a warning.
 */
import fs from 'node:fs';
import { HoldfastFailure } from '../../shared/result.js';
import { UsageError, type CliIo } from './cli-io.js';

export const ROOM_SECRET_ENV = 'HOLDFAST_ROOM_SECRET';
export const ROOM_INVITE_ENV = 'HOLDFAST_ROOM_INVITE';

interface Credential {
  readonly flag: '--secret' | '--invite';
  readonly fileFlag: '--secret-file' | '--invite-file';
  readonly env: typeof ROOM_SECRET_ENV | typeof ROOM_INVITE_ENV;
  readonly what: string;
}

export const ROOM_SECRET: Credential = { flag: '--secret', fileFlag: '--secret-file', env: ROOM_SECRET_ENV, what: 'room secret' };
export const ROOM_INVITE: Credential = { flag: '--invite', fileFlag: '--invite-file', env: ROOM_INVITE_ENV, what: 'invite code' };

/** The parseArgs options for both credentials, by value and by file. */
export const ROOM_CREDENTIAL_OPTIONS = {
  secret: { type: 'string' },
  'secret-file': { type: 'string' },
  invite: { type: 'string' },
  'invite-file': { type: 'string' },
} as const;

/** What the command line said: the value itself, or the file holding it. */
export interface Given {
  readonly value: string | undefined;
  readonly file: string | undefined;
}

export function isGiven(given: Given): boolean {
  return given.value !== undefined || given.file !== undefined;
}

function readFromFile(credential: Credential, file: string, io: CliIo): string {
  let text: string;
  let mode: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    mode = fs.statSync(file).mode;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    throw new HoldfastFailure('invalid_input', `Holdfast cannot read the ${credential.what} from ${file}: ${reason}.`);
  }
  const value = text.trim();
  if (value === '') throw new HoldfastFailure('invalid_input', `${file} is empty: it should hold the ${credential.what} on one line.`);
  // Windows reports every file as readable by all; its modes say nothing here.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    io.err(
      `Warning: ${file} can be read by other users of this machine, and it holds the ${credential.what}. Make it yours alone: chmod 600 ${file}`,
    );
  }
  return value;
}

/**
 * The credential as given on the command line, by value (with a warning) or
 * by file; undefined when neither. Both at once is a usage error.
 */
export function fromCommandLine(credential: Credential, given: Given, io: CliIo): string | undefined {
  if (given.value !== undefined && given.file !== undefined) {
    throw new UsageError(`Give ${credential.flag} or ${credential.fileFlag}, not both.`);
  }
  if (given.file !== undefined) return readFromFile(credential, given.file, io);
  if (given.value === undefined) return undefined;
  io.err(
    `Warning: ${credential.flag} puts the ${credential.what} on the command line, where other users of this machine can read it (ps, /proc). ` +
      `Use ${credential.fileFlag} FILE (a file only you can read) or the ${credential.env} environment variable instead.`,
  );
  return given.value;
}

/** The credential from the environment; undefined when unset or blank. */
export function fromEnvironment(credential: Credential, io: CliIo): string | undefined {
  const value = io.env[credential.env]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** The command line first, then the environment. */
export function fromCommandLineOrEnvironment(credential: Credential, given: Given, io: CliIo): string | undefined {
  return fromCommandLine(credential, given, io) ?? fromEnvironment(credential, io);
}
