/**
 * This laptop's identity: an ed25519 key pair made on first run and kept in
 * the data folder. The public key, base64url-encoded, is the device id every
 * event carries; the private key signs them. Two processes on the same data
 * folder (the app and the CLI) share it, so creation is race-safe: the first
 * writer wins and everyone else reads what it wrote.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HoldfastFailure } from '../../shared/result.js';
import { DEVICE_KEY_FILE } from '../data-dir.js';

export interface DeviceKey {
  readonly deviceId: string;
  readonly privateKey: KeyObject;
}

export function deviceIdOf(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Not an ed25519 public key.');
  return jwk.x;
}

// A room has a handful of devices; importing a key costs more than hashing an event.
const publicKeys = new Map<string, KeyObject>();

export function publicKeyOf(deviceId: string): KeyObject {
  let key = publicKeys.get(deviceId);
  if (!key) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: deviceId }, format: 'jwk' });
    if (publicKeys.size > 1_000) publicKeys.clear();
    publicKeys.set(deviceId, key);
  }
  return key;
}

export function generateDeviceKey(): DeviceKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { deviceId: deviceIdOf(publicKey), privateKey };
}

export function loadOrCreateDeviceKey(dataDir: string): DeviceKey {
  const file = path.join(dataDir, DEVICE_KEY_FILE);
  if (!fs.existsSync(file)) {
    const fresh = generateKeyPairSync('ed25519');
    const pem = fresh.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    try {
      fs.writeFileSync(file, pem, { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const privateKey = readPrivateKey(file);
  return { deviceId: deviceIdOf(createPublicKey(privateKey)), privateKey };
}

const KEY_READ_ATTEMPTS = 40;
const KEY_READ_PAUSE_MS = 25;

/**
 * Reads the key file. A process that lost the race to create it may find it
 * created but not yet written, so an unreadable key is read again for a
 * moment before it is called damaged. File-system errors (permissions) are
 * thrown as they are, for the caller to put into words.
 */
function readPrivateKey(file: string): KeyObject {
  for (let attempt = 1; ; attempt += 1) {
    const pem = fs.readFileSync(file, 'utf8');
    try {
      return createPrivateKey(pem);
    } catch {
      if (attempt >= KEY_READ_ATTEMPTS) {
        throw new HoldfastFailure(
          'storage_corrupt',
          `This laptop's device key (${file}) is damaged. Move it aside to make a new one; events already signed with it stay valid.`,
        );
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, KEY_READ_PAUSE_MS);
    }
  }
}
