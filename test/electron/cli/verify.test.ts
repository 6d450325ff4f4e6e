/**
 * `holdfast verify` from a terminal: a post-mortem exported as JSON checks
 * out, one byte changed anywhere in an event does not, and a room file is
 * checked on a laptop in its room. In-process runs for speed; one real
 * process proves the installed command's exit codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main.js';
import { holdfast, type Finished } from '../../support/processes.js';
import { useScratch } from '../../support/scratch.js';

const { folders } = useScratch();

async function cli(args: readonly string[]): Promise<Finished> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli([...args], { out: (line) => stdout.push(line), err: (line) => stderr.push(line), env: { XDG_DATA_HOME: '/dev/null/no-default-data-in-tests' } });
  const text = (lines: string[]) => (lines.length === 0 ? '' : lines.join('\n') + '\n');
  return { code, signal: null, stdout: text(stdout), stderr: text(stderr) };
}

async function succeeded(args: readonly string[]): Promise<string> {
  const run = await cli(args);
  expect(run.code, `holdfast ${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

/** Two incidents on one laptop, notes interleaved, and the first one's post-mortem exported as JSON. */
async function exportedPostMortem(): Promise<{ dataDir: string; file: string; incidentId: string }> {
  const dataDir = folders.make();
  const incidentId = (await succeeded(['declare', 'Checkout is down', '--severity', 'SEV1', '--data', dataDir])).trimEnd().split('\n').at(-1)!;
  const other = (await succeeded(['declare', 'Payroll data exposed', '--severity', 'SEV2', '--data', dataDir])).trimEnd().split('\n').at(-1)!;
  await succeeded(['note', 'Failed over db-1 to db-2', '--incident', incidentId, '--data', dataDir]);
  await succeeded(['note', 'Bucket made private', '--incident', other, '--data', dataDir]);
  await succeeded(['note', 'Card payments recovering', '--incident', incidentId, '--data', dataDir]);
  const file = path.join(folders.make(), 'postmortem.json');
  expect((await cli(['export', '--incident', incidentId, '--format', 'json', '--out', file, '--data', dataDir])).code).toBe(0);
  return { dataDir, file, incidentId };
}

/** The file with the last `from` changed to `to`: the record comes last, after the sections a person reads. */
function changeInRecord(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const at = text.lastIndexOf(from);
  expect(at).toBeGreaterThan(text.indexOf('"record"'));
  fs.writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
}

describe('holdfast verify on a post-mortem', () => {
  it('says the record holds and who signed what, without a data folder', async () => {
    const { file, incidentId } = await exportedPostMortem();
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as { record: { devices: { device: string }[]; links: unknown[] } };
    expect(JSON.stringify(document)).not.toContain('Bucket made private');
    expect(document.record.links).toHaveLength(2);
    const device = document.record.devices[0]!.device;

    const run = await cli(['verify', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`The record of incident ${incidentId} (Checkout is down) holds: every hash, signature and chain link checks out.`);
    expect(run.stdout).toContain('3 events signed by 1 device, and 2 link headers of their other events.');
    expect(run.stdout).toMatch(new RegExp(`^Device ${device.slice(0, 8)} \\(\\w+\\) signed 3 events \\(and 2 link headers\\), seq 1 to 5, from .* UTC to .* UTC\\. Its full key: ${device}$`, 'm'));
  });

  it('exits 1 naming the event when one byte of it changed, and says so as JSON with --json', async () => {
    const { file } = await exportedPostMortem();
    changeInRecord(file, 'Card payments recovering', 'Card payments recoverinh');
    const run = await cli(['verify', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^The record does not hold at event seq 5 of device \S{8} \(timeline\.noted, record\.events\[2\]\): its hash does not match its content/m);
    const json = await cli(['verify', file, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, event: { seq: 5, type: 'timeline.noted', at: 'record.events[2]' } });
  });

  it('refuses a file that is not a post-mortem, or one without a record, in a sentence', async () => {
    const { dataDir, file } = await exportedPostMortem();
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete document.record;
    fs.writeFileSync(file, JSON.stringify(document));
    expect(await cli(['verify', file])).toMatchObject({ code: 1, stderr: expect.stringContaining('holds no record of its events') });
    const markdown = path.join(folders.make(), 'postmortem.md');
    await cli(['export', '--out', markdown, '--data', dataDir]);
    const html = path.join(folders.make(), 'postmortem.html');
    await cli(['export', '--format', 'html', '--out', html, '--data', dataDir]);
    // Markdown and HTML are for people: no record, no hashes.
    for (const page of [markdown, html]) expect(fs.readFileSync(page, 'utf8')).not.toMatch(/[0-9a-f]{64}/);
    expect(await cli(['verify', markdown])).toMatchObject({ code: 1, stderr: expect.stringContaining('not valid JSON') });
    expect(await cli(['verify'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Name the file to check') });
    expect(await cli(['verify', path.join(dataDir, 'no-such.json')])).toMatchObject({ code: 1, stderr: expect.stringContaining('Cannot read') });
  });

  it('exits 0 and 1 as an installed command', async () => {
    const { file } = await exportedPostMortem();
    expect((await holdfast(['verify', file])).code).toBe(0);
    changeInRecord(file, '"SEV1"', '"SEV2"');
    const run = await holdfast(['verify', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('(incident.declared, record.events[0])');
  });
});

describe('holdfast verify on a room file', () => {
  it('checks every event of a room file on a laptop in its room, and keeps it closed to others', async () => {
    const { dataDir } = await exportedPostMortem();
    await succeeded(['room', 'create', 'Checkout outage', '--no-qr', '--data', dataDir]);
    const roomFile = path.join(folders.make(), 'war-room.holdfast-room');
    await succeeded(['room', 'export', roomFile, '--data', dataDir]);

    const run = await cli(['verify', roomFile, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('The room file holds: every hash, signature and chain link checks out.');
    expect(run.stdout).toContain('5 events signed by 1 device.');

    const elsewhere = await cli(['verify', roomFile, '--data', folders.make()]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toMatch(/room/);
  });
});
