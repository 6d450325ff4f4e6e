/**
 * The room secret (in the database) and this laptop's signing key stay the
 * owner's: the data folder is 0700, the database with its WAL and
 * shared-memory files and the device key are 0600, from the first moment,
 * and a looser folder is tightened the next time it is opened.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, DEVICE_KEY_FILE } from '../../../electron/data-dir.js';
import { keepDataFolderPrivate } from '../../../electron/store/data-folder-permissions.js';
import { childEnv, HOLDFAST_BIN, REPO_ROOT } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

/** `holdfast ARGS` in a shell whose umask lets anyone read what it creates, as a careless login might. */
function holdfastUnderOpenUmask(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const quoted = [HOLDFAST_BIN, ...args].map((arg) => `'${arg}'`).join(' ');
  const child = spawn('sh', ['-c', `umask 000 && exec '${process.execPath}' ${quoted}`], {
    cwd: REPO_ROOT,
    env: childEnv(),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });
}

describe.skipIf(process.platform === 'win32')('a data folder only its owner can read', () => {
  it('is made 0700, with the database, its WAL and shared memory and the device key 0600, even under a umask of 000', async () => {
    const dataDir = path.join(folders.make(), 'new-war-room');
    const run = await holdfastUnderOpenUmask(['declare', 'Checkout is down', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);

    expect(modeOf(dataDir)).toBe(0o700);
    // Still as SQLite made them: opening again tightens nothing, so these are the modes they were born with.
    expect(modeOf(path.join(dataDir, DATABASE_FILE))).toBe(0o600);
    expect(modeOf(path.join(dataDir, DEVICE_KEY_FILE))).toBe(0o600);
    expect(run.stderr).not.toMatch(/private to this user/);

    // While a writer has it open, the WAL and shared-memory files exist: they are the owner's too.
    const host = hosts.openOn(dataDir);
    expectOk(host.run('declareIncident', { title: 'Second outage', severity: 'SEV3' }));
    expect(modeOf(path.join(dataDir, `${DATABASE_FILE}-wal`))).toBe(0o600);
    expect(modeOf(path.join(dataDir, `${DATABASE_FILE}-shm`))).toBe(0o600);
  });

  it('tightens a folder left readable by others when it is next opened, says so once, and leaves other files alone', async () => {
    const dataDir = folders.make();
    hosts.close(hosts.openOn(dataDir));
    const loose = [DATABASE_FILE, DEVICE_KEY_FILE, 'device-key.2024.pem', 'device-location', 'device-location.json'];
    for (const name of loose.slice(2)) fs.writeFileSync(path.join(dataDir, name), 'kept');
    for (const name of loose) fs.chmodSync(path.join(dataDir, name), 0o644);
    fs.writeFileSync(path.join(dataDir, 'runbook-notes.md'), 'a person put this here');
    fs.chmodSync(path.join(dataDir, 'runbook-notes.md'), 0o644);
    fs.chmodSync(dataDir, 0o755);

    const first = await holdfastUnderOpenUmask(['incidents', '--data', dataDir]);
    expect(first.code, first.stderr).toBe(0);
    expect(modeOf(dataDir)).toBe(0o700);
    for (const name of loose) expect([name, modeOf(path.join(dataDir, name))]).toEqual([name, 0o600]);
    expect(modeOf(path.join(dataDir, 'runbook-notes.md'))).toBe(0o644);
    const said = first.stderr.split('\n').filter((line) => /private to this user/.test(line));
    expect(said).toEqual([
      `Holdfast made its data folder ${dataDir} private to this user: the folder, device-key.2024.pem, ${DEVICE_KEY_FILE}, device-location, ` +
        `device-location.json, ${DATABASE_FILE} could be read by other users of this machine, and it holds the room secret and this laptop's signing key.`,
    ]);

    const second = await holdfastUnderOpenUmask(['incidents', '--data', dataDir]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).not.toMatch(/private to this user/);
  });

  it('keeps a folder read-only for its owner when it was made so, and follows no link', () => {
    const dataDir = folders.make();
    const elsewhere = path.join(folders.make(), 'not-ours.pem');
    fs.writeFileSync(elsewhere, 'someone else');
    fs.chmodSync(elsewhere, 0o644);
    fs.symlinkSync(elsewhere, path.join(dataDir, 'device-key-link.pem'));
    fs.chmodSync(dataDir, 0o555);
    try {
      const lines: string[] = [];
      expect(keepDataFolderPrivate(dataDir, { say: (line) => lines.push(line) })).toEqual(['the folder']);
      expect(modeOf(dataDir)).toBe(0o500);
      expect(modeOf(elsewhere)).toBe(0o644);
      expect(lines).toHaveLength(1);
    } finally {
      fs.chmodSync(dataDir, 0o700);
    }
  });

  it('never fails because it could not tighten: a missing folder, or Windows, where it does nothing', () => {
    const lines: string[] = [];
    const say = (line: string) => lines.push(line);
    expect(keepDataFolderPrivate(path.join(folders.make(), 'not-there'), { say })).toEqual([]);
    const dataDir = folders.make();
    fs.chmodSync(dataDir, 0o755);
    expect(keepDataFolderPrivate(dataDir, { platform: 'win32', say })).toEqual([]);
    expect(modeOf(dataDir)).toBe(0o755);
    expect(lines).toEqual([]);
  });
});
