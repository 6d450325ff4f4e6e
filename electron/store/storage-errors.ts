/**
 * SQLite and file-system failures, turned into sentences a person can act
 * on. Everything that reaches the UI or the terminal passes through here, so
 * nobody at 3 a.m. reads "SQLITE_IOERR_WRITE".
 */
import { HoldfastFailure } from '../../shared/result.js';
import { openDatabasesDiskFull, type FullDiskCheck } from './free-space.js';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** SQLite's "disk I/O error", in all its extended codes (SQLITE_IOERR_WRITE, _FSYNC, _SHMSIZE...). */
function isDiskIoError(code: string): boolean {
  return code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') || code === 'EIO';
}

/**
 * `diskFull` is asked only on an I/O error, which a full disk can also cause
 * (see free-space.ts); by default it looks at the disks of the databases
 * this process has open.
 */
export function storageFailure(error: unknown, where: string, diskFull: FullDiskCheck = openDatabasesDiskFull()): HoldfastFailure {
  if (error instanceof HoldfastFailure) return error;
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || (isDiskIoError(code) && diskFull())) {
    return new HoldfastFailure(
      'storage_full',
      `The disk holding ${where} is full, so this was not saved. Everything saved before is intact; free some space and try again.`,
    );
  }
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new HoldfastFailure(
      'storage_read_only',
      `Holdfast cannot write to ${where}: the folder or file is read-only. Choose a writable data folder (--data or HOLDFAST_DATA) or fix its permissions.`,
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'ENOTDIR' || code === 'ENOENT') {
    return new HoldfastFailure(
      'storage_read_only',
      `Holdfast cannot open ${where}: the folder does not exist or cannot be created there. Choose another data folder (--data or HOLDFAST_DATA).`,
    );
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_')) {
    return new HoldfastFailure(
      'storage_corrupt',
      `${where} is damaged or is not a Holdfast database. It was left untouched: move it aside (keep it for recovery) and start again, or restore a backup.`,
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_BUSY_')) {
    return new HoldfastFailure(
      'storage_busy',
      `${where} is locked by another program for too long. Nothing was saved; try again in a moment.`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new HoldfastFailure('internal', `Holdfast could not use ${where}: ${detail}`);
}
