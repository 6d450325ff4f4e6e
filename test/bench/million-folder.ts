/**
 * A data folder holding a whole room's log (million-room.ts), written
 * straight into SQLite in large transactions: the store's own receive path
 * verifies each event as it goes, which is what a million would wait for.
 * The folder is made by the real store first (schema, this laptop's key),
 * and every row is exactly what the store would have written; the test
 * beside this file checks a small room opens and verifies.
 *
 * A seeded million takes minutes, so it is kept under the system's temp
 * folder, named after SEEDER_VERSION and the room's shape, and reused; an
 * older version's folders are removed, so one per shape is kept on disk.
 * (The host ignores the one file of ours in it, seeded.json.)
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATABASE_FILE } from '../../electron/data-dir.js';
import { openWarRoomStore } from '../../electron/store/war-room-store.js';
import { roomEvents, type RoomShape } from './million-room.js';

/** Change whenever the events written change, so no older seeding is reused. */
export const SEEDER_VERSION = 1;

const CACHE_PREFIX = 'holdfast-bench-room-';
const ROWS_PER_TRANSACTION = 50_000;

/** Writes the room's events into a new data folder at `dir`. */
export function writeRoomFolder(dir: string, shape: RoomShape, onProgress: (written: number) => void = () => {}): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  openWarRoomStore(dir).close();
  const db = new Database(path.join(dir, DATABASE_FILE));
  try {
    // Seeding only: a crash here leaves a folder the next run throws away (no ready mark), so no fsync per commit.
    db.pragma('synchronous = OFF');
    const insert = db.prepare('INSERT INTO events (device, seq, hlc, author, type, payload, prev, hash, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    let batch: unknown[][] = [];
    let written = 0;
    const flush = db.transaction((rows: unknown[][]) => {
      for (const row of rows) insert.run(row);
    });
    for (const { event, payloadJson } of roomEvents(shape)) {
      batch.push([event.device, event.seq, event.hlc, event.author, event.type, payloadJson, event.prev, event.hash, event.sig]);
      if (batch.length === ROWS_PER_TRANSACTION) {
        flush(batch);
        written += batch.length;
        batch = [];
        onProgress(written);
      }
    }
    flush(batch);
    onProgress(written + batch.length);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export interface CachedRoom {
  readonly dir: string;
  readonly reused: boolean;
  /** How long seeding took in this run; 0 when reused. */
  readonly seedMs: number;
}

const READY_MARK = 'seeded.json';

function shapeKey(shape: RoomShape): string {
  return `v${SEEDER_VERSION}-${shape.events}-${shape.incidents}-${shape.largestEntries}-${shape.laptops}-${shape.seed}`;
}

/** The room's folder from the cache, seeded now if missing (older versions' seedings removed). */
export function cachedRoomFolder(shape: RoomShape, onProgress?: (written: number) => void): CachedRoom {
  const name = `${CACHE_PREFIX}${shapeKey(shape)}`;
  const dir = path.join(os.tmpdir(), name);
  for (const other of fs.readdirSync(os.tmpdir())) {
    if (other.startsWith(CACHE_PREFIX) && !other.startsWith(`${CACHE_PREFIX}v${SEEDER_VERSION}-`)) fs.rmSync(path.join(os.tmpdir(), other), { recursive: true, force: true });
  }
  if (fs.existsSync(path.join(dir, READY_MARK))) return { dir, reused: true, seedMs: 0 };
  fs.rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  writeRoomFolder(dir, shape, onProgress);
  const seedMs = performance.now() - started;
  fs.writeFileSync(path.join(dir, READY_MARK), JSON.stringify({ version: SEEDER_VERSION, shape, seedMs }));
  return { dir, reused: false, seedMs };
}

/** Bytes of every file in the folder. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/**
 * Notes one more bench run opening the folder, and says how many did
 * before: the runs open the cached folder itself (a copy would be a copied
 * folder, which signs as a new device), so whatever the host keeps in it
 * stays from one run to the next, as on a laptop reopening its folder.
 */
export function noteOpened(dir: string): number {
  const file = path.join(dir, READY_MARK);
  const mark = JSON.parse(fs.readFileSync(file, 'utf8')) as { opened?: number };
  const before = mark.opened ?? 0;
  fs.writeFileSync(file, JSON.stringify({ ...mark, opened: before + 1 }));
  return before;
}
