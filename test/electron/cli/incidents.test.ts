import { afterEach, describe, expect, it } from 'vitest';
import type { IncidentView } from '../../../shared/projection/views.js';
import { holdfast } from '../../support/processes.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
afterEach(() => folders.removeAll());

async function declareAll(dataDir: string, titles: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) {
    const run = await holdfast(['declare', title, '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    ids.push(run.stdout.trimEnd().split('\n').at(-1)!);
  }
  return ids;
}

describe('holdfast incidents', () => {
  it('lists every incident newest first, one line each with id, severity, status and title', async () => {
    const dataDir = folders.make();
    const ids = await declareAll(dataDir, ['Monday outage', 'Tuesday outage', 'Wednesday outage']);

    const run = await holdfast(['incidents', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual([...ids].reverse());
    expect(lines[0]).toMatch(/^\S+ {2}SEV3 {2}investigating\s+\S+ {2}Wednesday outage$/);
  });

  it('prints the same list as JSON with --json', async () => {
    const dataDir = folders.make();
    const ids = await declareAll(dataDir, ['Monday outage', 'Tuesday outage']);

    const run = await holdfast(['incidents', '--json', '--data', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const incidents = JSON.parse(run.stdout) as IncidentView[];
    expect(incidents.map((incident) => [incident.id, incident.title])).toEqual([
      [ids[1], 'Tuesday outage'],
      [ids[0], 'Monday outage'],
    ]);
  });

  it('says how to begin when the war room is empty', async () => {
    const run = await holdfast(['incidents', '--data', folders.make()]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/No incidents yet\. Declare one with: holdfast declare "TITLE"/);
    const json = await holdfast(['incidents', '--json', '--data', folders.make()]);
    expect(JSON.parse(json.stdout)).toEqual([]);
  });
});
