import { describe, expect, it } from 'vitest';
import { holdfast } from '../../support/processes.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

describe('holdfast whoami', () => {
  it('names the person at this laptop, and what they write from the terminal carries that name', async () => {
    const dataDir = folders.make();
    const before = await holdfast(['whoami', '--data', dataDir]);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toMatch(/No name is set/);

    const named = await holdfast(['whoami', 'Dana Okafor', '--data', dataDir]);
    expect(named.code, named.stderr).toBe(0);
    expect((await holdfast(['whoami', '--data', dataDir])).stdout.trim()).toBe('Dana Okafor');

    const declared = await holdfast(['declare', 'VPN concentrator down', '--data', dataDir]);
    const incidentId = declared.stdout.trimEnd().split('\n').at(-1)!;
    const host = hosts.openOn(dataDir, { fallbackAuthor: 'nobody-should-see-this' });
    expect(expectOk(host.run('getIncident', { incidentId })).incident.declaredBy).toBe('Dana Okafor');
  });

  it('refuses an empty name with a sentence and keeps the old one', async () => {
    const dataDir = folders.make();
    await holdfast(['whoami', 'Dana', '--data', dataDir]);
    const run = await holdfast(['whoami', '   ', '--data', dataDir]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/name cannot be empty/);
    expect((await holdfast(['whoami', '--data', dataDir])).stdout.trim()).toBe('Dana');
  });
});
