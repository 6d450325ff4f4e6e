import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { POST_MORTEM_JSON_FORMAT, POST_MORTEM_JSON_VERSION, postMortemDocumentSchema } from '../../../shared/postmortem/postmortem-json.js';
import { NO_PREVENTIVE_ACTION } from '../../../shared/postmortem/post-mortem-warnings.js';
import { holdfast } from '../../support/processes.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
afterEach(() => folders.removeAll());

async function warRoomWithTwoIncidents(): Promise<{ dataDir: string; first: string; second: string }> {
  const dataDir = folders.make();
  const ids: string[] = [];
  for (const [title, note] of [
    ['Disk full on db-3', 'Deleted old WAL archives'],
    ['TLS handshake errors', 'Certificate chain incomplete'],
  ] as const) {
    const declared = await holdfast(['declare', title, '--severity', 'SEV2', '--data', dataDir]);
    expect(declared.code, declared.stderr).toBe(0);
    const id = declared.stdout.trimEnd().split('\n').at(-1)!;
    const noted = await holdfast(['note', note, '--incident', id, '--data', dataDir]);
    expect(noted.code, noted.stderr).toBe(0);
    ids.push(id);
  }
  return { dataDir, first: ids[0]!, second: ids[1]! };
}

describe('holdfast export', () => {
  it('prints the named incident’s post-mortem as Markdown, and says on stderr that it is a draft', async () => {
    const { dataDir, first } = await warRoomWithTwoIncidents();
    const run = await holdfast(['export', '--incident', first, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^# Post-mortem: Disk full on db-3\n/);
    expect(run.stdout).toMatch(/^## Action items$/m);
    expect(run.stdout).toMatch(/^\| .* \| Note \| Deleted old WAL archives \| .* \|$/m);
    expect(run.stdout).not.toContain('Certificate chain incomplete');
    expect(run.stderr).toContain(`Warning: ${NO_PREVENTIVE_ACTION}\n`);
  });

  it('writes the post-mortem as versioned JSON that holds to its schema', async () => {
    const { dataDir, first } = await warRoomWithTwoIncidents();
    const run = await holdfast(['export', '--incident', first, '--format', 'JSON', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const document = postMortemDocumentSchema.parse(JSON.parse(run.stdout));
    expect([document.format, document.version]).toEqual([POST_MORTEM_JSON_FORMAT, POST_MORTEM_JSON_VERSION]);
    expect(document.incident).toMatchObject({ id: first, title: 'Disk full on db-3', status: 'investigating' });
    expect(document.draft).toBe(true);
    expect(document.timeline.entries.map((entry) => [entry.kind, entry.text])).toEqual([
      ['declared', 'Declared SEV2: Disk full on db-3'],
      ['note', 'Deleted old WAL archives'],
    ]);
  });

  it('exports the most recently declared incident when none is named', async () => {
    const { dataDir } = await warRoomWithTwoIncidents();
    const run = await holdfast(['export', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^# Post-mortem: TLS handshake errors\n/);
  });

  it('writes the file given with --out, and nothing to stdout', async () => {
    const { dataDir, first } = await warRoomWithTwoIncidents();
    const out = path.join(folders.make(), 'post-mortem.html');
    const run = await holdfast(['export', '--incident', first, '--format', 'html', '--out', out, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Wrote ${out} (a draft)`);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>DRAFT: Post-mortem: Disk full on db-3</title>');
  });

  it('names the file after the incident when --out is a folder', async () => {
    const { dataDir, first } = await warRoomWithTwoIncidents();
    const folder = folders.make();
    const run = await holdfast(['export', '--incident', first, '--out', folder, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const [written, ...others] = fs.readdirSync(folder);
    expect(others).toEqual([]);
    expect(written).toMatch(/^postmortem-disk-full-on-db-3-\d{4}-\d\d-\d\d\.md$/);
    expect(fs.readFileSync(path.join(folder, written!), 'utf8')).toMatch(/^# Post-mortem: Disk full on db-3\n/);
  });
});
