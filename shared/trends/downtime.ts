/**
 * Spells of time down of customer-facing services, from real incidents
 * (drills never count against an uptime target). Per incident and service:
 * - from the service board, when a person checked the service there: from
 *   when it was found down to when it was verified up again, as the
 *   post-mortem's "Services affected" counts it (shared/postmortem/services-affected.ts);
 *   a board that only ever found it up gives no time down;
 * - else, when the incident's categories name the service: the incident's
 *   impact window, detected → mitigated (to now while not mitigated).
 */
import { servicesAffected } from '../postmortem/services-affected.js';
import type { ServiceBoardView } from '../projection/board-views.js';
import type { DownSpell } from './trends-view.js';
import { impactStartOf, type TrendIncident } from './incident-months.js';

/** Spells by service id, each incident's in turn. */
export function downSpells(incidents: readonly TrendIncident[], boardOf: (incidentId: string) => ServiceBoardView, serviceIds: ReadonlySet<string>, now: number): Map<string, DownSpell[]> {
  const spells = new Map<string, DownSpell[]>();
  const add = (serviceId: string, spell: DownSpell) => {
    const of = spells.get(serviceId);
    if (of) of.push(spell);
    else spells.set(serviceId, [spell]);
  };
  for (const incident of incidents) {
    if (incident.drill !== null) continue;
    const board = boardOf(incident.id);
    const checked = new Set(board.services.filter((service) => service.history.some((check) => check.state !== 'unknown')).map((service) => service.id));
    const affected = servicesAffected(board, impactStartOf(incident), now);
    for (const service of affected?.services ?? []) {
      if (!serviceIds.has(service.id) || !checked.has(service.id) || service.downFrom === null) continue;
      add(service.id, { incidentId: incident.id, title: incident.title, from: service.downFrom, to: service.upAt ?? now, open: service.downOpen, source: 'board' });
    }
    const from = incident.milestones.detected.at ?? impactStartOf(incident);
    const mitigated = incident.milestones.mitigated.at;
    for (const serviceId of new Set(incident.categories.services)) {
      if (!serviceIds.has(serviceId) || checked.has(serviceId)) continue;
      add(serviceId, { incidentId: incident.id, title: incident.title, from, to: Math.max(from, mitigated ?? now), open: mitigated === null, source: 'impact-window' });
    }
  }
  return spells;
}

/** Time covered by the spells within [start, end): overlapping spells count once. */
export function downWithin(spells: readonly DownSpell[], start: number, end: number): number {
  const clipped = spells
    .map((spell) => [Math.max(spell.from, start), Math.min(spell.to, end)] as const)
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [from, to] of clipped) {
    if (to <= reach) continue;
    total += to - Math.max(from, reach);
    reach = to;
  }
  return total;
}
