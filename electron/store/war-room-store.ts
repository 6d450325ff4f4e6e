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
import { loadOrCreateDeviceKey, type DeviceKey } from '../identity/device-key.js';
import { openDatabase } from './database.js';
import { EventLog } from './event-log.js';
import { LocalSettings } from './settings.js';
import { storageFailure } from './storage-errors.js';

export interface WarRoomStore {
  readonly dataDir: string;
  readonly db: Database.Database;
  readonly key: DeviceKey;
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
}

/** The person at this laptop, as the host keeps them (host.ts), for what the laptop signs by itself. */
export const PERSON_NAME_SETTING = 'person.name';

function laptopAuthor(settings: LocalSettings): string {
  const person = settings.get(PERSON_NAME_SETTING);
  return person ?? `Holdfast on ${os.hostname()}`.slice(0, LIMITS.nameChars);
}

export function openWarRoomStore(dataDir: string, options: StoreOptions = {}): WarRoomStore {
  const folder = path.resolve(dataDir);
  const { db, file } = openDatabase(folder);
  let key: DeviceKey;
  try {
    key = loadOrCreateDeviceKey(folder);
  } catch (error) {
    db.close();
    throw storageFailure(error, `the data folder ${folder}`);
  }
  const roomClock = new RoomClock(options.now ?? Date.now);
  const clock = new HybridLogicalClock(roomClock.now, LIMITS.futureStampMs);
  const settings = new LocalSettings(db);
  const log = new EventLog(db, key, clock, `the war-room database ${file}`, roomClock, () => laptopAuthor(settings));
  try {
    log.keepHeldHistory();
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    dataDir: folder,
    db,
    key,
    clock,
    roomClock,
    log,
    settings,
    close: () => db.close(),
  };
}
