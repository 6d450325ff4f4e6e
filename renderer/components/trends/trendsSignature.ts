import type { IncidentView } from '../../../shared/projection/views.js';

/**
 * What the trends are computed from, as one string: equal strings mean no
 * figure on the Trends screen can have changed, so only a change that
 * matters reads them again (board checks travel without a notice here; the
 * screen's "Read again" button covers those).
 */
export function trendsSignature(state: { readonly incidents: Readonly<Record<string, IncidentView>> }): string {
  return Object.values(state.incidents)
    .map((incident) => {
      const milestones = Object.values(incident.milestones).map((milestone) => milestone.at ?? '').join('/');
      return `${incident.id}:${incident.status}:${incident.drill === null ? '' : 'drill'}:${milestones}:${incident.categories.causes.join('+')}:${incident.categories.services.join('+')}`;
    })
    .sort()
    .join(',');
}
