/**
 * Everything kept in one data folder, opened together: the database, this
 * laptop's device key, its clock, the event log and local settings.
 */
import type Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { HybridLogicalClock } from '../../shared/hlc.js';
import { LIMITS } from '../../shared/limits.js';
import { RoomClock } from '../../shared/room/room-clock.js';
import type { NewIdentityView } from '../../shared/room/views.js';
import type { DeviceKey } from '../identity/device-key.js';
import { settleDeviceIdentity, type SettledIdentity } from '../identity/device-identity.js';
import { openDatabase } from './database.js';
import { refuseEmptyDatabaseBesideKey } from './empty-database.js';
import { EventLog } from './event-log.js';
import { LocalSettings } from './settings.js';
import { storageFailure } from './storage-errors.js';

export interface WarRoomStore {
  readonly dataDir: string;
  readonly db: Database.Database;
  readonly key: DeviceKey;
  /** Set when this open gave the folder a new device identity (a copied folder): the person is told. */
  readonly renewedIdentity: NewIdentityView | null;
  readonly clock: HybridLogicalClock;
  /** The room's time as this laptop knows it: what every stamp and every "now" uses (shared/hlc.ts). */
  readonly roomClock: RoomClock;
  readonly log: EventLog;
  readonly settings: LocalSettings;
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
  let identity: SettledIdentity;
  try {
    identity = settleDeviceIdentity(db, settings, folder, { now: raw, ...(options.machine ? { machine: options.machine } : {}) });
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
    db,
    key: identity.key,
    renewedIdentity: identity.renewed,
    clock,
    roomClock,
    log,
    settings,
    close: () => db.close(),
  };
}
