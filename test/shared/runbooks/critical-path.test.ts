/**
 * The critical path is the longest chain of expected time through `needs`:
 * the least the recovery can take however many hands there are, and what is
 * left of it as steps are finished.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalPath, remainingCriticalPath } from '../../../shared/runbooks/critical-path.js';

const minutes = (count: number) => count * 60_000;
const step = (id: string, expectMinutes: number | null, ...needs: string[]) => ({ id, needs, expectMs: expectMinutes === null ? null : minutes(expectMinutes) });
const ids = (steps: readonly { id: string }[]) => steps.map((s) => s.id);

/**
 * A data-centre loss in miniature: the database chain (5 + 20 + 10 = 35 min)
 * is longer than the network chain (5 + 15 = 20 min), and both must finish
 * before traffic returns (5 min).
 */
const recovery = [
  step('declare-loss', 5),
  step('restore-network', 15, 'declare-loss'),
  step('restore-database', 20, 'declare-loss'),
  step('verify-database', 10, 'restore-database'),
  step('return-traffic', 5, 'restore-network', 'verify-database'),
  step('tell-customers', 2, 'declare-loss'),
];

describe('the critical path', () => {
  it('is the chain whose expected durations add up to the most, first step to last', () => {
    const path = criticalPath(recovery);
    expect(ids(path.steps)).toEqual(['declare-loss', 'restore-database', 'verify-database', 'return-traffic']);
    expect(path.totalMs).toBe(minutes(40));
    expect(path.unestimated).toEqual([]);
  });

  it('is one step when nothing depends on anything, the longest one', () => {
    expect(ids(criticalPath([step('short-one', 5), step('long-one', 30), step('medium-one', 10)]).steps)).toEqual(['long-one']);
  });

  it('counts a step without an expected duration as zero and names it, so the total reads as "at least"', () => {
    const path = criticalPath([step('fence-primary', 5), step('promote-replica', null, 'fence-primary'), step('repoint-apps', 10, 'promote-replica')]);
    expect(ids(path.steps)).toEqual(['fence-primary', 'promote-replica', 'repoint-apps']);
    expect(path.totalMs).toBe(minutes(15));
    expect(path.unestimated).toEqual(['promote-replica']);
  });

  it('between chains of equal time, takes the one with more steps (it carries the unknowns)', () => {
    const path = criticalPath([step('quick-route', 10), step('unknown-first', null), step('known-after', 10, 'unknown-first')]);
    expect(ids(path.steps)).toEqual(['unknown-first', 'known-after']);
  });

  it('is empty with a zero total for no steps', () => {
    expect(criticalPath([])).toEqual({ steps: [], totalMs: 0, unestimated: [] });
  });

  it('equals the longest chain found by trying every chain, for any small runbook', () => {
    const runbooks = fc.integer({ min: 1, max: 9 }).chain((count) =>
      fc.tuple(
        ...Array.from({ length: count }, (_, index) =>
          fc.record({
            needs: fc.subarray(Array.from({ length: index }, (_, earlier) => `step-${earlier}`)),
            expect: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
          }),
        ),
      ),
    );
    fc.assert(
      fc.property(runbooks, (drawn) => {
        const steps = drawn.map((s, index) => step(`step-${index}`, s.expect, ...s.needs));
        const byId = new Map(steps.map((s) => [s.id, s]));
        const longestEndingAt = (id: string): number => {
          const s = byId.get(id)!;
          return (s.expectMs ?? 0) + Math.max(0, ...s.needs.map(longestEndingAt));
        };
        const path = criticalPath(steps);
        expect(path.totalMs).toBe(Math.max(...steps.map((s) => longestEndingAt(s.id))));
        expect(path.totalMs).toBe(path.steps.reduce((sum, s) => sum + (s.expectMs ?? 0), 0));
        path.steps.slice(1).forEach((s, index) => expect(s.needs).toContain(path.steps[index]!.id));
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe('the remaining critical path during an incident', () => {
  it('drops finished steps: once the database is restored, the rest of its chain is what remains', () => {
    const path = remainingCriticalPath(recovery, { finished: new Set(['declare-loss', 'restore-database']) });
    expect(ids(path.steps)).toEqual(['restore-network', 'return-traffic']);
    expect(path.totalMs).toBe(minutes(20));
  });

  it('counts only what is left of a step in progress, and nothing for one already over its time', () => {
    // 16 of the database restore's 20 minutes are gone: 4 + 10 + 5 = 19 left, under the network's 15 + 5.
    const finished = new Set(['declare-loss']);
    const under = remainingCriticalPath(recovery, { finished, elapsedMs: new Map([['restore-database', minutes(16)]]) });
    expect(ids(under.steps)).toEqual(['restore-network', 'return-traffic']);
    expect(under.totalMs).toBe(minutes(20));

    const over = remainingCriticalPath(recovery, { finished, elapsedMs: new Map([['restore-network', minutes(40)]]) });
    expect(ids(over.steps)).toEqual(['restore-database', 'verify-database', 'return-traffic']);
    expect(over.totalMs).toBe(minutes(35));
  });

  it('treats a skipped step like a done one: it holds nobody up', () => {
    const path = remainingCriticalPath(recovery, { finished: new Set(['declare-loss', 'restore-database', 'verify-database', 'restore-network']) });
    expect(ids(path.steps)).toEqual(['return-traffic']);
    expect(path.totalMs).toBe(minutes(5));
  });

  it('is empty when every step is finished', () => {
    expect(remainingCriticalPath(recovery, { finished: new Set(ids(recovery)) })).toEqual({ steps: [], totalMs: 0, unestimated: [] });
  });
});
