/** Every incident's action items as one list, judged against today in the reader's zone. */
import type { IncidentView, PersonView } from '../projection/views.js';
import type { ExportZone } from '../time/export-time.js';
import { compareActions } from './action-order.js';
import type { ActionList, ActionListItem } from './action-list.js';
import { isOverdue, todayIn } from './overdue.js';
import { ownerOnRoster } from './owner-match.js';

export function collectActions(incidents: readonly IncidentView[], people: readonly PersonView[], now: number, zone: ExportZone): ActionList {
  const today = todayIn(now, zone);
  const items: ActionListItem[] = incidents.flatMap((incident) =>
    incident.review.actions.map((action) => ({
      ...action,
      incidentId: incident.id,
      incidentTitle: incident.title,
      drill: incident.drill !== null,
      ownerTeam: ownerOnRoster(action, people)?.team || null,
      overdue: isOverdue(action, today),
    })),
  );
  // A stable sort: items of one incident keep the order they were added in.
  return { today, items: items.sort(compareActions) };
}
