import { describe, expect, it } from 'vitest';
import type { RunbookSummary } from '../../../../shared/api.js';
import { filterRunbooks } from '../../../../renderer/components/runbooks/librarySearch.js';

function runbook(id: string, title: string, fields: Partial<RunbookSummary> = {}): RunbookSummary {
  return {
    id,
    title,
    services: [],
    targetMs: 600_000,
    roles: [],
    summary: null,
    tags: [],
    owner: null,
    reviewed: null,
    reviewEveryMs: 90 * 86_400_000,
    file: `${id}.md`,
    origin: 'shipped',
    stepCount: 3,
    criticalPathMs: 300_000,
    unestimated: 0,
    drills: [],
    lastRehearsedAt: null,
    stale: true,
    attention: [],
    ...fields,
  };
}

const LIBRARY = [
  runbook('database-failover', 'Database primary failover', { services: ['primary-database'], roles: ['database-lead'], tags: ['replica'] }),
  runbook('provider-outage', 'An external provider is failing (bank, payment network, cloud)', { tags: ['bank'], stale: false, lastRehearsedAt: 1 }),
  runbook('crisis-communication', 'Crisis communication during a major outage', { summary: 'Tell customers what is known, in plain words.' }),
];

const ids = (found: RunbookSummary[]) => found.map((each) => each.id);

describe('finding a runbook in the library', () => {
  it('lists every runbook when nothing is typed', () => {
    expect(ids(filterRunbooks(LIBRARY, '  ', false))).toEqual(['database-failover', 'provider-outage', 'crisis-communication']);
  });

  it('finds by a word of the title, a service, a role, a tag or the summary, however typed', () => {
    expect(ids(filterRunbooks(LIBRARY, 'FAILOVER', false))).toEqual(['database-failover']);
    expect(ids(filterRunbooks(LIBRARY, 'primary-data', false))).toEqual(['database-failover']);
    expect(ids(filterRunbooks(LIBRARY, 'database-lead', false))).toEqual(['database-failover']);
    expect(ids(filterRunbooks(LIBRARY, 'bank', false))).toEqual(['provider-outage']);
    expect(ids(filterRunbooks(LIBRARY, 'customers', false))).toEqual(['crisis-communication']);
  });

  it('needs every word typed to match', () => {
    expect(ids(filterRunbooks(LIBRARY, 'outage crisis', false))).toEqual(['crisis-communication']);
    expect(ids(filterRunbooks(LIBRARY, 'database bank', false))).toEqual([]);
  });

  it('shows only the stale runbooks when asked', () => {
    expect(ids(filterRunbooks(LIBRARY, '', true))).toEqual(['database-failover', 'crisis-communication']);
  });
});
