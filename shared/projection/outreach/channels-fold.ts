/**
 * PLACEHOLDER (issue 16 contract): the channels part of an incident's outreach
 * fold (../outreach-fold.ts). Its events arrive in the agreed order; its
 * handlers keep what they need in `state.own`, may write timeline lines
 * with systemEntry() into `state.systemEntries`, and the view is read from
 * the part's own state after the fold.
 */
import type { PartHandlers } from '../routes.js';
import type { PartState } from './part-state.js';
import type { ChannelView } from '../outreach-views.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChannelsFolding {}

export function newChannelsFolding(): ChannelsFolding {
  return {};
}

export const channelsHandlers = {
  'channel.marked': () => {},
} satisfies PartHandlers<PartState<ChannelsFolding>, 'channel.marked'>;

export function channelsView(_folding: ChannelsFolding): readonly ChannelView[] {
  return [];
}
