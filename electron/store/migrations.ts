/**
 * A defensive migration runner over PRAGMA user_version (after Signal
 * Desktop's): versions only go up, a database written by a newer Holdfast is
 * refused rather than misread, and all pending migrations run in one
 * transaction so a crash leaves the database at the old version or the new,
 * never between.
 *
 * The event log is synced, so its shape is additive only: a column or table
 * name, once released, is never reused for something else.
 */
import type Database from 'better-sqlite3';
import type { SignedEvent } from '../../shared/events.js';
import { HoldfastFailure } from '../../shared/result.js';
import { canonicalJson } from '../../shared/canonical.js';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly up: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'the signed event log and local settings',
    up: (db) => {
      db.exec(`
        CREATE TABLE events (
          device  TEXT    NOT NULL,
          seq     INTEGER NOT NULL,
          hlc     TEXT    NOT NULL,
          author  TEXT    NOT NULL,
          type    TEXT    NOT NULL,
          payload TEXT    NOT NULL,
          prev    TEXT,
          hash    TEXT    NOT NULL UNIQUE,
          sig     TEXT    NOT NULL,
          PRIMARY KEY (device, seq)
        );
        CREATE INDEX events_by_hlc ON events (hlc);
        CREATE TABLE settings (
          key   TEXT PRIMARY KEY,
          value TEXT NOT NULL
        );
      `);
    },
  },
  {
    version: 2,
    description: 'sync: events held back for a far-future stamp, removed devices, events set aside',
    up: (db) => {
      db.exec(`
        -- Verified events from another laptop whose stamp is too far ahead of
        -- ours (or that follow such an event in their chain). Kept, shown to
        -- the person, and stored once they are let in or their time comes.
        CREATE TABLE quarantine (
          device      TEXT    NOT NULL,
          seq         INTEGER NOT NULL,
          hlc         TEXT    NOT NULL,
          hash        TEXT    NOT NULL,
          event       TEXT    NOT NULL,
          reason      TEXT    NOT NULL,
          received_at INTEGER NOT NULL,
          PRIMARY KEY (device, seq)
        );
        -- Devices taken out of the room: events after up_to_seq are refused.
        CREATE TABLE removed_devices (
          device    TEXT    PRIMARY KEY,
          up_to_seq INTEGER NOT NULL
        );
        -- Events of a removed device that arrived before its removal did:
        -- out of the log and the projection, but never thrown away.
        CREATE TABLE set_aside (
          device TEXT    NOT NULL,
          seq    INTEGER NOT NULL,
          event  TEXT    NOT NULL,
          reason TEXT    NOT NULL,
          PRIMARY KEY (device, seq)
        );
      `);
    },
  },
  {
    version: 3,
    description: 'the event log without its index on hash, which nothing reads',
    up: (db) => {
      db.exec(`
        -- An event's hash covers its device and seq, which are already unique
        -- together, so UNIQUE (hash) added no guarantee; but every insert paid
        -- to put a random 64-character key into it, several times what the
        -- row itself cost once the log outgrew the page cache. SQLite cannot
        -- drop a constraint, so the table is rebuilt; each event keeps its
        -- rowid, the order this store received them, which readers rely on.
        CREATE TABLE events_without_hash_index (
          device  TEXT    NOT NULL,
          seq     INTEGER NOT NULL,
          hlc     TEXT    NOT NULL,
          author  TEXT    NOT NULL,
          type    TEXT    NOT NULL,
          payload TEXT    NOT NULL,
          prev    TEXT,
          hash    TEXT    NOT NULL,
          sig     TEXT    NOT NULL,
          PRIMARY KEY (device, seq)
        );
        INSERT INTO events_without_hash_index (rowid, device, seq, hlc, author, type, payload, prev, hash, sig)
          SELECT rowid, device, seq, hlc, author, type, payload, prev, hash, sig FROM events ORDER BY rowid;
        DROP TABLE events;
        ALTER TABLE events_without_hash_index RENAME TO events;
        CREATE INDEX events_by_hlc ON events (hlc);
      `);
    },
  },
  {
    version: 4,
    description: 'trust: a removal never takes out a device\'s past; two histories of one device are both kept',
    up: (db) => {
      db.exec(`
        -- The highest point of a removed device's past some laptop signed
        -- that it held (room.device_history_kept): kept whatever a removal said.
        CREATE TABLE device_history_kept (
          device    TEXT    PRIMARY KEY,
          up_to_seq INTEGER NOT NULL
        );
        -- A removal's limit is now the highest any removal names, never the lowest.
        UPDATE removed_devices SET up_to_seq = coalesce((
          SELECT max(json_extract(payload, '$.upToSeq')) FROM events
          WHERE type = 'room.device_removed' AND json_extract(payload, '$.device') = removed_devices.device
        ), up_to_seq);
        -- Events signed by a device whose data folder was copied, that do not
        -- follow the history of it held in the log: its other history, kept
        -- and shown, never refused.
        CREATE TABLE forked_events (
          device      TEXT    NOT NULL,
          seq         INTEGER NOT NULL,
          hlc         TEXT    NOT NULL,
          author      TEXT    NOT NULL,
          type        TEXT    NOT NULL,
          payload     TEXT    NOT NULL,
          prev        TEXT,
          hash        TEXT    NOT NULL PRIMARY KEY,
          sig         TEXT    NOT NULL,
          received_at INTEGER NOT NULL
        );
        CREATE INDEX forked_events_by_device ON forked_events (device, seq);
      `);
      putBackSetAside(db);
    },
  },
  {
    version: 5,
    description: 'writes applied once: the idempotency key of each write a page sent, with its first answer',
    up: (db) => {
      db.exec(`
        -- This laptop's own record, never synced: a page that sent a write and
        -- lost the answer sends it again with the same key, and gets this
        -- answer back instead of a second event (applied-writes.ts).
        CREATE TABLE applied_writes (
          key        TEXT    PRIMARY KEY,
          method     TEXT    NOT NULL,
          result     TEXT    NOT NULL,
          applied_at INTEGER NOT NULL
        );
      `);
    },
  },
];

/**
 * Events an older Holdfast set aside when a removal reached it go back into
 * the log: under the rule of version 4 a removal never takes out what a
 * laptop held. Each device's set-aside events are the tail of its chain just
 * after what the log holds, so they extend it as they are; the laptop then
 * signs that it held them (EventLog.keepHeldHistory, at open).
 */
function putBackSetAside(db: Database.Database): void {
  const rows = db.prepare('SELECT event FROM set_aside ORDER BY device, seq').all() as { event: string }[];
  const insert = db.prepare(
    'INSERT OR IGNORE INTO events (device, seq, hlc, author, type, payload, prev, hash, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const row of rows) {
    const event = JSON.parse(row.event) as SignedEvent;
    insert.run(event.device, event.seq, event.hlc, event.author, event.type, canonicalJson(event.payload), event.prev, event.hash, event.sig);
  }
  db.exec('DELETE FROM set_aside');
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/**
 * Refuses a database written by a newer Holdfast. Called before anything
 * else touches the file (even switching it to WAL rewrites its header), so
 * "left untouched" stays true.
 */
export function refuseNewerDatabase(db: Database.Database, where: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new HoldfastFailure(
      'too_new',
      `${where} was written by a newer version of Holdfast (data version ${current}; this one knows up to ${latest}). ` +
        `Update Holdfast to open it; it was left untouched.`,
    );
  }
}

export function migrate(db: Database.Database, where: string, migrations: readonly Migration[] = MIGRATIONS): void {
  refuseNewerDatabase(db, where, migrations);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if ((db.pragma('user_version', { simple: true }) as number) >= latest) return;
  db.transaction(() => {
    // Read again under the write lock: another process opening the same
    // folder (the app and the CLI at once) may have migrated while we waited.
    refuseNewerDatabase(db, where, migrations);
    const current = db.pragma('user_version', { simple: true }) as number;
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
