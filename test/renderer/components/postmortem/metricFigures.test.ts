import { describe, expect, it } from 'vitest';
import { metricValue, severityBars } from '../../../../renderer/components/postmortem/metricFigures.js';

describe('the metrics as figures', () => {
  it('says a time, a crossed one with its sign, and one not reached yet', () => {
    expect(metricValue({ ms: 25 * 60_000 })).toBe('25m 00s');
    expect(metricValue({ ms: -5 * 60_000 })).toBe('−5m 00s');
    expect(metricValue({ ms: null })).toBe('not yet');
  });

  it('draws each severity as its share of the time measured', () => {
    const bars = severityBars([
      { severity: 'SEV1', ms: 30 * 60_000, formula: 'time at SEV1 between started and resolved' },
      { severity: 'SEV2', ms: 90 * 60_000, formula: 'time at SEV2 between started and resolved' },
    ]);
    expect(bars.map((bar) => [bar.severity, bar.percent])).toEqual([
      ['SEV1', 25],
      ['SEV2', 75],
    ]);
    expect(bars[0]!.formula).toBe('time at SEV1 between started and resolved');
  });

  it('draws no length when no time has passed yet', () => {
    expect(severityBars([{ severity: 'SEV3', ms: 0, formula: '' }])[0]!.percent).toBe(0);
  });
});
