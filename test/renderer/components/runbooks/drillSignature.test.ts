import { describe, expect, it } from 'vitest';
import type { DrillView } from '../../../../shared/projection/checklist-views.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { drillSignature } from '../../../../renderer/components/runbooks/drillSignature.js';

const drill = (runbookId: string, state: DrillView['state'], endedAt: number | null = null): DrillView => ({
  runbookId,
  targetMs: 600_000,
  startedAt: 1,
  state,
  endedAt,
  recoveryMs: null,
  stopReason: null,
  participants: [],
});

/** Only the fields the signature reads matter; the rest of an incident is left out on purpose. */
const incidents = (entries: [string, DrillView | null, string?][]) => ({
  incidents: Object.fromEntries(entries.map(([id, each, title]) => [id, { id, drill: each, title: title ?? id } as unknown as IncidentView])),
});

describe('when the drill history on screen must be fetched again', () => {
  it('changes when a drill starts, completes or stops', () => {
    const before = drillSignature(incidents([['a', drill('database-failover', 'running')]]), null);
    expect(drillSignature(incidents([['a', drill('database-failover', 'completed', 5)]]), null)).not.toBe(before);
    expect(drillSignature(incidents([['a', drill('database-failover', 'stopped', 5)]]), null)).not.toBe(before);
    expect(drillSignature(incidents([['a', drill('database-failover', 'running')], ['b', drill('release-rollback', 'running')]]), null)).not.toBe(before);
  });

  it('does not change for real incidents, for anything else about an incident, or for the order incidents arrived in', () => {
    const base = drillSignature(incidents([['a', drill('database-failover', 'running')], ['b', drill('release-rollback', 'running')]]), null);
    expect(drillSignature(incidents([['b', drill('release-rollback', 'running'), 'renamed'], ['a', drill('database-failover', 'running')], ['real', null]]), null)).toBe(base);
  });

  it('for one runbook, ignores the drills of others', () => {
    const one = drillSignature(incidents([['a', drill('database-failover', 'running')]]), 'database-failover');
    expect(drillSignature(incidents([['a', drill('database-failover', 'running')], ['b', drill('release-rollback', 'stopped', 3)]]), 'database-failover')).toBe(one);
  });
});
