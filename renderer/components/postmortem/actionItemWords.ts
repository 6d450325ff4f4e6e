/** Action items in words: what each kind is for, and who owns one by when. */
import type { ActionKind } from '../../../shared/postmortem/review.js';
import type { ActionItemView } from '../../../shared/projection/postmortem-views.js';

export const ACTION_KIND_MEANING: Readonly<Record<ActionKind, string>> = {
  prevent: 'Stops this from happening again.',
  detect: 'Notices it sooner next time.',
  mitigate: 'Makes it hurt less, or end faster, next time.',
};

/** "Ana Lopez, due 2026-12-01", "Ana Lopez, no due date". */
export function ownerAndDue(action: Pick<ActionItemView, 'owner' | 'due'>): string {
  return `${action.owner}, ${action.due === null ? 'no due date' : `due ${action.due}`}`;
}
