import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/data-dir.js';
import { SCHEMA_VERSION } from '../../../electron/store/migrations.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

/** A war room with one open incident, and what its log held before the command. */
function warRoomWithAnIncident(): { dataDir: string; vector: Record<string, number> } {
  const dataDir = folders.make();
  const host = hosts.openOn(dataDir);
  expectOk(host.run('declareIncident', { title: 'Open incident', severity: 'SEV2' }));
  const vector = host.store.log.versionVector();
  hosts.close(host);
  return { dataDir, vector };
}

function vectorOf(dataDir: string): Record<string, number> {
  const host = hosts.openOn(dataDir);
  try {
    return host.store.log.versionVector();
  } finally {
    hosts.close(host);
  }
}

const mistakes: ReadonlyArray<[string, (dataDir: string) => string[], RegExp]> = [
  ['a note for an incident id that does not exist', (dir) => ['note', 'Lost', '--incident', 'deadbeef0000', '--data', dir], /No incident with id deadbeef0000 is in this war room/],
  ['an empty title', (dir) => ['declare', '   ', '--data', dir], /holdfast declare: The title cannot be empty\./],
  ['an unknown severity', (dir) => ['declare', 'Outage', '--severity', 'SEV9', '--data', dir], /Unknown severity SEV9: use one of SEV1, SEV2, SEV3, SEV4\./],
  ['an unknown kind of entry', (dir) => ['note', 'Heard it', '--kind', 'rumour', '--data', dir], /Unknown kind rumour: use one of note, action, decision, check\./],
  ['an unknown option', (dir) => ['note', 'Hello', '--urgent', '--data', dir], /holdfast note: .*--urgent/],
  ['a format that does not exist', (dir) => ['export', '--format', 'pdf', '--data', dir], /Unknown format pdf: use --format md, html or json\./],
  ['an unknown command', (dir) => ['page-everyone', '--data', dir], /unknown command "page-everyone"/],
  ['a title split over several arguments', (dir) => ['declare', 'Disk', 'full', '--data', dir], /Give the title as one quoted argument\./],
];

describe('mistakes at the terminal', () => {
  it.each(mistakes)('%s: a sentence on stderr, a non-zero exit, nothing on stdout and nothing recorded', async (_, args, message) => {
    const { dataDir, vector } = warRoomWithAnIncident();
    const run = await holdfast(args(dataDir));

    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.stdout).toBe('');
    expect(vectorOf(dataDir)).toEqual(vector);
  });

  it('a note when every incident is resolved says there is no open incident and how to declare one', async () => {
    const { dataDir } = warRoomWithAnIncident();
    const host = hosts.openOn(dataDir);
    const [incident] = expectOk(host.run('listIncidents', {}));
    expectOk(host.run('changeStatus', { incidentId: incident!.id, status: 'resolved' }));
    const vector = host.store.log.versionVector();
    hosts.close(host);

    const run = await holdfast(['note', 'Too late', '--data', dataDir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/There is no open incident; declare one with `holdfast declare "TITLE"`/);
    expect(run.stdout).toBe('');
    expect(vectorOf(dataDir)).toEqual(vector);
  });

  it('a war room written by a newer Holdfast is refused, naming the newer version', async () => {
    const { dataDir } = warRoomWithAnIncident();
    const db = new Database(path.join(dataDir, DATABASE_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();

    const run = await holdfast(['incidents', '--data', dataDir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/written by a newer version of Holdfast/);
    expect(run.stdout).toBe('');
  });
});
