/**
 * Everything kept in one data folder, opened together: the database, this
 * laptop's device key, its clock, the event log and local settings.
 *
 * The store owns the SQL: the database connection never leaves
 * electron/store. Whatever the rest of Holdfast needs of it is a method
 * named for what it answers (on the store, its log or its removals), so a
 * query is written once, beside the schema it depends on.
 */
import os from 'node:os';
import path from 'node:path';
import { HybridLogicalClock } from '../../shared/hlc.js';
import { LIMITS } from '../../shared/limits.js';
import { RoomClock } from '../../shared/room/room-clock.js';
import type { NewIdentityView } from '../../shared/room/views.js';
import { proveDevice } from '../identity/channel-proof.js';
import { settleDeviceIdentity, type SettledIdentity } from '../identity/device-identity.js';
import { AppliedWrites } from './applied-writes.js';
import { dataVersion, openDatabase } from './database.js';
import { refuseEmptyDatabaseBesideKey } from './empty-database.js';
import { EventLog } from './event-log.js';
import { EventsTable } from './events-table.js';
import { LocalSettings } from './settings.js';
import { storageFailure } from './storage-errors.js';

export interface WarRoomStore {
  readonly dataDir: string;
  /** The device this folder signs as. Its private key never leaves electron/store and electron/identity. */
  readonly deviceId: string;
  /** Set when this open gave the folder a new device identity (a copied folder): the person is told. */
  readonly renewedIdentity: NewIdentityView | null;
  readonly clock: HybridLogicalClock;
  /** The room's time as this laptop knows it: what every stamp and every "now" uses (shared/hlc.ts). */
  readonly roomClock: RoomClock;
  readonly log: EventLog;
  readonly settings: LocalSettings;
  /** Writes already applied, by idempotency key; read and written inside inTransaction only. */
  readonly appliedWrites: AppliedWrites;
  /** This device's proof for one connection: its key's signature over the channel binding (identity/channel-proof.ts). */
  proveDevice(binding: Uint8Array): string;
  /** Changes whenever another process commits to this folder's database (never for this process's own writes). */
  dataVersion(): number;
  /** Runs `work` in one IMMEDIATE transaction: what it reads, no other process changes before it writes. */
  inTransaction<T>(work: () => T): T;
  /** Runs `work`'s reads in one transaction, so they see one moment of the database. */
  readTogether<T>(work: () => T): T;
  close(): void;
}

export interface StoreOptions {
  /** This laptop's own clock (tests skew it); the room's time is derived from it. */
  readonly now?: () => number;
  /** This machine, as electron/identity/device-location.ts names it; tests stand in for another machine. */
  readonly machine?: string;
}

/** The person at this laptop, as the host keeps them (host.ts), for what the laptop signs by itself. */
export const PERSON_NAME_SETTING = 'person.name';

function laptopAuthor(settings: LocalSettings): string {
  const person = settings.get(PERSON_NAME_SETTING);
  return person ?? `Holdfast on ${os.hostname()}`.slice(0, LIMITS.nameChars);
}

export function openWarRoomStore(dataDir: string, options: StoreOptions = {}): WarRoomStore {
  const folder = path.resolve(dataDir);
  refuseEmptyDatabaseBesideKey(folder);
  const { db, file } = openDatabase(folder);
  const raw = options.now ?? Date.now;
  const settings = new LocalSettings(db);
  const inTransaction = <T>(work: () => T): T => db.transaction(work).immediate();
  let identity: SettledIdentity;
  try {
    const events = new EventsTable(db);
    const records = { inTransaction, holdsAnyOf: (device: string) => events.holdsAnyOf(device), isEmpty: () => events.isEmpty() };
    identity = settleDeviceIdentity(records, settings, folder, { now: raw, ...(options.machine ? { machine: options.machine } : {}) });
  } catch (error) {
    db.close();
    throw storageFailure(error, `the data folder ${folder}`);
  }
  const roomClock = new RoomClock(raw);
  const clock = new HybridLogicalClock(roomClock.now, LIMITS.futureStampMs);
  const log = new EventLog(db, identity.key, clock, `the war-room database ${file}`, roomClock, () => laptopAuthor(settings));
  try {
    log.keepHeldHistory();
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    dataDir: folder,
    deviceId: identity.key.deviceId,
    renewedIdentity: identity.renewed,
    clock,
    roomClock,
    log,
    settings,
    appliedWrites: new AppliedWrites(db),
    proveDevice: (binding) => proveDevice(binding, identity.key.privateKey),
    dataVersion: () => dataVersion(db),
    inTransaction,
    readTogether: (work) => db.transaction(work).deferred(),
    close: () => db.close(),
  };
}
