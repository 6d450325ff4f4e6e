import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HybridLogicalClock } from '../../../shared/hlc.js';
import { LIMITS } from '../../../shared/limits.js';
import { RoomClock } from '../../../shared/room/room-clock.js';
import { HoldfastFailure } from '../../../shared/result.js';
import type { SignedEvent } from '../../../shared/events.js';
import { generateDeviceKey, type DeviceKey } from '../../../electron/identity/device-key.js';
import { canonicalJson } from '../../../shared/canonical.js';
import { EventLog } from '../../../electron/store/event-log.js';
import { MIGRATIONS, SCHEMA_VERSION, migrate, type Migration } from '../../../electron/store/migrations.js';
import { LocalSettings } from '../../../electron/store/settings.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { chainProblems } from '../../support/log-audit.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const databases: Database.Database[] = [];
afterEach(() => {
  for (const db of databases.splice(0)) db.close();
  folders.removeAll();
});

function freshDatabase(): Database.Database {
  const db = new Database(path.join(folders.make(), 'holdfast.db'));
  databases.push(db);
  return db;
}

const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true }) as number;
const tableNames = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);

const openLog = (db: Database.Database, key: DeviceKey) => {
  const roomClock = new RoomClock(Date.now);
  return new EventLog(db, key, new HybridLogicalClock(roomClock.now, LIMITS.futureStampMs), 'the test database', roomClock, () => 'Ana');
};

/** Rows as a version before the current one wrote them: signed events put into the events table as they are. */
function insertRows(db: Database.Database, events: readonly SignedEvent[]): void {
  const insert = db.prepare('INSERT INTO events (device, seq, hlc, author, type, payload, prev, hash, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const event of events) {
    insert.run(event.device, event.seq, event.hlc, event.author, event.type, canonicalJson(event.payload), event.prev, event.hash, event.sig);
  }
}

const rowsOf = (db: Database.Database) => db.prepare('SELECT rowid, * FROM events ORDER BY rowid').all();

/** A database at the latest real version with a few signed events and a setting in it. */
function seededAtLatest() {
  const db = freshDatabase();
  migrate(db, 'the test database');
  const log = openLog(db, generateDeviceKey());
  log.append('incident.declared', { incidentId: 'seeded-incident', title: 'Seeded', severity: 'SEV2', summary: '' }, 'Ana');
  log.append('timeline.noted', { incidentId: 'seeded-incident', entryId: 'seeded-entry', kind: 'note', text: 'Kept', happenedAt: null }, 'Ana');
  new LocalSettings(db).set('person.name', 'Ana');
  const events = () => [...log.readAll()].map((stored) => stored.event);
  return { db, log, events, before: events() };
}

const nextVersion = SCHEMA_VERSION + 1;

/** A migration only this test knows: the next version adds a table of pinned entries. */
const addPinnedEntries: Migration = {
  version: nextVersion,
  description: 'pinned entries (test only)',
  up: (db) => db.exec('CREATE TABLE pinned_entries (entry_id TEXT PRIMARY KEY)'),
};

describe('the migration runner', () => {
  it('brings a fresh database to the latest version with the event log and settings tables', () => {
    const db = freshDatabase();
    migrate(db, 'the test database');
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(tableNames(db)).toEqual(expect.arrayContaining(['events', 'settings']));
  });

  it('leaves an up-to-date database as it is when run again', () => {
    const { db, events, before } = seededAtLatest();
    migrate(db, 'the test database');
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(events()).toEqual(before);
  });

  it('upgrades from the version before to the next one and keeps every row', () => {
    const { db, events, before } = seededAtLatest();
    migrate(db, 'the test database', [...MIGRATIONS, addPinnedEntries]);

    expect(userVersion(db)).toBe(nextVersion);
    expect(tableNames(db)).toContain('pinned_entries');
    expect(events()).toEqual(before);
    expect(chainProblems(events())).toEqual([]);
    expect(new LocalSettings(db).get('person.name')).toBe('Ana');
  });

  it('leaves the database at the old version, unchanged, when a pending migration fails', () => {
    const { db, events, before } = seededAtLatest();
    const failing: Migration = {
      version: nextVersion + 1,
      description: 'fails half-way (test only)',
      up: (database) => {
        database.exec('DELETE FROM settings');
        throw new Error('disk pulled out mid-migration');
      },
    };

    expect(() => migrate(db, 'the test database', [...MIGRATIONS, addPinnedEntries, failing])).toThrow(/disk pulled out/);
    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(tableNames(db)).not.toContain('pinned_entries');
    expect(new LocalSettings(db).get('person.name')).toBe('Ana');
    expect(events()).toEqual(before);
  });

  it('refuses a database whose version is above every migration it knows', () => {
    const { db } = seededAtLatest();
    db.pragma(`user_version = ${nextVersion}`);
    let refusal: unknown;
    try {
      migrate(db, 'the test database');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(HoldfastFailure);
    expect((refusal as HoldfastFailure).code).toBe('too_new');
    expect((refusal as HoldfastFailure).message).toMatch(/the test database was written by a newer version of Holdfast/);
    expect(userVersion(db)).toBe(nextVersion);
  });
});

describe('version 3: the event log without an index on hash', () => {
  it('keeps every event with its place in the order received, and still holds one event per device and seq', () => {
    const db = freshDatabase();
    migrate(db, 'the test database', MIGRATIONS.filter((migration) => migration.version < 3));
    const ana = new SimulatedLaptop('Ana', Date.now);
    const chen = new SimulatedLaptop('Chen', Date.now);
    // Our own events and another laptop's, interleaved as they arrived.
    const events = [
      ana.record('incident.declared', { incidentId: 'seeded-incident', title: 'Seeded', severity: 'SEV2', summary: '' }),
      chen.record('timeline.noted', { incidentId: 'seeded-incident', entryId: 'chen-entry-1', kind: 'note', text: 'From Chen', happenedAt: null }),
      chen.record('timeline.noted', { incidentId: 'seeded-incident', entryId: 'chen-entry-2', kind: 'note', text: 'From Chen again', happenedAt: null }),
      ana.record('timeline.noted', { incidentId: 'seeded-incident', entryId: 'seeded-entry', kind: 'note', text: 'Kept', happenedAt: null }),
    ];
    insertRows(db, events);
    const before = rowsOf(db);

    migrate(db, 'the test database', MIGRATIONS.filter((migration) => migration.version <= 3));

    expect(userVersion(db)).toBe(3);
    expect(rowsOf(db)).toEqual(before);
    const indexed = (db.prepare("SELECT name FROM pragma_index_list('events')").all() as { name: string }[]).map((row) => row.name);
    expect(indexed).toContain('events_by_hlc');
    expect(indexed).toHaveLength(2);
    // A second copy of a held event is still impossible, however it is written.
    expect(() => insertRows(db, [events[1]!])).toThrow(/UNIQUE constraint failed: events\.device, events\.seq/);
    // What is stored next comes after everything received before.
    migrate(db, 'the test database');
    const log = openLog(db, ana.key);
    expect(chainProblems([...log.readAll()].map((stored) => stored.event))).toEqual([]);
    const next = log.append('timeline.noted', { incidentId: 'seeded-incident', entryId: 'later-entry', kind: 'note', text: 'Later', happenedAt: null }, 'Ana');
    expect([...log.readAll()].at(-1)).toEqual({ rowid: events.length + 1, event: next });
  });
});

describe('version 4: a removal never takes out a device\'s past', () => {
  it('puts back what an older Holdfast set aside, keeps the highest limit any removal named, and signs that this laptop held the rest', () => {
    const db = freshDatabase();
    migrate(db, 'the test database', MIGRATIONS.filter((migration) => migration.version < 4));
    const ana = new SimulatedLaptop('Ana', Date.now);
    const bo = new SimulatedLaptop('Bo', Date.now);
    const declared = ana.record('incident.declared', { incidentId: 'seeded-incident', title: 'Seeded', severity: 'SEV2', summary: '' });
    const boNotes = [1, 2, 3].map((n) =>
      bo.record('timeline.noted', { incidentId: 'seeded-incident', entryId: `bo-${n}`, kind: 'note', text: `Bo ${n}`, happenedAt: null }),
    );
    const honest = ana.record('room.device_removed', { device: bo.device, upToSeq: 1, reason: 'Stolen' });
    const lie = ana.record('room.device_removed', { device: bo.device, upToSeq: 0, reason: 'Erase' });
    insertRows(db, [declared, boNotes[0]!, honest, lie]);
    // As version 3 left it: the lowest limit, and Bo's raced notes out of the log.
    db.prepare('INSERT INTO removed_devices (device, up_to_seq) VALUES (?, 0)').run(bo.device);
    const setAside = db.prepare('INSERT INTO set_aside (device, seq, event, reason) VALUES (?, ?, ?, ?)');
    for (const event of boNotes.slice(1)) setAside.run(event.device, event.seq, JSON.stringify(event), 'removed from the room by Ana');

    migrate(db, 'the test database');
    const log = openLog(db, ana.key);
    const statements = log.keepHeldHistory();

    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    const held = [...log.readAll()].map((stored) => stored.event);
    expect(held.filter((event) => event.device === bo.device)).toEqual(boNotes);
    expect(chainProblems(held)).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM set_aside').get()).toEqual({ n: 0 });
    expect(statements.map((event) => event.payload)).toEqual([{ device: bo.device, upToSeq: 3, hash: boNotes[2]!.hash }]);
    expect(log.removals.limit(bo.device)).toBe(3);
    // Bo is still out for what he writes next.
    const later = bo.record('timeline.noted', { incidentId: 'seeded-incident', entryId: 'bo-4', kind: 'note', text: 'Bo 4', happenedAt: null });
    expect(log.storeVerified([later])).toMatchObject({ stored: [], refusedRemoved: 1 });
  });
});

describe('version 5: writes applied once', () => {
  it('adds the table of applied write keys to a version 4 log and keeps every event', () => {
    const db = freshDatabase();
    migrate(db, 'the test database', MIGRATIONS.filter((migration) => migration.version < 5));
    const ana = new SimulatedLaptop('Ana', Date.now);
    insertRows(db, [ana.record('incident.declared', { incidentId: 'seeded-incident', title: 'Seeded', severity: 'SEV2', summary: '' })]);
    const before = rowsOf(db);

    migrate(db, 'the test database');

    expect(userVersion(db)).toBe(SCHEMA_VERSION);
    expect(tableNames(db)).toContain('applied_writes');
    expect(rowsOf(db)).toEqual(before);
  });
});
