import { describe, expect, it } from 'vitest';
import { trendChart, type ChartBox } from '../../../../renderer/components/runbooks/trendChart.js';

const BOX: ChartBox = { width: 300, height: 120, left: 10, right: 40, top: 10, bottom: 10 };
const m = (minutes: number) => minutes * 60_000;
const DAY = 86_400_000;

describe('the recovery-time trend chart', () => {
  it('puts the oldest drill on the left and the newest on the right, whatever order they come in', () => {
    const chart = trendChart(
      [
        { startedAt: 3 * DAY, recoveryMs: m(8) },
        { startedAt: 1 * DAY, recoveryMs: m(14) },
        { startedAt: 2 * DAY, recoveryMs: m(11) },
      ],
      m(10),
      BOX,
    );
    expect(chart.points.map((point) => point.recoveryMs)).toEqual([m(14), m(11), m(8)]);
    expect(chart.points.map((point) => point.x)).toEqual([10, 135, 260]);
  });

  it('draws a missed target above the target line and a met one below it, zero on the floor', () => {
    const chart = trendChart(
      [
        { startedAt: 1, recoveryMs: m(14) },
        { startedAt: 2, recoveryMs: m(6) },
      ],
      m(10),
      BOX,
    );
    const [missed, met] = chart.points;
    expect(missed!.met).toBe(false);
    expect(met!.met).toBe(true);
    // SVG y grows downwards: above means a smaller y.
    expect(missed!.y).toBeLessThan(chart.targetY!);
    expect(met!.y).toBeGreaterThan(chart.targetY!);
    expect(chart.floorY).toBe(110);
    expect(met!.y).toBeLessThan(chart.floorY);
  });

  it('keeps the target in view when every drill was far quicker, and the slowest drill below the top', () => {
    const quick = trendChart([{ startedAt: 1, recoveryMs: 5_000 }], m(30), BOX);
    expect(quick.targetY).toBeGreaterThan(BOX.top);
    expect(quick.points[0]!.y).toBeGreaterThan(quick.targetY!);

    const slow = trendChart([{ startedAt: 1, recoveryMs: m(120) }], m(30), BOX);
    expect(slow.points[0]!.y).toBeGreaterThan(BOX.top);
    expect(slow.targetY!).toBeGreaterThan(slow.points[0]!.y);
  });

  it('scales heights in proportion: twice the time, twice as high above the floor', () => {
    const chart = trendChart(
      [
        { startedAt: 1, recoveryMs: m(5) },
        { startedAt: 2, recoveryMs: m(10) },
      ],
      m(10),
      BOX,
    );
    const height = (y: number) => chart.floorY - y;
    expect(height(chart.points[1]!.y)).toBeCloseTo(2 * height(chart.points[0]!.y), 6);
    expect(height(chart.targetY!)).toBeCloseTo(height(chart.points[1]!.y), 6);
  });

  it('centres a single drill', () => {
    expect(trendChart([{ startedAt: 1, recoveryMs: m(3) }], m(10), BOX).points[0]!.x).toBe(135);
  });
});
