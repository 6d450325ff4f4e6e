/**
 * Action items in words: what each kind is for, and the post-mortem's one
 * requirement, an item that prevents a recurrence.
 */
import type { ActionKind } from '../../../shared/postmortem/review.js';
import type { ActionItemView } from '../../../shared/projection/postmortem-views.js';

export const ACTION_KIND_MEANING: Readonly<Record<ActionKind, string>> = {
  prevent: 'Stops this from happening again.',
  detect: 'Notices it sooner next time.',
  mitigate: 'Makes it hurt less, or end faster, next time.',
};

/** Whether some action item prevents a recurrence: without one the post-mortem exports as a draft. */
export function hasPrevention(actions: readonly Pick<ActionItemView, 'kind'>[]): boolean {
  return actions.some((action) => action.kind === 'prevent');
}

/** "Ana Lopez, due 2026-12-01", "Ana Lopez, no due date". */
export function ownerAndDue(action: Pick<ActionItemView, 'owner' | 'due'>): string {
  return `${action.owner}, ${action.due === null ? 'no due date' : `due ${action.due}`}`;
}
