import os from 'node:os';
import { defaultDataDir } from '../data-dir.js';
import { WarRoomHost } from '../host/host.js';
import { HoldfastFailure, type Result } from '../../shared/result.js';
import { newIdentitySentence } from '../../shared/room/identity-words.js';
import type { CliIo } from './cli-io.js';

/** The name the CLI stamps when nobody has set one on this laptop. */
function operatingSystemUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'terminal';
  }
}

/** Opens the data folder for a one-shot command: no watching, the OS user as fallback author. */
export function openHostForCommand(dataOption: string | undefined, io: CliIo): WarRoomHost {
  const dataDir = dataOption ?? defaultDataDir(io.env);
  const host = WarRoomHost.open({ dataDir, watchMs: 0, fallbackAuthor: operatingSystemUser() });
  const renewed = host.renewedIdentity;
  if (renewed) io.err(newIdentitySentence(renewed));
  return host;
}

/** Runs one command's work on the data folder and always closes it again. */
export function withCommandHost<T>(dataOption: string | undefined, io: CliIo, work: (host: WarRoomHost) => T): T {
  const host = openHostForCommand(dataOption, io);
  try {
    return work(host);
  } finally {
    host.close();
  }
}

/** The value of a Result, or a HoldfastFailure carrying its message. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new HoldfastFailure(result.error.code, result.error.message);
  return result.value;
}
