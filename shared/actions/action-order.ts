/** The order action items are listed in: what needs chasing first. */
import type { ActionListItem } from './action-list.js';

/** Overdue first, then by due date (none last), then by incident, then as they were added. */
export function compareActions(a: ActionListItem, b: ActionListItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  if (a.incidentTitle !== b.incidentTitle) return a.incidentTitle.localeCompare(b.incidentTitle);
  return a.incidentId < b.incidentId ? -1 : a.incidentId > b.incidentId ? 1 : 0;
}
