/**
 * A data folder copied to another laptop, another folder, or restored from
 * a backup must not go on signing as the original: it becomes a device of
 * its own at its first start, with all the history it carried, and says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WarRoomHost } from '../../../electron/host/host.js';
import { DATABASE_FILE } from '../../../electron/data-dir.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

/** A laptop's folder with an incident and a note in it, closed. */
function usedFolder(): { dataDir: string; device: string; incidentId: string } {
  const dataDir = folders.make();
  const host = hosts.openOn(dataDir, { fallbackAuthor: 'Ana' });
  const { incidentId } = expectOk(host.run('declareIncident', { title: 'Core switch down', severity: 'SEV1' }));
  expectOk(host.run('addEntry', { incidentId, text: 'Switch console unreachable' }));
  const device = host.deviceId;
  hosts.close(host);
  return { dataDir, device, incidentId };
}

const copyOf = (dataDir: string): string => {
  const copy = path.join(folders.make(), 'copy');
  fs.cpSync(dataDir, copy, { recursive: true });
  return copy;
};

describe('a copied data folder', () => {
  it('reopened where it was made, keeps its identity', () => {
    const { dataDir, device } = usedFolder();
    expect(hosts.openOn(dataDir).deviceId).toBe(device);
  });

  it('opened in another folder becomes a new device with all the history it carried, and says why', () => {
    const { dataDir, device, incidentId } = usedFolder();
    const copy = hosts.openOn(copyOf(dataDir));

    expect(copy.deviceId).not.toBe(device);
    expect(copy.store.renewedIdentity).toMatchObject({ previousDevice: device, device: copy.deviceId, why: expect.stringMatching(/another folder/) });
    const view = expectOk(copy.run('getRoom', {}));
    expect(view.newIdentity).toMatchObject({ previousDevice: device });
    expect(expectOk(copy.run('getIncident', { incidentId })).timeline.map((entry) => entry.text)).toContain('Switch console unreachable');
    // What it writes next is signed by the new device, from its first event.
    expectOk(copy.run('addEntry', { incidentId, text: 'Written on the copy' }));
    expect(copy.store.log.versionVector()).toMatchObject({ [device]: 2, [copy.deviceId]: 1 });
    // The old key is kept aside, never loaded again; the original is untouched.
    expect(fs.readdirSync(copy.store.dataDir).filter((name) => name.startsWith('device-key.retired-'))).toHaveLength(1);
    expect(hosts.openOn(dataDir).deviceId).toBe(device);
  });

  it('on another machine at the same path, or restored from a backup in place, becomes a new device too', () => {
    const { dataDir, device } = usedFolder();
    const elsewhere = hosts.openOn(dataDir, { machine: 'machine-id:another-laptop' });
    expect(elsewhere.deviceId).not.toBe(device);
    hosts.close(elsewhere);

    const second = usedFolder();
    const backup = copyOf(second.dataDir);
    fs.rmSync(second.dataDir, { recursive: true });
    fs.cpSync(backup, second.dataDir, { recursive: true });
    const restored = hosts.openOn(second.dataDir);
    expect(restored.deviceId).not.toBe(second.device);
    expect(restored.store.renewedIdentity?.why).toMatch(/copied or restored from a backup/);
  });

  it('whose database was lost beside its key starts as a new device rather than contradicting what the room holds of the old one', () => {
    const { dataDir, device } = usedFolder();
    for (const name of fs.readdirSync(dataDir)) if (name.startsWith(DATABASE_FILE)) fs.rmSync(path.join(dataDir, name));
    const host = hosts.openOn(dataDir);
    expect(host.deviceId).not.toBe(device);
    expect(host.store.renewedIdentity?.why).toMatch(/lost or replaced/);
  });

  it('opened by two processes at once, settles on one new identity', async () => {
    const { dataDir, device } = usedFolder();
    const copy = copyOf(dataDir);
    const runs = await Promise.all([1, 2, 3].map(() => holdfast(['room', 'show', '--data', copy])));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const host = WarRoomHost.open({ dataDir: copy, watchMs: 0 });
    try {
      expect(host.deviceId).not.toBe(device);
      for (const run of runs) expect(run.stdout).toContain(host.deviceId.slice(0, 8));
      expect(fs.readdirSync(copy).filter((name) => name.startsWith('device-key.retired-'))).toHaveLength(1);
    } finally {
      host.close();
    }
  });
});

describe('a database emptied beside its device key', () => {
  it('is refused with what to do, and `holdfast recover` starts afresh as a new device', async () => {
    const { dataDir, device } = usedFolder();
    for (const name of fs.readdirSync(dataDir)) if (name.startsWith(DATABASE_FILE)) fs.rmSync(path.join(dataDir, name));
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE), '');

    const refused = await holdfast(['incidents', '--data', dataDir]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/is empty \(0 bytes\), though this laptop's device key is beside it/);
    expect(refused.stderr).toMatch(/holdfast recover --data/);
    expect(fs.statSync(path.join(dataDir, DATABASE_FILE)).size).toBe(0);

    const recovered = await holdfast(['recover', '--data', dataDir]);
    expect(recovered.code, recovered.stderr).toBe(0);
    expect(recovered.stdout).toMatch(/Moved the empty database aside/);
    expect(recovered.stderr).toMatch(/now signs as a new device/);
    expect(fs.readdirSync(dataDir).some((name) => name.startsWith(`${DATABASE_FILE}.empty-`))).toBe(true);
    const host = hosts.openOn(dataDir);
    expect(host.deviceId).not.toBe(device);
  });
});
