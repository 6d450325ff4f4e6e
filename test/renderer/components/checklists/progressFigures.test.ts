/**
 * Progress as the bars draw it and the words say it, for a checklist and
 * for the whole incident.
 */
import { describe, expect, it } from 'vitest';
import { describeProgress, progressSegments, sumProgress } from '../../../../renderer/components/checklists/progressFigures.js';

const failover = { total: 12, done: 3, skipped: 1, blocked: 1, inProgress: 2, awaitingConfirmation: 0 };

describe('progress figures', () => {
  it('say done of total first, then only what is not zero', () => {
    expect(describeProgress(failover)).toBe('3 of 12 done, 1 skipped, 1 blocked, 2 in progress');
    expect(describeProgress({ total: 8, done: 0, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0 })).toBe('0 of 8 done');
    expect(describeProgress({ total: 0, done: 0, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0 })).toBe('no steps');
  });

  it('draw the bar in segments that fill it, what is left to do last', () => {
    const segments = progressSegments(failover);
    expect(segments.map((segment) => [segment.kind, segment.count])).toEqual([
      ['done', 3],
      ['awaiting', 0],
      ['skipped', 1],
      ['in-progress', 2],
      ['blocked', 1],
      ['todo', 5],
    ]);
    expect(segments.reduce((sum, segment) => sum + segment.fraction, 0)).toBeCloseTo(1);
    expect(segments[0]!.fraction).toBeCloseTo(3 / 12);
  });

  it('say and draw a step done but awaiting a second person apart from the done ones', () => {
    const awaiting = { ...failover, done: 2, awaitingConfirmation: 1 };
    expect(describeProgress(awaiting)).toBe('2 of 12 done, 1 awaiting confirmation, 1 skipped, 1 blocked, 2 in progress');
    expect(progressSegments(awaiting).map((segment) => [segment.kind, segment.count])).toEqual([
      ['done', 2],
      ['awaiting', 1],
      ['skipped', 1],
      ['in-progress', 2],
      ['blocked', 1],
      ['todo', 5],
    ]);
  });

  it('draw nothing for a checklist with no steps', () => {
    expect(progressSegments({ total: 0, done: 0, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0 }).every((segment) => segment.fraction === 0)).toBe(true);
  });

  it('add up the checklists of an incident', () => {
    const comms = { total: 6, done: 6, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0 };
    expect(describeProgress(sumProgress([failover, comms]))).toBe('9 of 18 done, 1 skipped, 1 blocked, 2 in progress');
  });
});
