/**
 * `holdfast brief`: the one-page briefing for management written from a
 * terminal, for the coordinator asked "where are we?" with no app open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenHosts } from '../../support/hosts.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { TempFolders } from '../../support/temp-folders.js';
import { declareFromTerminal } from '../../support/terminal.js';

const folders = new TempFolders();
const hosts = new OpenHosts();
afterEach(() => {
  hosts.closeAll();
  folders.removeAll();
});

/** The coordinator picked from the roster, with a phone; an update that promises the next in half an hour. */
function staff(dataDir: string, incidentId: string): void {
  const host = hosts.openOn(dataDir);
  const person = expectOk(
    host.run('savePerson', { name: 'Ana Lopez', team: 'Payments', phone: '+34 600 111 222', email: '', chat: '', notes: '', onCall: true }),
  );
  expectOk(host.run('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana Lopez', personId: person.id }));
  expectOk(host.run('publishStatusUpdate', { incidentId, audience: 'management', text: 'Moving EU cards to the secondary acquirer.', nextUpdateAt: Date.now() + 30 * 60_000 }));
  hosts.close(host);
}

describe('holdfast brief', () => {
  it('writes the most recently declared incident’s briefing to --out, saying so on stderr and nothing on stdout', async () => {
    const dataDir = folders.make();
    await declareFromTerminal(dataDir, 'Disk full on db-3');
    const incidentId = await declareFromTerminal(dataDir, 'Card payments declined');
    staff(dataDir, incidentId);
    const out = path.join(folders.make(), 'briefing.html');

    const run = await holdfast(['brief', '--out', out, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Wrote the briefing of "Card payments declined" (${incidentId}) to ${out}.`);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<h1 dir="auto">Card payments declined</h1>');
    expect(html).toContain('SEV1');
    expect(html).toMatch(/<td>Coordinator<\/td><td><span dir="auto">Ana Lopez<\/span><\/td><td class="nowrap"><span dir="auto">\+34 600 111 222<\/span><\/td>/);
    expect(html).toContain('Moving EU cards to the secondary acquirer.');
    expect(html).toContain('<strong>Next update due:</strong>');
    expect(html).not.toContain('Disk full on db-3');
    expect(html).not.toMatch(/<script|<link|<img|https?:/i);
  });

  it('names the file itself when --out is a folder, and writes the incident named by a prefix of its id', async () => {
    const dataDir = folders.make();
    const first = await declareFromTerminal(dataDir, 'Disk full on db-3');
    await declareFromTerminal(dataDir, 'Card payments declined');
    const folder = folders.make();

    const run = await holdfast(['brief', '--incident', first.slice(0, 8), '--out', folder, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const [written, ...others] = fs.readdirSync(folder);
    expect(others).toEqual([]);
    expect(written).toMatch(/^briefing-disk-full-on-db-3-\d{4}-\d{2}-\d{2}-\d{4}\.html$/);
    expect(fs.readFileSync(path.join(folder, written!), 'utf8')).toContain('<h1 dir="auto">Disk full on db-3</h1>');
  });

  it('prints the page when --out is left out', async () => {
    const dataDir = folders.make();
    await declareFromTerminal(dataDir, 'Card payments declined');
    const run = await holdfast(['brief', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!doctype html>\n/);
    expect(run.stdout).toContain('<h1 dir="auto">Card payments declined</h1>');
  });

  it('says so, writing nothing, for an unknown incident', async () => {
    const dataDir = folders.make();
    await declareFromTerminal(dataDir, 'Card payments declined');
    const folder = folders.make();
    const run = await holdfast(['brief', '--incident', 'no-such-incident', '--out', folder, '--data', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No incident with id no-such-incident is in this war room');
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('says so when there are no incidents yet', async () => {
    const run = await holdfast(['brief', '--out', path.join(folders.make(), 'b.html'), '--data', folders.make()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('There are no incidents in this war room yet.');
  });

  it('says which folder does not exist when the page cannot be written there', async () => {
    const dataDir = folders.make();
    await declareFromTerminal(dataDir, 'Card payments declined');
    const out = path.join(folders.make(), 'no-such-folder', 'briefing.html');
    const run = await holdfast(['brief', '--out', out, '--data', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/holdfast brief: Cannot write .*briefing\.html: the folder .*no-such-folder does not exist\. Nothing was written\./);
    expect(run.stdout).toBe('');
  });

  it('is listed by holdfast --help', async () => {
    const run = await holdfast(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('holdfast brief [--incident ID] [--out FILE|DIR] [--data DIR]');
    expect(run.stdout).toContain('one-page briefing for management');
  });
});
