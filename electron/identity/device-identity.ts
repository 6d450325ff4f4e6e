/**
 * Which device this data folder signs as, settled each time it is opened.
 *
 * A data folder copied to another laptop (or folder, or restored from a
 * backup) must not go on signing as the original: both would write event n
 * of one device, and the room would hold two histories of it. So the folder
 * remembers where its key was settled (device-location.ts, in its local
 * settings, never synced). Opened anywhere else, it retires that key (kept
 * beside it, renamed, never used again) and makes a fresh one: the copy
 * becomes a device of its own, with all the history it carried, and the
 * original goes on as it was.
 *
 * A fresh key is also made when the log holds nothing this key signed while
 * the key is older than the log (the database was lost or replaced): resuming
 * the old device at event 1 would contradict what the room already holds of
 * it, while a new device gets its old history back from the room like any
 * other. And when a peer showed that this device's identity is in use
 * elsewhere too (a copy made in a way no location can tell, such as a
 * cloned virtual machine), the next open makes a fresh key.
 *
 * All of it happens inside one IMMEDIATE transaction: two processes opening
 * a copied folder at once (the app and the CLI) settle on one new identity.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { NewIdentityView } from '../../shared/room/views.js';
import { DEVICE_KEY_FILE } from '../data-dir.js';
import type { LocalSettings } from '../store/settings.js';
import { loadOrCreateDeviceKey, type DeviceKey } from './device-key.js';
import { howItMoved, locationOf, parseLocation, thisMachine } from './device-location.js';

/** Where this folder's key was settled; a folder without it settles where it is found, if its log holds what the key signed. */
export const DEVICE_LOCATION_SETTING = 'device.location';
const LOCATION = DEVICE_LOCATION_SETTING;
const NEW_IDENTITY = 'device.new_identity';
const RENEW = 'device.renew';

export interface SettledIdentity {
  readonly key: DeviceKey;
  /** Set when this open gave the folder a new identity: the person is told. */
  readonly renewed: NewIdentityView | null;
}

export interface IdentityOptions {
  /** This machine, as device-location.ts names it; tests stand in for another machine. */
  readonly machine?: string;
  readonly now: () => number;
}

/** What settling asks of the folder's database (electron/store owns it): one IMMEDIATE transaction, and what its log holds. */
export interface FolderRecords {
  inTransaction<T>(work: () => T): T;
  holdsAnyOf(device: string): boolean;
  isEmpty(): boolean;
}

export function settleDeviceIdentity(records: FolderRecords, settings: LocalSettings, folder: string, options: IdentityOptions): SettledIdentity {
  const machine = options.machine ?? thisMachine();
  const keyFile = path.join(folder, DEVICE_KEY_FILE);
  return records.inTransaction((): SettledIdentity => {
    if (!fs.existsSync(keyFile)) {
      const key = loadOrCreateDeviceKey(folder);
      settings.set(LOCATION, JSON.stringify(locationOf(key.deviceId, folder, keyFile, machine)));
      return { key, renewed: null };
    }
    const key = loadOrCreateDeviceKey(folder);
    const why = reasonToRenew(records, settings, key, folder, keyFile, machine);
    if (why === null) return { key, renewed: null };
    retire(keyFile, key.deviceId);
    const fresh = loadOrCreateDeviceKey(folder);
    settings.set(LOCATION, JSON.stringify(locationOf(fresh.deviceId, folder, keyFile, machine)));
    settings.set(RENEW, '');
    const renewed: NewIdentityView = { previousDevice: key.deviceId, device: fresh.deviceId, at: options.now(), why };
    settings.set(NEW_IDENTITY, JSON.stringify(renewed));
    return { key: fresh, renewed };
  });
}

/** Why this folder must not go on signing as `key`, or null when it may (and its location is then remembered). */
function reasonToRenew(records: FolderRecords, settings: LocalSettings, key: DeviceKey, folder: string, keyFile: string, machine: string): string | null {
  const here = locationOf(key.deviceId, folder, keyFile, machine);
  const renew = settings.get(RENEW);
  if (renew) return renew;
  const settled = parseLocation(settings.get(LOCATION));
  if (settled !== null) {
    const moved = howItMoved(settled, here);
    if (moved !== null) return `this data folder was copied or moved: ${moved}`;
    return null;
  }
  // Never settled: a folder an older Holdfast wrote (its key signed its log), or a key older than its database.
  if (!records.holdsAnyOf(key.deviceId) && records.isEmpty()) {
    return 'its database holds nothing this laptop signed: it was lost or replaced, and the room holds what it had';
  }
  settings.set(LOCATION, JSON.stringify(here));
  return null;
}

/** Moves the key aside under a name that says whose it was; never deleted, never loaded again. */
function retire(keyFile: string, device: string): void {
  const folder = path.dirname(keyFile);
  for (let attempt = 0; ; attempt += 1) {
    const name = `device-key.retired-${device.slice(0, 8)}${attempt === 0 ? '' : `-${attempt}`}.pem`;
    const target = path.join(folder, name);
    if (fs.existsSync(target)) continue;
    fs.renameSync(keyFile, target);
    return;
  }
}

/** The last new identity this folder took, for the Room screen. */
export function lastNewIdentity(settings: LocalSettings): NewIdentityView | null {
  const text = settings.get(NEW_IDENTITY);
  if (!text) return null;
  try {
    return JSON.parse(text) as NewIdentityView;
  } catch {
    return null;
  }
}

/** A peer showed this device's identity is in use elsewhere too: the next open takes a fresh one, saying why. */
export function renewAtNextStart(settings: LocalSettings, why: string): void {
  settings.set(RENEW, why);
}

export function renewalPending(settings: LocalSettings): string | null {
  return settings.get(RENEW) || null;
}
