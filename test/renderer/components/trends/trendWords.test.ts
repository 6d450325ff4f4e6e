import { describe, expect, it } from 'vitest';
import { countScale, durationScale } from '../../../../renderer/components/trends/chartScale.js';
import { axisMonthLabel, budgetLeftWords, monthLabel, sourceWords } from '../../../../renderer/components/trends/trendWords.js';
import type { UptimeMonth } from '../../../../shared/trends/trends-view.js';

const MINUTE = 60_000;
const month = (over: Partial<UptimeMonth>): UptimeMonth => ({ month: '2026-12', monthMs: 31 * 24 * 60 * MINUTE, downMs: 0, budgetMs: 20 * MINUTE, leftMs: 20 * MINUTE, stillDown: false, spells: [], ...over });

describe('the words of the Trends screen', () => {
  it('says a budget exceeded in words, never as a bare negative number', () => {
    expect(budgetLeftWords(month({ leftMs: 5 * MINUTE }))).toBe('5m 00s left');
    expect(budgetLeftWords(month({ leftMs: -8 * MINUTE }))).toBe('Exceeded by 8m 00s');
    expect(budgetLeftWords(month({ budgetMs: null, leftMs: null }))).toBe('No target in the catalogue');
  });

  it('says where time down comes from', () => {
    const spell = { incidentId: 'a', title: 'A', from: 0, to: 1, open: false };
    expect(sourceWords(month({}))).toBe('No time down');
    expect(sourceWords(month({ spells: [{ ...spell, source: 'board' }, { ...spell, source: 'impact-window' }] }))).toBe('board checks and impact window (no board check)');
  });

  it('names months in full in tables and with the year only where it changes on an axis', () => {
    expect(monthLabel('2026-11')).toBe('Nov 2026');
    expect(['2026-11', '2026-12', '2027-01'].map(axisMonthLabel)).toEqual(['Nov 26', 'Dec', 'Jan 27']);
  });

  it('puts round ticks on the value axis, above the highest figure', () => {
    expect(countScale(5)).toEqual({ max: 6, ticks: [0, 2, 4, 6] });
    expect(countScale(0).max).toBeGreaterThan(0);
    const scale = durationScale(50 * MINUTE);
    expect(scale.max).toBeGreaterThanOrEqual(50 * MINUTE);
    expect(scale.ticks).toEqual([0, 15, 30, 45, 60].map((minutes) => minutes * MINUTE));
  });
});
