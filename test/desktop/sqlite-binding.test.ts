// The desktop app loads an Electron build of better-sqlite3 through
// HOLDFAST_SQLITE_BINDING; here, under Node, the Node build stands in for it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SQLITE_BINDING_ENV as START_ENV } from '../../bin/electron-runtime.js';
import { DATABASE_FILE } from '../../electron/data-dir.js';
import { openDatabase } from '../../electron/store/database.js';
import { SQLITE_BINDING_ENV, sqliteNativeBinding } from '../../electron/store/native-binding.js';
import { HoldfastFailure } from '../../shared/result.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

let dataDir: string;
let saved: string | undefined;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-binding-'));
  saved = process.env[SQLITE_BINDING_ENV];
});

afterEach(() => {
  if (saved === undefined) delete process.env[SQLITE_BINDING_ENV];
  else process.env[SQLITE_BINDING_ENV] = saved;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('HOLDFAST_SQLITE_BINDING', () => {
  it('is the name bin/start.js sets', () => {
    expect(START_ENV).toBe(SQLITE_BINDING_ENV);
  });

  it('leaves better-sqlite3 to find its own build when unset or empty', () => {
    expect(sqliteNativeBinding({})).toBeUndefined();
    expect(sqliteNativeBinding({ [SQLITE_BINDING_ENV]: '' })).toBeUndefined();
  });

  it('opens the war room with the engine it points to', () => {
    process.env[SQLITE_BINDING_ENV] = nodeBuild;
    const { db, file } = openDatabase(dataDir);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(fs.existsSync(file)).toBe(true);
    } finally {
      db.close();
    }
  });

  it('is really what better-sqlite3 loads: a file that is no engine fails to open', () => {
    const bogus = path.join(dataDir, 'not-an-engine.node');
    fs.writeFileSync(bogus, 'not a shared library');
    process.env[SQLITE_BINDING_ENV] = bogus;
    expect(() => openDatabase(dataDir)).toThrow(HoldfastFailure);
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(false);
  });

  it('names the variable and the path when the file is missing, and creates no database', () => {
    const missing = path.join(dataDir, 'nowhere', 'better_sqlite3.node');
    process.env[SQLITE_BINDING_ENV] = missing;
    let failure: unknown;
    try {
      openDatabase(dataDir).db.close();
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(HoldfastFailure);
    expect((failure as HoldfastFailure).code).toBe('unavailable');
    expect((failure as HoldfastFailure).message).toBe(
      `Holdfast cannot load its database engine: HOLDFAST_SQLITE_BINDING points to ${missing}, which does not exist. Unset HOLDFAST_SQLITE_BINDING, or run \`npm start\` again to rebuild the engine for the desktop app.`,
    );
    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE))).toBe(false);
  });
});
