/**
 * What is left of the critical path, as the bar draws it and the sentence
 * says it: "at least" when a step on it has no expected duration.
 */
import { describe, expect, it } from 'vitest';
import { describeRemainingPath, remainingPath } from '../../../../renderer/components/checklists/criticalPath.js';
import { step } from './steps.js';

const MINUTE = 60_000;

describe('the remaining critical path', () => {
  const steps = [
    step({ id: 'fence-primary', title: 'Fence the old primary', expectMs: MINUTE }),
    step({ id: 'promote-replica', title: 'Promote the replica', needs: ['fence-primary'], expectMs: 2 * MINUTE }),
    step({ id: 'check-writes', title: 'Check writes by hand', needs: ['promote-replica'] }),
  ];
  const numbers = new Map([
    ['fence-primary', 5],
    ['promote-replica', 6],
    ['check-writes', 10],
  ]);

  it('has one segment per step on it, numbered as in the list, sized by its expected duration', () => {
    const path = remainingPath({ steps, progress: { total: 3, done: 0, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0, remainingMs: 3 * MINUTE, criticalPath: ['fence-primary', 'promote-replica', 'check-writes'], unestimated: ['check-writes'] } }, numbers);
    expect(path.segments.map((segment) => [segment.number, segment.ms])).toEqual([
      [5, MINUTE],
      [6, 2 * MINUTE],
      [10, null],
    ]);
    expect(path.atLeast).toBe(true);
    expect(describeRemainingPath(path)).toBe('At least 3m left on the critical path, over 3 steps (1 without an expected duration)');
  });

  it('says the time plainly when every step on it is estimated', () => {
    const path = remainingPath({ steps, progress: { total: 3, done: 0, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0, remainingMs: 2 * MINUTE, criticalPath: ['promote-replica'], unestimated: [] } }, numbers);
    expect(describeRemainingPath(path)).toBe('2m left on the critical path, over 1 step');
  });

  it('says the time is unknown when nothing on it is estimated, and nothing is left once all is finished', () => {
    const unknown = remainingPath({ steps, progress: { total: 3, done: 2, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0, remainingMs: 0, criticalPath: ['check-writes'], unestimated: ['check-writes'] } }, numbers);
    expect(describeRemainingPath(unknown)).toBe('Unknown time left on the critical path, over 1 step (1 without an expected duration)');
    const finished = remainingPath({ steps, progress: { total: 3, done: 3, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0, remainingMs: 0, criticalPath: [], unestimated: [] } }, numbers);
    expect(describeRemainingPath(finished)).toBe('Nothing left on the critical path');
  });
});
