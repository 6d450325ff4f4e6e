/**
 * Whether a promise is due, judged when it is read with the clock of the
 * laptop reading it (never folded: the fold is the same whenever it runs).
 * "Due soon" leaves time to keep it or to call and move it; "due now" is the
 * first minute past its time; after that it is overdue.
 */
import type { PromiseView } from '../projection/outreach-views.js';

export const DUE_SOON_MS = 10 * 60_000;
/** Past its time by less than this, a promise is "due now" rather than overdue. */
export const DUE_NOW_MS = 60_000;

export type PromiseDueState = 'closed' | 'later' | 'due-soon' | 'due-now' | 'overdue';

export function promiseDueState(promise: Pick<PromiseView, 'status' | 'dueAt'>, now: number): PromiseDueState {
  if (promise.status !== 'open') return 'closed';
  const left = promise.dueAt - now;
  if (left > DUE_SOON_MS) return 'later';
  if (left > 0) return 'due-soon';
  if (-left < DUE_NOW_MS) return 'due-now';
  return 'overdue';
}

/** A promise that asks for the room's attention now: due within ten minutes, due, or overdue. */
export function needsAttention(state: PromiseDueState): boolean {
  return state === 'due-soon' || state === 'due-now' || state === 'overdue';
}

export interface OpenPromises {
  /** Open ones, soonest due first (then in the order made). */
  readonly open: readonly PromiseView[];
  readonly overdue: number;
  /** Due within ten minutes, or in the minute past their time. */
  readonly dueSoon: number;
  readonly next: PromiseView | null;
}

export function openPromises(promises: readonly PromiseView[], now: number): OpenPromises {
  const open = promises.filter((promise) => promise.status === 'open').sort((a, b) => a.dueAt - b.dueAt);
  const states = open.map((promise) => promiseDueState(promise, now));
  return {
    open,
    overdue: states.filter((state) => state === 'overdue').length,
    dueSoon: states.filter((state) => state === 'due-soon' || state === 'due-now').length,
    next: open[0] ?? null,
  };
}

/** Open first, soonest due first; then closed, most recently closed first. */
export function promisesInPanelOrder(promises: readonly PromiseView[]): PromiseView[] {
  const open = promises.filter((promise) => promise.status === 'open').sort((a, b) => a.dueAt - b.dueAt);
  const closed = promises.filter((promise) => promise.closed !== null).sort((a, b) => b.closed!.at - a.closed!.at);
  return [...open, ...closed];
}
