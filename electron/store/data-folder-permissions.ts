/**
 * The data folder is its owner's alone. The database holds the room secret
 * in clear and the folder holds this laptop's signing key, so another user
 * of the same machine who can read them can join the room, or sign as this
 * laptop. The folder is kept at 0700 and those files at 0600 (never more
 * than the owner's own bits: a folder made read-only on purpose stays so).
 *
 * Run before SQLite opens the database, every time: a folder made by an older
 * Holdfast, copied from elsewhere or unpacked from a backup may be looser.
 * Tightening never stops Holdfast opening: a file system without Unix modes
 * (FAT on a USB stick), a folder owned by someone else, a file that vanished
 * are all left as they are. On Windows chmod only flips the read-only flag,
 * so nothing is done there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE, DEVICE_KEY_FILE } from '../data-dir.js';

const GROUP_AND_OTHERS = 0o077;

/**
 * The files that are the owner's alone, by name: the database with its WAL,
 * shared-memory and rollback journal; the device key and any other key or
 * record of where this device lives, whatever the version that wrote them.
 */
function ownerOnly(name: string): boolean {
  if (name === DATABASE_FILE || ['-wal', '-shm', '-journal'].some((suffix) => name === DATABASE_FILE + suffix)) return true;
  if (name === DEVICE_KEY_FILE) return true;
  return (name.startsWith('device-key') && name.endsWith('.pem')) || name.startsWith('device-location');
}

/** Drops the group and others bits of one path if it has any; returns whether it did. */
function tighten(file: string, expectDirectory: boolean): boolean {
  try {
    // lstat: a link is not followed to tighten whatever it points at.
    const stats = fs.lstatSync(file);
    if (expectDirectory ? !stats.isDirectory() : !stats.isFile()) return false;
    if ((stats.mode & GROUP_AND_OTHERS) === 0) return false;
    fs.chmodSync(file, stats.mode & 0o777 & ~GROUP_AND_OTHERS);
    return true;
  } catch {
    return false;
  }
}

export interface PrivacyOptions {
  readonly platform?: NodeJS.Platform;
  /** Where to say what was tightened; stderr unless told. */
  readonly say?: (line: string) => void;
}

/**
 * Makes the data folder and its owner-only files unreadable to other users;
 * returns the names it tightened, and says so in one line when there were any.
 */
export function keepDataFolderPrivate(dataDir: string, options: PrivacyOptions = {}): string[] {
  if ((options.platform ?? process.platform) === 'win32') return [];
  const tightened: string[] = [];
  if (tighten(dataDir, true)) tightened.push('the folder');
  let names: string[] = [];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    // An unreadable folder is the opening's to report, not this.
  }
  for (const name of names.filter(ownerOnly).sort()) {
    if (tighten(path.join(dataDir, name), false)) tightened.push(name);
  }
  if (tightened.length > 0) {
    const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
    say(
      `Holdfast made its data folder ${dataDir} private to this user: ${tightened.join(', ')} could be read by other users of this machine, ` +
        'and it holds the room secret and this laptop\'s signing key.',
    );
  }
  return tightened;
}

/**
 * Creates the database file empty and owner-only, so that SQLite (which
 * would create it 0644) opens a file nobody else could ever read, and makes
 * its WAL and shared-memory files with the same mode. SQLite takes an empty
 * file as a new database. Already there, or lost to a race with another
 * process: nothing to do. True when this call created it.
 */
export function createPrivateFile(file: string): boolean {
  try {
    fs.closeSync(fs.openSync(file, 'wx', 0o600));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}
