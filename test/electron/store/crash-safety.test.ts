import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainProblems, integrityCheck } from '../../support/log-audit.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { waitUntil } from '../../support/wait.js';

const WRITER = path.join(import.meta.dirname, 'fixtures', 'append-loop.ts');
const ACKNOWLEDGED_BEFORE_KILL = 300;

const { hosts, processes, folderWithIncident } = useScratch();

describe('a writer killed in the middle of writing', () => {
  it('loses nothing it acknowledged, and the log carries on intact', async () => {
    const { dataDir, incidentId } = folderWithIncident('Storage array failover', 'SEV1');

    const writer = processes.startNode(['--import', 'tsx', WRITER, dataDir, 'crash', incidentId]);
    await waitUntil(() => writer.stdout.lines.length >= ACKNOWLEDGED_BEFORE_KILL || writer.process.exitCode !== null, {
      what: `the writer to acknowledge ${ACKNOWLEDGED_BEFORE_KILL} entries`,
      timeoutMs: 60_000,
    });
    writer.process.kill('SIGKILL');
    const { signal } = await writer.exited();
    expect(signal, `the writer stopped by itself: ${writer.stderr.text()}`).toBe('SIGKILL');
    const acknowledged = writer.stdout.lines.map(Number);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

    expect(integrityCheck(dataDir)).toBe('ok');
    const host = hosts.openOn(dataDir);
    const events = [...host.store.log.readAll()].map((stored) => stored.event);
    const storedSeqs = new Set(events.map((event) => event.seq));
    expect(acknowledged.filter((seq) => !storedSeqs.has(seq))).toEqual([]);
    expect(chainProblems(events)).toEqual([]);

    const lastSeq = host.store.log.versionVector()[host.deviceId]!;
    expectOk(host.run('addEntry', { incidentId, text: 'Written after the crash' }));
    expect(host.store.log.versionVector()[host.deviceId]).toBe(lastSeq + 1);
    expect(chainProblems([...host.store.log.readAll()].map((stored) => stored.event))).toEqual([]);
    expect(expectOk(host.run('getIncident', { incidentId })).incident.entryCount).toBe(lastSeq);
  });
});
