/**
 * An incident as the host sent it again, sharing with the one held before
 * every part that did not change. Each timeline entry brings the incident
 * anew (its entry count moved), and every list in it (roles, key moments,
 * checklists, status updates) would otherwise be a new array: the timeline's
 * filters, its key-moment stars and the incident's panels, which follow
 * those arrays by identity, would all be worked out and drawn again for one
 * line of text.
 */
import type { IncidentView } from '../../shared/projection/views.js';
import { sameData } from './sameData.js';

/** `next`, with the fields equal (as data) to `previous`'s taken from `previous`; `previous` itself when nothing differs. */
export function keptIncident(previous: IncidentView | undefined, next: IncidentView): IncidentView {
  if (previous === undefined || previous.id !== next.id) return next;
  const kept: Record<string, unknown> = {};
  let changed = Object.keys(previous).length !== Object.keys(next).length;
  for (const key of Object.keys(next) as (keyof IncidentView)[]) {
    const same = Object.hasOwn(previous, key) && sameData(previous[key], next[key]);
    kept[key] = same ? previous[key] : next[key];
    if (!same) changed = true;
  }
  return changed ? (kept as unknown as IncidentView) : previous;
}
