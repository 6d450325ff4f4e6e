import { describe, expect, it } from 'vitest';
import { aggregateSentence } from '../../../../renderer/components/postmortem/aggregateWords.js';
import { realIncidentMetrics } from '../../../../shared/postmortem/metrics.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { BASE, incident } from '../../entries.js';

const MINUTE = 60_000;

/** A resolved incident detected `detect` minutes and resolved `resolve` minutes after its impact began. */
function resolved(id: string, detect: number, resolve: number, drill = false): IncidentView {
  const base = incident(id);
  const at = (minutes: number | null) => (minutes === null ? null : BASE + minutes * MINUTE);
  const milestone = (minutes: number | null) => ({ at: at(minutes), source: 'set' as const, setBy: 'Ana', reason: 'from the logs', history: [] });
  return {
    ...base,
    status: 'resolved',
    resolvedAt: at(resolve),
    drill: drill ? { runbookId: 'database-failover', targetMs: null, startedAt: BASE, state: 'completed', endedAt: at(resolve), recoveryMs: null, stopReason: null, participants: [] } : null,
    milestones: { started: milestone(0), detected: milestone(detect), acknowledged: milestone(detect + 2), mitigated: milestone(resolve - 10), resolved: milestone(resolve) },
  };
}

describe('the room’s medians under the incident list', () => {
  it('says how many resolved incidents it measures, what it left out, and the median of each time', () => {
    const incidents = [resolved('a', 5, 60), resolved('b', 15, 120), resolved('c', 10, 90), resolved('d', 1, 20, true), incident('open')];
    expect(aggregateSentence(realIncidentMetrics(incidents))).toBe(
      'Across 3 resolved incidents (1 drill and 1 open incident left out): median time to detect 10m 00s, acknowledge 12m 00s, mitigate 1h 20m, resolve 1h 30m.',
    );
  });

  it('says when nothing can be measured yet', () => {
    expect(aggregateSentence(realIncidentMetrics([incident('open')]))).toBe('No resolved incident to measure yet (1 open incident left out).');
    expect(aggregateSentence(realIncidentMetrics([resolved('d', 1, 20, true)]))).toBe('No resolved incident to measure yet (1 drill left out).');
  });
});
