import { describe, expect, it } from 'vitest';
import { emptyBoard } from '../../../shared/projection/board-views.js';
import { trendsOf } from '../../../shared/trends/trends.js';
import type { UptimeService } from '../../../shared/trends/uptime.js';
import { MINUTE, trendIncident, type IncidentSketch } from './trend-incident.js';

const NOW = Date.UTC(2026, 11, 7, 12);
const noServices: UptimeService[] = [];

function trends(sketches: IncidentSketch[], zone = 'UTC') {
  return trendsOf({ incidents: sketches.map(trendIncident), boardOf: emptyBoard, services: noServices, zone, now: NOW });
}

describe('incidents per month and per cause', () => {
  it('counts real incidents per month up to this month, with months that had none', () => {
    const view = trends([
      { id: 'a', started: Date.UTC(2026, 9, 3), causes: ['change'] },
      { id: 'b', started: Date.UTC(2026, 9, 20), causes: ['change', 'capacity'] },
      { id: 'c', started: Date.UTC(2026, 11, 1) },
    ]);
    expect(view.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(view.incidents.map((month) => month.incidents)).toEqual([2, 0, 1]);
    expect(view.incidents[0]!.byCause).toEqual([
      { cause: 'change', count: 2 },
      { cause: 'capacity', count: 1 },
    ]);
    expect(view.incidents[2]!.uncategorised).toBe(1);
    expect(view.causes).toEqual(['change', 'capacity']);
  });

  it('counts an incident in the month of the zone asked for', () => {
    const sketch = { id: 'a', started: Date.UTC(2026, 10, 30, 23, 30) };
    expect(trends([sketch], 'UTC').incidents.find((month) => month.month === '2026-11')!.incidents).toBe(1);
    expect(trends([sketch], 'Europe/Madrid').incidents.find((month) => month.month === '2026-12')!.incidents).toBe(1);
  });

  it('keeps drills apart: never among incidents, causes or times, counted in their own figures', () => {
    const view = trends([
      { id: 'real', started: Date.UTC(2026, 11, 2), causes: ['hardware'], detect: 4 },
      { id: 'drill', started: Date.UTC(2026, 11, 3), causes: ['change'], detect: 40, drill: true },
    ]);
    const december = view.incidents.at(-1)!;
    expect(december.incidents).toBe(1);
    expect(december.byCause).toEqual([{ cause: 'hardware', count: 1 }]);
    expect(december.times[0]!.medianMs).toBe(4 * MINUTE);
    expect(view.drills.at(-1)).toMatchObject({ drills: 1 });
    expect(view.drills.at(-1)!.times[0]!.medianMs).toBe(40 * MINUTE);
  });

  it('shows at most the last twelve months and says how many older ones are left out', () => {
    const view = trends([
      { id: 'old', started: Date.UTC(2025, 0, 10) },
      { id: 'new', started: Date.UTC(2026, 11, 1) },
    ]);
    expect(view.months).toHaveLength(12);
    expect(view.months[0]).toBe('2026-01');
    expect(view.earlier).toEqual({ incidents: 1, drills: 0 });
  });
});

describe('times per month', () => {
  it('gives the median and the 90th percentile of each time, the percentile from five incidents up', () => {
    const november = (id: string, detect: number, resolve: number) => ({ id, started: Date.UTC(2026, 10, 2 + Number(id)), detect, resolve });
    const view = trends([november('1', 1, 60), november('2', 2, 70), november('3', 3, 80), november('4', 4, 90), november('5', 50, 600), { id: 'dec', started: Date.UTC(2026, 11, 1), detect: 7 }]);
    const [detect, , , resolve] = view.incidents.find((month) => month.month === '2026-11')!.times;
    expect(detect).toMatchObject({ key: 'detect', samples: 5, medianMs: 3 * MINUTE, p90Ms: 50 * MINUTE });
    expect(resolve).toMatchObject({ key: 'resolve', samples: 5, medianMs: 80 * MINUTE, p90Ms: 600 * MINUTE });
    const december = view.incidents.at(-1)!.times[0]!;
    expect(december).toMatchObject({ samples: 1, medianMs: 7 * MINUTE, p90Ms: null });
    expect(view.percentileDefinition).toMatch(/nearest rank/);
  });

  it('counts a time once its milestone is reached, and leaves out a crossed (negative) one, counted', () => {
    const view = trends([
      { id: 'open', started: Date.UTC(2026, 11, 1), detect: 6, mitigate: null, resolve: null },
      { id: 'crossed', started: Date.UTC(2026, 11, 2), detect: -3 },
    ]);
    const [detect, , mitigate, resolve] = view.incidents.at(-1)!.times;
    expect(detect).toMatchObject({ samples: 1, medianMs: 6 * MINUTE });
    expect(mitigate!.samples).toBe(1);
    expect(resolve!.samples).toBe(1);
    expect(view.crossedTimes).toBe(1);
  });
});
