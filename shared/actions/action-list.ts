/**
 * Action items across every incident (issue 17): what the Actions screen,
 * `holdfast actions` and its CSV list. Overdue is judged when read, against
 * the reader's calendar day, never folded.
 */
import type { ActionItemView } from '../projection/postmortem-views.js';

export interface ActionListItem extends ActionItemView {
  readonly incidentId: string;
  readonly incidentTitle: string;
  /** Items of a drill's post-mortem are listed too, marked. */
  readonly drill: boolean;
  /** The owner's team from the roster, or null when the owner is not on it. */
  readonly ownerTeam: string | null;
  /** Due before `today` and neither done nor won't do. */
  readonly overdue: boolean;
}

export interface ActionList {
  /** The calendar day (YYYY-MM-DD) overdue was judged against, in the zone asked for. */
  readonly today: string;
  /** Overdue first, then by due date (none last), then by incident. */
  readonly items: readonly ActionListItem[];
}
