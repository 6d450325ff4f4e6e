/**
 * A full disk that SQLite reports as "disk I/O error" (SQLITE_IOERR_*), not
 * as SQLITE_FULL: growing the shared-memory file of a WAL database, an fsync
 * or a truncate that found no space. The person must still read that the
 * disk is full, not "disk I/O error".
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoldfastFailure } from '../../../shared/result.js';
import { WarRoomHost } from '../../../electron/host/host.js';
import { diskNearlyFull, openDatabasesDiskFull, type FreeSpaceOf } from '../../../electron/store/free-space.js';
import { storageFailure } from '../../../electron/store/storage-errors.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

/** What better-sqlite3 throws when the VFS fails a write: only the code says which. */
function diskIoError(code: string): Error {
  return Object.assign(new Error('disk I/O error'), { code });
}

const MIB = 1024 * 1024;

/** A file system of `sizeMiB` with `freeBytes` left, as statfs reports it. */
function disk(sizeMiB: number, freeBytes: number): FreeSpaceOf {
  return () => ({ bsize: 4096, blocks: (sizeMiB * MIB) / 4096, bavail: Math.floor(freeBytes / 4096) });
}

describe('a full disk reported as a disk I/O error', () => {
  it.each(['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_IOERR_FSYNC', 'SQLITE_IOERR_SHMSIZE', 'SQLITE_IOERR_TRUNCATE'])(
    '%s on a disk with no space left says the disk is full',
    (code) => {
      const failure = storageFailure(diskIoError(code), 'the war-room database /media/usb/holdfast.db', () => true);
      expect(failure.code).toBe('storage_full');
      expect(failure.message).toBe(
        'The disk holding the war-room database /media/usb/holdfast.db is full, so this was not saved. Everything saved before is intact; free some space and try again.',
      );
    },
  );

  it('an I/O error on a disk with room to spare is not called a full disk', () => {
    const failure = storageFailure(diskIoError('SQLITE_IOERR_WRITE'), 'the war-room database', () => false);
    expect(failure.code).toBe('internal');
    expect(failure.message).toBe('Holdfast could not use the war-room database: disk I/O error');
  });

  it('counts a disk as nearly full by what is left for this user, relative to its size', () => {
    const folder = folders.make();
    expect(diskNearlyFull(folder, disk(500_000, 0))).toBe(true);
    expect(diskNearlyFull(folder, disk(500_000, 10 * MIB))).toBe(true);
    expect(diskNearlyFull(folder, disk(500_000, 20_000 * MIB))).toBe(false);
    // A small stick: 5 % of it is nearly full, half of it is not.
    expect(diskNearlyFull(folder, disk(16, 0.5 * MIB))).toBe(true);
    expect(diskNearlyFull(folder, disk(16, 8 * MIB))).toBe(false);
    // A disk whose space cannot be read is not claimed full.
    expect(
      diskNearlyFull(folder, () => {
        throw Object.assign(new Error('gone'), { code: 'ENOENT' });
      }),
    ).toBe(false);
  });

  it('where only a sentence says which database failed, looks at the disks of the databases this process has open', () => {
    const dataDir = folders.make();
    hosts.openOn(dataDir);
    const looked: string[] = [];
    const full = storageFailure(diskIoError('SQLITE_IOERR_FSYNC'), 'the war-room database', openDatabasesDiskFull((folder) => {
      looked.push(folder);
      return disk(500_000, 0)(folder);
    }));
    expect(full.code).toBe('storage_full');
    expect(looked).toEqual([dataDir]);
    const roomy = storageFailure(diskIoError('SQLITE_IOERR_FSYNC'), 'the war-room database', openDatabasesDiskFull(disk(500_000, 20_000 * MIB)));
    expect(roomy.code).toBe('internal');
  });
});

/** A real 2 MiB file system (tmpfs), where a root user may mount one; skipped elsewhere. */
function mountTinyDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const mountPoint = fs.mkdtempSync(path.join('/tmp', 'holdfast-tiny-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0700', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return mountPoint;
  } catch {
    fs.rmdirSync(mountPoint);
    return null;
  }
}

const tinyDisk = mountTinyDisk();
afterAll(() => {
  if (tinyDisk === null) return;
  execFileSync('umount', [tinyDisk], { stdio: 'ignore' });
  fs.rmdirSync(tinyDisk);
});

describe.skipIf(tinyDisk === null)('a war room on a real disk that fills up', () => {
  let dataDir = '';
  beforeAll(() => {
    dataDir = path.join(tinyDisk!, 'war-room');
    const host = WarRoomHost.open({ dataDir, watchMs: 0, fallbackAuthor: 'Ana' });
    expectOk(host.run('declareIncident', { title: 'Log volume exhausted', severity: 'SEV2' }));
    host.close();
    // Everything else on the disk goes to one file, until there is no space left.
    try {
      fs.writeFileSync(path.join(tinyDisk!, 'filler'), Buffer.alloc(4 * MIB));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    }
  });

  it('opening it says the disk is full (SQLite says "disk I/O error": it cannot grow its shared-memory file)', () => {
    let refusal: unknown;
    try {
      WarRoomHost.open({ dataDir, watchMs: 0, fallbackAuthor: 'Ana' }).close();
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(HoldfastFailure);
    expect((refusal as HoldfastFailure).code).toBe('storage_full');
    expect((refusal as HoldfastFailure).message).toMatch(/^The disk holding .*holdfast\.db is full, so this was not saved\./);
    expect((refusal as HoldfastFailure).message).toMatch(/free some space/);

    // With space again, it opens and everything saved before is there.
    fs.rmSync(path.join(tinyDisk!, 'filler'));
    const host = hosts.openOn(dataDir);
    expect(expectOk(host.run('listIncidents', {})).map((incident) => incident.title)).toEqual(['Log volume exhausted']);
  });

  it('an I/O error met while it is open, where only "the war-room database" is known, says the disk is full once it is', () => {
    hosts.openOn(dataDir);
    expect(storageFailure(diskIoError('SQLITE_IOERR_WRITE'), 'the war-room database').code).toBe('internal');
    try {
      fs.writeFileSync(path.join(tinyDisk!, 'filler'), Buffer.alloc(4 * MIB));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    }
    try {
      expect(storageFailure(diskIoError('SQLITE_IOERR_WRITE'), 'the war-room database').code).toBe('storage_full');
    } finally {
      fs.rmSync(path.join(tinyDisk!, 'filler'));
    }
  });
});
