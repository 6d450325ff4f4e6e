/**
 * The order milestones must keep, as the host refuses it and the screen
 * warns of it: one sentence naming both milestones and their times.
 */
import { describe, expect, it } from 'vitest';
import { milestoneInFutureProblem, milestoneOrderProblem, type MilestoneTimes } from '../../../shared/postmortem/milestone-order.js';

const at = (day: number, hours: number, minutes: number, seconds = 0) => Date.UTC(2026, 10, day, hours, minutes, seconds);

function milestones(times: Partial<Record<keyof MilestoneTimes, number>>): MilestoneTimes {
  const of = (value: number | undefined) => ({ at: value ?? null });
  return { started: of(times.started), detected: of(times.detected), acknowledged: of(times.acknowledged), mitigated: of(times.mitigated), resolved: of(times.resolved) };
}

describe('the milestones’ order', () => {
  it('accepts a possible order, with milestones not reached yet', () => {
    expect(milestoneOrderProblem(milestones({ started: at(23, 13, 50), detected: at(23, 14, 0), acknowledged: at(23, 14, 5) }))).toBeNull();
    expect(milestoneOrderProblem(milestones({}))).toBeNull();
  });

  it('lets the impact stop before anyone detected it (a failover nobody noticed)', () => {
    expect(milestoneOrderProblem(milestones({ started: at(23, 14, 0), mitigated: at(23, 14, 2), detected: at(23, 14, 10), resolved: at(23, 14, 30) }))).toBeNull();
  });

  it('names the earliest milestone that came before the start', () => {
    expect(milestoneOrderProblem(milestones({ started: at(23, 14, 20), detected: at(23, 14, 10), acknowledged: at(23, 14, 5) }))).toBe(
      'The impact cannot have started (14:20:00 UTC) after it was acknowledged (14:05:00 UTC): started must come first.',
    );
  });

  it('names UTC, to the second, with the date when the two times fall on different days', () => {
    expect(milestoneOrderProblem(milestones({ started: at(24, 0, 10), detected: at(23, 23, 55) }))).toBe(
      'The impact cannot have started (2026-11-24 00:10:00 UTC) after it was detected (2026-11-23 23:55:00 UTC): started must come first.',
    );
    expect(milestoneOrderProblem(milestones({ started: at(23, 14, 0), mitigated: at(23, 14, 20, 40), resolved: at(23, 14, 20, 5) }))).toBe(
      'It cannot have been resolved (14:20:05 UTC) before it was mitigated (14:20:40 UTC): mitigated must come first.',
    );
  });

  it('checks only the rules a changed milestone takes part in, so a crossing merged from two laptops does not block other corrections', () => {
    // Detected and acknowledged crossed when two laptops corrected them at once.
    const crossed = milestones({ started: at(23, 14, 0), detected: at(23, 14, 10), acknowledged: at(23, 14, 5), mitigated: at(23, 14, 30) });
    expect(milestoneOrderProblem(crossed)).toMatch(/^It cannot have been acknowledged \(14:05:00 UTC\) before it was detected \(14:10:00 UTC\)/);
    expect(milestoneOrderProblem(crossed, 'mitigated')).toBeNull();
    expect(milestoneOrderProblem(crossed, 'acknowledged')).not.toBeNull();
    expect(milestoneOrderProblem({ ...crossed, started: { at: at(23, 14, 6) } }, 'started')).toMatch(/^The impact cannot have started \(14:06:00 UTC\) after it was acknowledged/);
  });
});

describe('a milestone in the future', () => {
  it('is refused beyond a minute ahead of the clock', () => {
    const now = at(23, 14, 0);
    expect(milestoneInFutureProblem('resolved', now + 60_000, now)).toBeNull();
    expect(milestoneInFutureProblem('resolved', now + 61_000, now)).toBe('Resolved cannot be in the future (14:01:01 UTC; it is 14:00:00 UTC now).');
  });
});
