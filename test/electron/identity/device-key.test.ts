import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HoldfastFailure } from '../../../shared/result.js';
import { DEVICE_KEY_FILE } from '../../../electron/data-dir.js';
import { loadOrCreateDeviceKey } from '../../../electron/identity/device-key.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
afterEach(() => folders.removeAll());

describe("this laptop's device key", () => {
  it('is made on first use, kept private to its owner, and the same every time after', () => {
    const dataDir = folders.make();
    const first = loadOrCreateDeviceKey(dataDir);
    const file = path.join(dataDir, DEVICE_KEY_FILE);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(loadOrCreateDeviceKey(dataDir).deviceId).toBe(first.deviceId);
    expect(first.deviceId).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('when damaged, is reported as damaged with what to do, not as an internal error', () => {
    const dataDir = folders.make();
    const file = path.join(dataDir, DEVICE_KEY_FILE);
    fs.writeFileSync(file, '-----BEGIN PRIVATE KEY-----\nnot a key at all\n-----END PRIVATE KEY-----\n');

    let refusal: unknown;
    try {
      loadOrCreateDeviceKey(dataDir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(HoldfastFailure);
    expect((refusal as HoldfastFailure).code).toBe('storage_corrupt');
    expect((refusal as HoldfastFailure).message).toMatch(/device key \(.*\) is damaged\. Move it aside/);
  });
});
