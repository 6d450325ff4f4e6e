/**
 * What can be done to a step from where it stands, and what each control is
 * called. Every name carries the step's title ("Mark Promote the chosen
 * replica done"), so a screen reader's list of buttons, and a test, can tell
 * twelve "Done" buttons apart.
 */
import type { StepStatus } from '../../../shared/events.js';
import type { StepView } from '../../../shared/projection/checklist-views.js';

export type StepAction = 'start' | 'done' | 'block' | 'skip' | 'reopen';

const ACTIONS: Readonly<Record<StepStatus, readonly StepAction[]>> = {
  todo: ['start', 'done', 'block', 'skip'],
  in_progress: ['done', 'block', 'skip'],
  blocked: ['start', 'done', 'skip', 'reopen'],
  done: ['reopen'],
  skipped: ['reopen'],
};

/** In the order they are shown; the first is where the keyboard goes after a change. */
export function actionsFor(step: Pick<StepView, 'status'>): readonly StepAction[] {
  return ACTIONS[step.status];
}

/** The status each action sets. */
export const ACTION_STATUS: Readonly<Record<StepAction, StepStatus>> = {
  start: 'in_progress',
  done: 'done',
  block: 'blocked',
  skip: 'skipped',
  reopen: 'todo',
};

/** Blocking and skipping say why: the room and the post-mortem will ask. */
export function asksWhy(action: StepAction): action is 'block' | 'skip' {
  return action === 'block' || action === 'skip';
}

/**
 * Starting or finishing a step whose needs are not finished is an override
 * (the host's own rule: a step already under way can be finished).
 */
export function needsOverride(step: Pick<StepView, 'status' | 'waitingOn'>, action: StepAction): boolean {
  return (action === 'start' || action === 'done') && step.waitingOn.length > 0 && step.status !== 'in_progress';
}

/** A step waiting on its needs can be pushed ahead (started or finished anyway) from to do or blocked. */
export function mayOverride(step: Pick<StepView, 'status' | 'waitingOn'>): boolean {
  return step.waitingOn.length > 0 && (step.status === 'todo' || step.status === 'blocked');
}

export const ACTION_TEXT: Readonly<Record<StepAction, string>> = {
  start: 'Start',
  done: 'Done',
  block: 'Block…',
  skip: 'Skip…',
  reopen: 'Reopen',
};

export function actionName(action: StepAction, title: string): string {
  switch (action) {
    case 'start':
      return `Start ${title}`;
    case 'done':
      return `Mark ${title} done`;
    case 'block':
      return `Block ${title}`;
    case 'skip':
      return `Skip ${title}`;
    case 'reopen':
      return `Reopen ${title}`;
  }
}
