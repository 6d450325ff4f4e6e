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

export function publicKeyOf(deviceId: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: deviceId }, format: 'jwk' });
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
  try {
    const privateKey = createPrivateKey(fs.readFileSync(file, 'utf8'));
    return { deviceId: deviceIdOf(createPublicKey(privateKey)), privateKey };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw error;
    throw new HoldfastFailure(
      'storage_corrupt',
      `This laptop's device key (${file}) is damaged. Move it aside to make a new one; events already signed with it stay valid.`,
    );
  }
}
