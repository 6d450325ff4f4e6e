/**
 * Everything kept in one data folder, opened together: the database, this
 * laptop's device key, its clock, the event log and local settings.
 */
import type Database from 'better-sqlite3';
import path from 'node:path';
import { HybridLogicalClock } from '../../shared/hlc.js';
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
  const log = new EventLog(db, key, clock, `the war-room database ${file}`, now);
  const settings = new LocalSettings(db);
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
