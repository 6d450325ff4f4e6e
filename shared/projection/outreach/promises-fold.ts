/**
 * PLACEHOLDER (issue 16 contract): the promises part of an incident's outreach
 * fold (../outreach-fold.ts). Its events arrive in the agreed order; its
 * handlers keep what they need in `state.own`, may write timeline lines
 * with systemEntry() into `state.systemEntries`, and the view is read from
 * the part's own state after the fold.
 */
import type { PartHandlers } from '../routes.js';
import type { PartState } from './part-state.js';
import type { PromiseView } from '../outreach-views.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PromisesFolding {}

export function newPromisesFolding(): PromisesFolding {
  return {};
}

export const promisesHandlers = {
  'promise.made': () => {},
  'promise.due_changed': () => {},
  'promise.closed': () => {},
} satisfies PartHandlers<PartState<PromisesFolding>, 'promise.made' | 'promise.due_changed' | 'promise.closed'>;

export function promisesView(_folding: PromisesFolding): readonly PromiseView[] {
  return [];
}
