/**
 * Each customer-facing service's time down per month against its monthly
 * uptime target: the budget is (1 − target) × the month's length in the
 * zone (99.95 % of a 30-day month leaves 21m 36s), and what is left of it
 * is negative once time down exceeds it.
 */
import type { ServiceBoardView } from '../projection/board-views.js';
import { downSpells, downWithin } from './downtime.js';
import type { TrendIncident } from './incident-months.js';
import { monthSpan, type MonthKey } from './months.js';
import type { ServiceUptime } from './trends-view.js';

/** What uptime needs of a catalogue service. */
export interface UptimeService {
  readonly serviceId: string;
  readonly name: string;
  readonly team: string;
  readonly customerFacing: boolean;
  readonly uptimeTargetPercent: number | null;
}

export function budgetMs(targetPercent: number, monthMs: number): number {
  return Math.round(((100 - targetPercent) / 100) * monthMs);
}

export function serviceUptime(
  services: readonly UptimeService[],
  incidents: readonly TrendIncident[],
  boardOf: (incidentId: string) => ServiceBoardView,
  months: readonly MonthKey[],
  zone: string,
  now: number,
): ServiceUptime[] {
  const facing = services.filter((service) => service.customerFacing);
  const spellsOf = downSpells(incidents, boardOf, new Set(facing.map((service) => service.serviceId)), now);
  return facing.map((service) => {
    const spells = spellsOf.get(service.serviceId) ?? [];
    return {
      serviceId: service.serviceId,
      name: service.name,
      team: service.team,
      targetPercent: service.uptimeTargetPercent,
      months: months.map((month) => {
        const { start, end } = monthSpan(month, zone);
        const inMonth = spells.filter((spell) => spell.to > start && spell.from < end);
        const downMs = downWithin(inMonth, start, end);
        const budget = service.uptimeTargetPercent === null ? null : budgetMs(service.uptimeTargetPercent, end - start);
        return {
          month,
          monthMs: end - start,
          downMs,
          budgetMs: budget,
          leftMs: budget === null ? null : budget - downMs,
          stillDown: inMonth.some((spell) => spell.open),
          spells: inMonth,
        };
      }),
    };
  });
}
