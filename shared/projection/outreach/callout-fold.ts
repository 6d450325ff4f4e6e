/**
 * PLACEHOLDER (issue 16 contract): the callout part of an incident's outreach
 * fold (../outreach-fold.ts). Its events arrive in the agreed order; its
 * handlers keep what they need in `state.own`, may write timeline lines
 * with systemEntry() into `state.systemEntries`, and the view is read from
 * the part's own state after the fold.
 */
import type { PartHandlers } from '../routes.js';
import type { PartState } from './part-state.js';
import type { CalloutView } from '../outreach-views.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CalloutFolding {}

export function newCalloutFolding(): CalloutFolding {
  return {};
}

export const calloutHandlers = {
  'callout.listed': () => {},
  'callout.progressed': () => {},
} satisfies PartHandlers<PartState<CalloutFolding>, 'callout.listed' | 'callout.progressed'>;

export function calloutView(_folding: CalloutFolding): CalloutView | null {
  return null;
}
