import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/data-dir.js';
import { OpenHosts } from '../../support/hosts.js';
import { holdfast, type RunOptions } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { fileDigest, TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const hosts = new OpenHosts();
const restoreModes: string[] = [];
afterEach(() => {
  hosts.closeAll();
  for (const dir of restoreModes.splice(0)) fs.chmodSync(dir, 0o755);
  folders.removeAll();
});

const NOBODY = 65_534;
const runningAsRoot = process.getuid?.() === 0;

/**
 * A seeded war room the CLI may read but not write. Root ignores permission
 * bits, so as root the folder stays root's and the CLI runs as 'nobody';
 * otherwise the folder is made read-only for its owner.
 */
function readOnlyWarRoom(): { dataDir: string; as: RunOptions } {
  const parent = folders.make();
  const dataDir = path.join(parent, 'war-room');
  const host = hosts.openOn(dataDir);
  expectOk(host.run('declareIncident', { title: 'Read-only USB stick', severity: 'SEV3' }));
  hosts.close(host);
  if (runningAsRoot) {
    fs.chmodSync(parent, 0o755);
    fs.chmodSync(dataDir, 0o755);
    return { dataDir, as: { uid: NOBODY, gid: NOBODY } };
  }
  fs.chmodSync(dataDir, 0o555);
  restoreModes.push(dataDir);
  return { dataDir, as: {} };
}

describe('a data folder this user cannot write to', () => {
  it.each([
    ['adding a note', (dataDir: string) => ['note', 'Replica caught up', '--data', dataDir]],
    ['declaring an incident', (dataDir: string) => ['declare', 'Second outage', '--data', dataDir]],
  ])('%s fails with a sentence saying the folder is read-only, and changes nothing', async (_, command) => {
    const { dataDir, as } = readOnlyWarRoom();
    const listing = fs.readdirSync(dataDir).sort();
    const digest = fileDigest(path.join(dataDir, DATABASE_FILE));

    const run = await holdfast(command(dataDir), as);

    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/read-only/);
    expect(run.stderr).toContain(dataDir);
    expect(run.stdout).toBe('');
    expect(fs.readdirSync(dataDir).sort()).toEqual(listing);
    expect(fileDigest(path.join(dataDir, DATABASE_FILE))).toBe(digest);
  });
});
