import { describe, expect, it } from 'vitest';
import { correctionProblem, localInputSeconds, milestoneOrigin } from '../../../../renderer/components/postmortem/milestoneWords.js';
import { parseLocalDateTime } from '../../../../renderer/time/format.js';
import { BASE, incident } from '../../entries.js';

const MINUTE = 60_000;
const declared = incident('i1').milestones;

describe('where a milestone’s time comes from', () => {
  it('says the declaration, a status change, or who set it and why', () => {
    expect(milestoneOrigin('started', declared.started)).toBe('declared: when the incident was declared');
    expect(milestoneOrigin('mitigated', declared.mitigated)).toBe('set when the status moves to mitigated or resolved');
    const reached = { ...declared.mitigated, at: BASE + 40 * MINUTE };
    expect(milestoneOrigin('mitigated', reached)).toBe('status: the first move to mitigated or resolved');
    const set = {
      at: BASE - 25 * MINUTE,
      source: 'set',
      setBy: 'Bo',
      reason: 'the load balancer log shows the first 502 then',
      history: [{ at: BASE - 25 * MINUTE, reason: 'the load balancer log shows the first 502 then', by: 'Bo', recordedAt: BASE }],
    } as const;
    expect(milestoneOrigin('started', set)).toBe('set by Bo: the load balancer log shows the first 502 then');
  });

  it('says when a correction was put back to the default', () => {
    const putBack = { ...declared.started, history: [{ at: null, reason: 'wrong log', by: 'Bo', recordedAt: BASE }] };
    expect(milestoneOrigin('started', putBack)).toBe('declared: when the incident was declared (a correction was put back)');
  });
});

describe('a correction checked before it is sent', () => {
  const now = BASE + 60 * MINUTE;

  it('lets an earlier start through', () => {
    expect(correctionProblem(declared, 'started', BASE - 25 * MINUTE, now)).toBeNull();
  });

  it('refuses a detection before the impact started, naming both times', () => {
    expect(correctionProblem(declared, 'detected', BASE - 5 * MINUTE, now)).toMatch(/^The impact cannot have started \(.+ UTC\) after it was detected \(.+ UTC\): started must come first\.$/);
  });

  it('refuses a resolution before the mitigation', () => {
    const mitigated = { ...declared, mitigated: { ...declared.mitigated, at: BASE + 30 * MINUTE } };
    expect(correctionProblem(mitigated, 'resolved', BASE + 20 * MINUTE, now)).toMatch(/^It cannot have been resolved .* mitigated must come first\.$/);
  });

  it('refuses a time ahead of the clock', () => {
    expect(correctionProblem(declared, 'resolved', now + 10 * MINUTE, now)).toMatch(/^Resolved cannot be in the future/);
  });

  it('does not refuse fixing one milestone for a crossing between two others', () => {
    const crossed = {
      ...declared,
      acknowledged: { ...declared.acknowledged, at: BASE + 50 * MINUTE },
      resolved: { ...declared.resolved, at: BASE + 40 * MINUTE },
    };
    expect(correctionProblem(crossed, 'mitigated', BASE + 30 * MINUTE, now)).toBeNull();
  });
});

describe('the time field', () => {
  it('shows a moment to the second, and reads back as the same moment', () => {
    const at = new Date(2026, 10, 23, 2, 7, 9).getTime();
    expect(localInputSeconds(at)).toBe('2026-11-23T02:07:09');
    expect(parseLocalDateTime(localInputSeconds(at))).toBe(at);
  });
});
