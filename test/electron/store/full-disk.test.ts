import { describe, expect, it } from 'vitest';
import { chainProblems, integrityCheck } from '../../support/log-audit.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { connectionOf } from '../../support/store-connection.js';

const { folders, hosts } = useScratch();

describe('a disk that fills up during an incident', () => {
  it('refuses the entry that does not fit with a clear sentence, and keeps everything saved before', () => {
    const dataDir = folders.make();
    const host = hosts.openOn(dataDir);
    const { incidentId } = expectOk(host.run('declareIncident', { title: 'Log volume exhausted', severity: 'SEV2' }));
    const saved = [expectOk(host.run('addEntry', { incidentId, text: 'Disk at 97% on the log host' })).text];

    // SQLite's page limit stands in for a full disk: a few hundred KiB more and no further.
    const db = connectionOf(host.store);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 64}`);
    let refused: ReturnType<typeof host.run<'addEntry'>> | undefined;
    for (let i = 0; i < 200 && refused === undefined; i += 1) {
      const text = `Log excerpt ${i}: ${'disk write failed on /var/log; '.repeat(600)}`;
      const result = host.run('addEntry', { incidentId, text });
      if (result.ok) saved.push(result.value.text);
      else refused = result;
    }

    expect(refused, 'every entry fitted; the disk never filled').toBeDefined();
    expect(saved.length, 'the disk was full before any large entry fitted').toBeGreaterThan(2);
    const error = expectFailure(refused!);
    expect(error.code).toBe('storage_full');
    expect(error.message).toMatch(/disk holding .* is full, so this was not saved/);
    expect(error.message).toMatch(/free some space/);
    hosts.close(host);

    expect(integrityCheck(dataDir)).toBe('ok');
    const reopened = hosts.openOn(dataDir);
    const timeline = expectOk(reopened.run('getIncident', { incidentId })).timeline.filter((entry) => entry.kind === 'note');
    expect(timeline.map((entry) => entry.text)).toEqual(saved);
    expect(chainProblems([...reopened.store.log.readAll()].map((stored) => stored.event))).toEqual([]);
    // With space again, writing simply carries on.
    expectOk(reopened.run('addEntry', { incidentId, text: 'Space freed; writing again' }));
  });
});
