/**
 * Opening the war room's SQLite file: WAL so the UI, the CLI and sync can
 * read while one writes; synchronous=FULL so a commit that returned is on
 * disk even if the laptop loses power; a busy timeout so two processes on
 * the same folder wait for each other instead of failing. The folder and the
 * file are made private to this user first (data-folder-permissions.ts).
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../data-dir.js';
import { createPrivateFile, keepDataFolderPrivate } from './data-folder-permissions.js';
import { folderDiskFull, rememberDatabaseFolder } from './free-space.js';
import { migrate, refuseNewerDatabase } from './migrations.js';
import { sqliteNativeBinding } from './native-binding.js';
import { storageFailure } from './storage-errors.js';

export interface OpenedDatabase {
  readonly db: Database.Database;
  readonly file: string;
}

export function openDatabase(dataDir: string): OpenedDatabase {
  const diskFull = folderDiskFull(dataDir);
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    keepDataFolderPrivate(dataDir);
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (error) {
    throw storageFailure(error, `the data folder ${dataDir}`, diskFull);
  }
  const file = path.join(dataDir, DATABASE_FILE);
  const where = `the war-room database ${file}`;
  let db: Database.Database | undefined;
  let created = false;
  try {
    created = createPrivateFile(file);
    db = new Database(file, { timeout: 5_000, nativeBinding: sqliteNativeBinding() });
    rememberDatabaseFolder(db, dataDir);
    // Reading the header first turns a damaged or foreign file into a clear
    // error before anything is written to it.
    db.pragma('schema_version', { simple: true });
    refuseNewerDatabase(db, where);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, where);
    return { db, file };
  } catch (error) {
    db?.close();
    // An empty file this open made, left behind, would read as a database
    // emptied beside its key next time (empty-database.ts): take it away.
    if (created) removeIfStillEmpty(file);
    throw storageFailure(error, where, diskFull);
  }
}

function removeIfStillEmpty(file: string): void {
  try {
    if (fs.statSync(file).size === 0) fs.rmSync(file);
  } catch {
    // Gone already, or not ours to remove: the refusal above says what matters.
  }
}

/** A number that changes whenever another connection commits to the database (never for this connection's own writes). */
export function dataVersion(db: Database.Database): number {
  let statement = dataVersionStatements.get(db);
  if (!statement) {
    statement = db.prepare('PRAGMA data_version').pluck();
    dataVersionStatements.set(db, statement);
  }
  return statement.get() as number;
}

/** Prepared once per connection: asked before every version vector, and db.pragma prepares its statement afresh each call. */
const dataVersionStatements = new WeakMap<Database.Database, Database.Statement>();

