/**
 * A step's changes in words: its history, one line each, and what it is
 * waiting on by the titles people read rather than by ids.
 */
import type { StepChange, StepView } from '../../../shared/projection/checklist-views.js';
import { STEP_STATUS_LABEL } from '../../../shared/projection/checklist-fold.js';

export function describeChange(change: StepChange): string {
  switch (change.kind) {
    case 'status': {
      const from = change.from === null ? '' : `${STEP_STATUS_LABEL[change.from]} → `;
      const to = change.to === null ? '' : STEP_STATUS_LABEL[change.to];
      const override = change.override ? ', overriding its needs' : '';
      const why = change.text === '' ? '' : `: “${change.text}”`;
      return `${from}${to}${override}${why}`;
    }
    case 'assigned':
      return change.text === '' ? 'Unassigned' : `Assigned to ${change.text}`;
    case 'noted':
      return `Note: “${change.text}”`;
    case 'checked':
      return change.text === 'checked by hand' ? 'Checked by hand' : 'Checked-by-hand mark taken off';
    case 'confirmed':
      return `Confirmed as the second person (marked done by ${change.text})`;
  }
}

/** The last change, short, for the step's own line: "Done", "Started, overriding its needs", "Assigned to Ana". */
export function shortChange(change: StepChange): string {
  switch (change.kind) {
    case 'status': {
      const word = change.to === 'in_progress' ? 'Started' : change.to === 'todo' ? 'Reopened' : change.to === null ? 'Changed' : STEP_STATUS_LABEL[change.to];
      return change.override ? `${word}, overriding its needs` : word;
    }
    case 'assigned':
      return change.text === '' ? 'Unassigned' : `Assigned to ${change.text}`;
    case 'noted':
      return 'Noted';
    case 'checked':
      return change.text === 'checked by hand' ? 'Checked by hand' : 'Checked-by-hand mark taken off';
    case 'confirmed':
      return 'Confirmed';
  }
}

/** The titles of the steps it waits on, in the order its needs are written. */
export function waitingOnTitles(step: Pick<StepView, 'waitingOn'>, steps: readonly StepView[]): string[] {
  return step.waitingOn.map((id) => steps.find((other) => other.id === id)?.title ?? id);
}

/** The last override of the step's current status, if it went ahead before its needs were done. */
export function currentOverride(step: Pick<StepView, 'history' | 'status'>): StepChange | null {
  for (let index = step.history.length - 1; index >= 0; index -= 1) {
    const change = step.history[index]!;
    if (change.kind !== 'status') continue;
    return change.override && change.to === step.status ? change : null;
  }
  return null;
}
