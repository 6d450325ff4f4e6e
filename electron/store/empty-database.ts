/**
 * A database file of 0 bytes beside a device key: this laptop had a war
 * room, and its file was emptied (a disk that failed mid-write, a sync tool
 * that truncated it, a restore gone wrong). Opened as it is, it would be an
 * empty war room, and the laptop would start signing its device's events
 * again from the first, contradicting what the room already holds of it.
 * So it is refused with what to do; `holdfast recover` moves it aside, and
 * the laptop takes a new device identity (device-identity.ts) and gets its
 * old history back from the room like any other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HoldfastFailure } from '../../shared/result.js';
import { DATABASE_FILE, DEVICE_KEY_FILE } from '../data-dir.js';

/** The database file of `folder` when it is empty (0 bytes) beside an existing device key; null otherwise. */
export function emptyDatabaseBesideKey(folder: string): string | null {
  const file = path.join(folder, DATABASE_FILE);
  try {
    if (fs.statSync(file).size !== 0) return null;
  } catch {
    return null;
  }
  return fs.existsSync(path.join(folder, DEVICE_KEY_FILE)) ? file : null;
}

export function refuseEmptyDatabaseBesideKey(folder: string): void {
  const file = emptyDatabaseBesideKey(folder);
  if (file === null) return;
  throw new HoldfastFailure(
    'storage_corrupt',
    `The war-room database ${file} is empty (0 bytes), though this laptop's device key is beside it: what this laptop held is not in it. ` +
      `Nothing was changed. Restore it from a backup if you have one; otherwise run \`holdfast recover --data ${folder}\` to start afresh ` +
      'as a new device, then join the room again: the other laptops send back everything they hold, including what this laptop wrote.',
  );
}

/** Moves the empty database aside (kept, renamed), so the next open starts afresh. Returns where it went. */
export function moveEmptyDatabaseAside(folder: string, now: number): string {
  const file = emptyDatabaseBesideKey(folder);
  if (file === null) {
    throw new HoldfastFailure('conflict', `The war-room database in ${folder} is not an empty file beside a device key: there is nothing to recover.`);
  }
  const aside = `${file}.empty-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, aside);
  for (const companion of ['-wal', '-shm']) fs.rmSync(`${file}${companion}`, { force: true });
  return aside;
}
