import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/data-dir.js';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

const titlesIn = (dataDir: string) => {
  const host = hosts.openOn(dataDir);
  try {
    return expectOk(host.run('listIncidents', {})).map((incident) => incident.title);
  } finally {
    hosts.close(host);
  }
};

describe('which data folder the CLI uses', () => {
  it('uses HOLDFAST_DATA when --data is not given', async () => {
    const dataDir = path.join(folders.make(), 'from-env');
    const run = await holdfast(['declare', 'Found through the environment'], { env: { HOLDFAST_DATA: dataDir } });
    expect(run.code, run.stderr).toBe(0);
    expect(titlesIn(dataDir)).toEqual(['Found through the environment']);
  });

  it('prefers --data over HOLDFAST_DATA', async () => {
    const fromEnv = folders.make();
    const fromOption = folders.make();
    const run = await holdfast(['declare', 'Chosen on the command line', '--data', fromOption], { env: { HOLDFAST_DATA: fromEnv } });
    expect(run.code, run.stderr).toBe(0);
    expect(titlesIn(fromOption)).toEqual(['Chosen on the command line']);
    expect(titlesIn(fromEnv)).toEqual([]);
  });

  it('resolves HOLDFAST_DATA to an absolute folder and ignores it when blank', () => {
    expect(defaultDataDir({ HOLDFAST_DATA: ' relative/war-room ' })).toBe(path.resolve('relative/war-room'));
    const platformFolder = defaultDataDir({});
    expect(path.basename(platformFolder)).toBe('Holdfast');
    expect(defaultDataDir({ HOLDFAST_DATA: '   ' })).toBe(platformFolder);
  });
});
