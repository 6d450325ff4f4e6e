/**
 * Is the disk full? SQLite says SQLITE_FULL when a write finds no space, but
 * on a full disk it also says SQLITE_IOERR_* ("disk I/O error"): when it
 * cannot grow a WAL database's shared-memory file (seen on tmpfs), or when
 * the file system fails an fsync or a truncate for want of space. The error
 * alone cannot tell that from a failing disk, so on an I/O error we ask the
 * file system how much space is left.
 *
 * Most places that turn an error into a sentence know only a description of
 * where it happened ("the war-room database"), not the folder; so the
 * databases this process opened are remembered here, and their disks are the
 * ones looked at. A process normally has one; tests open several, and then a
 * full disk under any of them is enough.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';

/** The parts of statfs this needs; injected in tests. */
export type FreeSpaceOf = (folder: string) => { readonly bsize: number; readonly blocks: number; readonly bavail: number };

/** Whether the disk a failed write went to is (nearly) full. */
export type FullDiskCheck = () => boolean;

const MIB = 1024 * 1024;
/** Less than this left is nearly full on any disk larger than this twenty times over. */
const NEARLY_FULL_BYTES = 64 * MIB;
/** On a small disk (a USB stick, a tmpfs), this share of it left is nearly full. */
const NEARLY_FULL_SHARE = 0.05;

const statfs: FreeSpaceOf = (folder) => fs.statfsSync(folder);

/**
 * Nearly full when what this user may still write (bavail: root's reserve
 * left out) is under 64 MiB or 5 % of the disk, whichever is smaller. A
 * disk whose space cannot be read is not claimed full.
 */
export function diskNearlyFull(folder: string, freeSpaceOf: FreeSpaceOf = statfs): boolean {
  try {
    const { bsize, blocks, bavail } = freeSpaceOf(folder);
    const left = bavail * bsize;
    return left < Math.min(NEARLY_FULL_BYTES, blocks * bsize * NEARLY_FULL_SHARE);
  } catch {
    return false;
  }
}

const openDatabases = new Map<Database.Database, string>();

function forgetClosed(): void {
  for (const db of openDatabases.keys()) if (!db.open) openDatabases.delete(db);
}

/** Remembers where an opened database lives, so an I/O error met later can look at its disk. */
export function rememberDatabaseFolder(db: Database.Database, folder: string): void {
  forgetClosed();
  openDatabases.set(db, folder);
}

/** The check for when only a description of where is known: the disk under any database still open. */
export function openDatabasesDiskFull(freeSpaceOf: FreeSpaceOf = statfs): FullDiskCheck {
  return () => {
    forgetClosed();
    return [...new Set(openDatabases.values())].some((folder) => diskNearlyFull(folder, freeSpaceOf));
  };
}

/** The check for a known folder (opening the database, where the folder is at hand). */
export function folderDiskFull(folder: string, freeSpaceOf: FreeSpaceOf = statfs): FullDiskCheck {
  return () => diskNearlyFull(folder, freeSpaceOf);
}
