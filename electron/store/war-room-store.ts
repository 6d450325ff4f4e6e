/**
 * Everything kept in one data folder, opened together: the database, this
 * laptop's device key, its clock, the event log and local settings.
 */
import type Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { HybridLogicalClock } from '../../shared/hlc.js';
import { LIMITS } from '../../shared/limits.js';
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
  readonly log: EventLog;
  readonly settings: LocalSettings;
  close(): void;
}

export interface StoreOptions {
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
  const now = options.now ?? Date.now;
  const clock = new HybridLogicalClock(now);
  const settings = new LocalSettings(db);
  const log = new EventLog(db, key, clock, `the war-room database ${file}`, now, () => laptopAuthor(settings));
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
    log,
    settings,
    close: () => db.close(),
  };
}
