import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainProblems, integrityCheck } from '../../support/log-audit.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const WRITER = path.join(import.meta.dirname, 'fixtures', 'append-loop.ts');

const { folders, hosts, processes, folderWithIncident } = useScratch();

describe('two programs writing to the same data folder at once', () => {
  it('keep one gap-free numbering and lose no entry (as the app and the CLI do)', async () => {
    const { dataDir, incidentId } = folderWithIncident('Cache stampede', 'SEV2');

    const perWriter = 150;
    const writers = ['app', 'terminal'].map((label) =>
      processes.startNode(['--import', 'tsx', WRITER, dataDir, label, incidentId, String(perWriter)]),
    );
    for (const writer of writers) {
      const { code } = await writer.exited(60_000);
      expect(code, writer.stderr.text()).toBe(0);
    }

    // Each writer was given distinct seqs, and together they fill 2..301 (1 is the declaration).
    const acknowledged = writers.flatMap((writer) => writer.stdout.lines.map(Number)).sort((a, b) => a - b);
    expect(acknowledged).toEqual(Array.from({ length: 2 * perWriter }, (_, index) => index + 2));

    expect(integrityCheck(dataDir)).toBe('ok');
    const host = hosts.openOn(dataDir);
    expect(host.store.log.versionVector()).toEqual({ [host.deviceId]: 2 * perWriter + 1 });
    expect(chainProblems([...host.store.log.readAll()].map((stored) => stored.event))).toEqual([]);
    const texts = new Set(expectOk(host.run('getIncident', { incidentId })).timeline.map((entry) => entry.text));
    const missing = ['app', 'terminal'].flatMap((label) =>
      Array.from({ length: perWriter }, (_, i) => `${label} observation ${i}`).filter((text) => !texts.has(text)),
    );
    expect(missing).toEqual([]);
  });

  it('opening a brand-new folder together, they make one device key and one database', async () => {
    const dataDir = path.join(folders.make(), 'new-war-room');
    const writers = ['first', 'second', 'third'].map((label) =>
      processes.startNode(['--import', 'tsx', WRITER, dataDir, label, 'not-yet-declared', '5']),
    );
    for (const writer of writers) {
      const { code } = await writer.exited(60_000);
      expect(code, writer.stderr.text()).toBe(0);
    }

    const host = hosts.openOn(dataDir);
    expect(host.store.log.versionVector()).toEqual({ [host.deviceId]: 15 });
    expect(chainProblems([...host.store.log.readAll()].map((stored) => stored.event))).toEqual([]);
  });
});
