import { describe, expect, it } from 'vitest';
import { emptyBoard, type ServiceBoardView } from '../../../shared/projection/board-views.js';
import { parseCatalogue, parseUptimeTarget } from '../../../shared/services/parse-catalogue.js';
import { trendsOf } from '../../../shared/trends/trends.js';
import { budgetMs } from '../../../shared/trends/uptime.js';
import { board, IMPACT_START } from '../postmortem/hand-built-board.js';
import { MINUTE, trendIncident, type IncidentSketch } from './trend-incident.js';

const NOW = Date.UTC(2026, 11, 7, 12);
const WEB = { serviceId: 'web', name: 'Web shop', team: 'Storefront', customerFacing: true, uptimeTargetPercent: 99.95 };
const INTERNAL = { serviceId: 'wiki', name: 'Wiki', team: 'Tools', customerFacing: false, uptimeTargetPercent: 99 };

function uptime(sketches: IncidentSketch[], boards: Record<string, ServiceBoardView> = {}, now = NOW) {
  const view = trendsOf({ incidents: sketches.map(trendIncident), boardOf: (id) => boards[id] ?? emptyBoard(id), services: [WEB, INTERNAL], zone: 'UTC', now });
  return view.uptime;
}

describe('time down per customer-facing service against its uptime target', () => {
  it('budgets (1 − target) of the month: 99.95 % of 30 days is 21m 36s', () => {
    expect(budgetMs(99.95, 30 * 24 * 60 * MINUTE)).toBe(21 * MINUTE + 36_000);
  });

  it('counts time down from the board: found down to verified up again, and lists only customer-facing services', () => {
    // IMPACT_START is 2026-11-23 13:40 UTC; web found down at +5, verified up at +50.
    const boards = { a: board({ id: 'web', checks: [{ state: 'up', minute: 1 }, { state: 'down', minute: 5 }, { state: 'up', minute: 50 }] }) };
    const [web, ...others] = uptime([{ id: 'a', started: IMPACT_START }], boards);
    expect(others).toEqual([]);
    const november = web!.months.find((month) => month.month === '2026-11')!;
    expect(november.downMs).toBe(45 * MINUTE);
    expect(november.budgetMs).toBe(21 * MINUTE + 36_000);
    expect(november.leftMs).toBe(21 * MINUTE + 36_000 - 45 * MINUTE);
    expect(november.spells).toEqual([expect.objectContaining({ incidentId: 'a', source: 'board', open: false })]);
    expect(web!.months.find((month) => month.month === '2026-12')).toMatchObject({ downMs: 0, leftMs: 22 * MINUTE + 19_200 }); // 31 days: 22m 19.2s
  });

  it('falls back to the impact window (detected to mitigated) for a service the categories name but the board never checked', () => {
    const [web] = uptime([{ id: 'a', started: Date.UTC(2026, 11, 2), detect: 10, mitigate: 25, services: ['web'] }]);
    const december = web!.months.at(-1)!;
    expect(december.downMs).toBe(15 * MINUTE);
    expect(december.spells[0]).toMatchObject({ source: 'impact-window' });
  });

  it('does not fall back when the board checked the service and only ever found it up', () => {
    const boards = { a: board({ id: 'web', checks: [{ state: 'up', minute: 1 }] }) };
    const [web] = uptime([{ id: 'a', started: IMPACT_START, services: ['web'] }], boards);
    expect(web!.months.every((month) => month.downMs === 0)).toBe(true);
  });

  it('counts overlapping spells of two incidents once, splits a spell across months and runs one still down to now', () => {
    const [web] = uptime([
      { id: 'a', started: Date.UTC(2026, 10, 30, 23, 50), detect: 0, mitigate: 20, services: ['web'] },
      { id: 'b', started: Date.UTC(2026, 10, 30, 23, 55), detect: 0, mitigate: 10, services: ['web'] },
      { id: 'c', started: NOW - 30 * MINUTE, detect: 0, mitigate: null, resolve: null, services: ['web'] },
    ]);
    const november = web!.months.find((month) => month.month === '2026-11')!;
    const december = web!.months.at(-1)!;
    expect(november.downMs).toBe(10 * MINUTE);
    expect(december.downMs).toBe(10 * MINUTE + 30 * MINUTE);
    expect(december.stillDown).toBe(true);
    expect(december.leftMs).toBeLessThan(0);
  });

  it('never counts a drill against the target', () => {
    const [web] = uptime([{ id: 'drill', started: Date.UTC(2026, 11, 2), drill: true, services: ['web'] }]);
    expect(web!.months.at(-1)!.downMs).toBe(0);
  });
});

describe('the catalogue field uptime-target', () => {
  it('reads a percentage with or without its sign', () => {
    expect(parseUptimeTarget('99.95%')).toBe(99.95);
    expect(parseUptimeTarget('99.9')).toBe(99.9);
    expect(parseUptimeTarget('100%')).toBe(100);
  });

  it('refuses a bad value with its file and line, and the service with it', () => {
    const text = ['services:', '  - id: web', '    name: Web shop', '    team: Storefront', '    tier: 2', '    check: open it', '    customer-facing: true', '    uptime-target: 0.9995'].join('\n');
    const parsed = parseCatalogue(text, 'shop.yaml');
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ file: 'shop.yaml', line: 8, reason: expect.stringContaining('"uptime-target" "0.9995" is not a monthly target') }),
    ]);
    const good = parseCatalogue(text.replace('0.9995', '99.95%'), 'shop.yaml');
    expect(good.entries[0]).toMatchObject({ customerFacing: true, uptimeTargetPercent: 99.95 });
  });
});
