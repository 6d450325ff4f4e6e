/**
 * How a promise's due time reads on screen, in the zone the screen shows:
 * "16:00", "Dec 8 09:30" on another day; and its due state in words, so
 * the state is never told by colour alone.
 */
import type { PromiseOutcome } from '../../../../shared/outreach/vocabulary.js';
import { promiseDueState, type PromiseDueState } from '../../../../shared/outreach/promise-due.js';
import type { PromiseView } from '../../../../shared/projection/outreach-views.js';
import { formatClockMinutesWithDay } from '../../../time/format.js';
import { spokenDuration } from '../../updates/updateWords.js';

export const dueClock = formatClockMinutesWithDay;

/** "due 16:00 (in 25 minutes)", "⚠ due now (16:00)", "⚠ overdue by 5 minutes (due 16:00)", "kept". */
export function dueWords(promise: PromiseView, now: number): string {
  const state = promiseDueState(promise, now);
  const at = dueClock(promise.dueAt, now);
  switch (state) {
    case 'closed':
      return OUTCOME_LABEL[promise.status as PromiseOutcome];
    case 'later':
      return `due ${at} (in ${spokenDuration(promise.dueAt - now)})`;
    case 'due-soon':
      return `⚠ due soon: ${at} (in ${spokenDuration(promise.dueAt - now)})`;
    case 'due-now':
      return `⚠ due now (${at})`;
    case 'overdue':
      return `⚠ overdue by ${spokenDuration(now - promise.dueAt)} (due ${at})`;
    default:
      return state satisfies never;
  }
}

export const OUTCOME_LABEL: Readonly<Record<PromiseOutcome, string>> = { kept: 'Kept', broken: 'Broken', withdrawn: 'Withdrawn' };

/** The class that tints a promise by its state; the words say it too. */
export function dueClass(state: PromiseDueState, status: PromiseView['status']): string {
  if (state === 'closed') return `promise-closed promise-${status}`;
  return `promise-${state}`;
}
