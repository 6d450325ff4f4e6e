/**
 * A four-eyes step (`confirm: two`) in words: what it takes before it is
 * done, who marked it done, and who confirmed it. Said in text as well as
 * shown, so nothing is told by colour alone.
 */
import { awaitsConfirmation } from '../../../shared/checklists/four-eyes.js';
import type { StepView } from '../../../shared/projection/checklist-views.js';

/** "Two people" before it is done; who did it, and who confirmed or that it waits, once done; null for a one-person step. */
export function fourEyesLine(step: Pick<StepView, 'confirm' | 'status' | 'confirmation'>): string | null {
  if (step.confirm !== 'two') return null;
  const confirmation = step.confirmation;
  if (step.status !== 'done' || confirmation === null) return 'Two people: a second person, on another laptop, confirms it once it is done';
  if (confirmation.confirmedBy === null) return `Done by ${confirmation.requestedBy} — awaiting a second person`;
  return `Done by ${confirmation.requestedBy}, confirmed by ${confirmation.confirmedBy}`;
}

/** The step's status as its badge says it: a four-eyes step done but not confirmed is not simply "Done". */
export function awaitingBadge(step: Pick<StepView, 'confirm' | 'status' | 'confirmation'>): string | null {
  return awaitsConfirmation(step) ? 'Awaiting confirmation' : null;
}

export function confirmName(title: string): string {
  return `Confirm ${title}`;
}
