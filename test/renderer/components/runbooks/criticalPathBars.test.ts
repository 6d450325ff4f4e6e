import { describe, expect, it } from 'vitest';
import { criticalPathBars, formatCriticalPath } from '../../../../renderer/components/runbooks/criticalPathBars.js';

const m = (minutes: number) => minutes * 60_000;
const step = (id: string, expectMs: number | null, needs: string[] = []) => ({ id, needs, expectMs });

describe('the critical path drawn as bars', () => {
  it('lays the path end to end: each bar starts where the step it needs ends, widths in proportion', () => {
    const { bars, totalMs } = criticalPathBars([step('confirm', m(2)), step('side-task', m(1)), step('promote', m(6), ['confirm']), step('announce', m(2), ['promote'])]);
    expect(totalMs).toBe(m(10));
    expect(bars.map((bar) => [bar.step.id, bar.startPercent, bar.widthPercent])).toEqual([
      ['confirm', 0, 20],
      ['promote', 20, 60],
      ['announce', 80, 20],
    ]);
  });

  it('still shows a step with no estimate, as a sliver', () => {
    const { bars, unestimated } = criticalPathBars([step('confirm', m(2)), step('decide', null, ['confirm'])]);
    expect(unestimated).toEqual(['decide']);
    expect(bars[1]!.widthPercent).toBeGreaterThan(0);
    expect(bars[1]!.startPercent + bars[1]!.widthPercent).toBeLessThanOrEqual(100);
  });

  it('says a path with unknowns is a lower bound', () => {
    expect(formatCriticalPath(m(90), 0)).toBe('1h30m');
    expect(formatCriticalPath(m(9), 1)).toBe('at least 9m (1 step without an estimate)');
    expect(formatCriticalPath(m(9), 2)).toBe('at least 9m (2 steps without an estimate)');
  });
});
