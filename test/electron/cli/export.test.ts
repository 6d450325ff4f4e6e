import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INCIDENT_EXPORT_FORMAT, INCIDENT_EXPORT_VERSION, type IncidentExport } from '../../../shared/export/incident-json.js';
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

function expectExportOf(document: IncidentExport, incidentId: string, title: string, note: string): void {
  expect(document.format).toBe(INCIDENT_EXPORT_FORMAT);
  expect(document.version).toBe(INCIDENT_EXPORT_VERSION);
  expect(Number.isNaN(Date.parse(document.exportedAt))).toBe(false);
  expect(document.incident).toMatchObject({ id: incidentId, title, severity: 'SEV2', entryCount: 1 });
  expect(document.timeline.map((entry) => [entry.kind, entry.text])).toEqual([
    ['declared', `Declared SEV2: ${title}`],
    ['note', note],
  ]);
}

describe('holdfast export', () => {
  it('writes the named incident and its timeline as a JSON document to stdout', async () => {
    const { dataDir, first } = await warRoomWithTwoIncidents();
    const run = await holdfast(['export', '--incident', first, '--format', 'json', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expectExportOf(JSON.parse(run.stdout) as IncidentExport, first, 'Disk full on db-3', 'Deleted old WAL archives');
  });

  it('exports the most recently declared incident when none is named', async () => {
    const { dataDir, second } = await warRoomWithTwoIncidents();
    const run = await holdfast(['export', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expectExportOf(JSON.parse(run.stdout) as IncidentExport, second, 'TLS handshake errors', 'Certificate chain incomplete');
  });

  it('writes the document to the file given with --out, and nothing to stdout', async () => {
    const { dataDir, first } = await warRoomWithTwoIncidents();
    const out = path.join(folders.make(), 'post-mortem.json');
    const run = await holdfast(['export', '--incident', first, '--format', 'json', '--out', out, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Wrote ${out}`);
    expectExportOf(JSON.parse(fs.readFileSync(out, 'utf8')) as IncidentExport, first, 'Disk full on db-3', 'Deleted old WAL archives');
  });
});
