/**
 * Four eyes on a risky step (`confirm: two`): it is done only once a second
 * person confirms it, from another laptop and under another name. The device
 * is the laptop's signing key, so a confirmation cannot pretend to come from
 * elsewhere; the name keeps one person at two laptops from confirming
 * themselves. A headless peer's browsers all sign with its one key, so a
 * second browser on the same peer cannot confirm either.
 */
import type { StepView } from '../projection/checklist-views.js';

type FourEyesStep = Pick<StepView, 'status' | 'confirm' | 'confirmation'>;

/** Two names for the same person, whatever their case. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');
}

/** Marked done, and waiting for a second person before it counts. */
export function awaitsConfirmation(step: FourEyesStep): boolean {
  return step.status === 'done' && step.confirm === 'two' && step.confirmation?.confirmedBy == null;
}

/** Skipped, or done (and confirmed, when it takes two): the steps that need it may go ahead. */
export function isStepFinished(step: FourEyesStep): boolean {
  return step.status === 'skipped' || (step.status === 'done' && !awaitsConfirmation(step));
}

/** Who marked the step done, from which laptop: what a confirmation must differ from. */
export interface MarkedDone {
  readonly requestedBy: string;
  readonly requestedDevice: string;
}

/** Whether the person at `device` may be the second pair of eyes on what `marked` did. */
export function isSecondPerson(marked: MarkedDone, confirmer: { readonly device: string; readonly name: string }): boolean {
  return confirmer.device !== marked.requestedDevice && !sameName(confirmer.name, marked.requestedBy);
}
