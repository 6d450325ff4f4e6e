import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HoldfastFailure } from '../../../shared/result.js';
import { DATABASE_FILE } from '../../../electron/data-dir.js';
import { WarRoomHost } from '../../../electron/host/host.js';
import { SCHEMA_VERSION } from '../../../electron/store/migrations.js';
import { useScratch } from '../../support/scratch.js';
import { expectOk } from '../../support/results.js';
import { fileDigest } from '../../support/temp-folders.js';

const { folders, hosts } = useScratch();

function refusalToOpen(dataDir: string): HoldfastFailure {
  let host: WarRoomHost | undefined;
  try {
    host = WarRoomHost.open({ dataDir, watchMs: 0, fallbackAuthor: 'Ana' });
  } catch (error) {
    if (error instanceof HoldfastFailure) return error;
    throw error;
  }
  host.close();
  throw new Error(`The data folder ${dataDir} was opened, but it should have been refused.`);
}

/** A real war room whose database then says a newer Holdfast wrote it. */
function warRoomFromNewerVersion(journalMode: 'WAL' | 'DELETE'): string {
  const dataDir = folders.make();
  const host = hosts.openOn(dataDir);
  expectOk(host.run('declareIncident', { title: 'Written by the future', severity: 'SEV3' }));
  hosts.close(host);
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma(`journal_mode = ${journalMode}`);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
  return dataDir;
}

describe('opening a data folder whose database this version cannot use', () => {
  it.each(['WAL', 'DELETE'] as const)(
    'refuses a database from a newer version (journal mode %s), says so, and leaves it byte-identical',
    (journalMode) => {
      const dataDir = warRoomFromNewerVersion(journalMode);
      const file = path.join(dataDir, DATABASE_FILE);
      const before = fileDigest(file);

      const error = refusalToOpen(dataDir);
      expect(error.code).toBe('too_new');
      expect(error.message).toMatch(/newer version of Holdfast/);
      expect(error.message).toMatch(/Update Holdfast/);
      expect(fileDigest(file)).toBe(before);
    },
  );

  it.each([
    ['random bytes', randomBytes(64 * 1024)],
    ['a text file', Buffer.from('Post-mortem notes, draft 2\n'.repeat(500))],
  ])('refuses %s where the database should be, says so, and leaves it byte-identical', (_, contents) => {
    const dataDir = folders.make();
    const file = path.join(dataDir, DATABASE_FILE);
    fs.writeFileSync(file, contents);

    const error = refusalToOpen(dataDir);
    expect(error.code).toBe('storage_corrupt');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/damaged or is not a Holdfast database/);
    expect(fs.readFileSync(file).equals(contents)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual([DATABASE_FILE]);
  });
});
