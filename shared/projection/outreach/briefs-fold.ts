/**
 * PLACEHOLDER (issue 16 contract): the briefs part of an incident's outreach
 * fold (../outreach-fold.ts). Its events arrive in the agreed order; its
 * handlers keep what they need in `state.own`, may write timeline lines
 * with systemEntry() into `state.systemEntries`, and the view is read from
 * the part's own state after the fold.
 */
import type { PartHandlers } from '../routes.js';
import type { PartState } from './part-state.js';
import type { BriefView } from '../outreach-views.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BriefsFolding {}

export function newBriefsFolding(): BriefsFolding {
  return {};
}

export const briefsHandlers = {
  'brief.written': () => {},
  'brief.acknowledged': () => {},
} satisfies PartHandlers<PartState<BriefsFolding>, 'brief.written' | 'brief.acknowledged'>;

export function briefsView(_folding: BriefsFolding): readonly BriefView[] {
  return [];
}
