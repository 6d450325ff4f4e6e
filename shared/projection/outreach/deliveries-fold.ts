/**
 * PLACEHOLDER (issue 16 contract): the deliveries part of an incident's outreach
 * fold (../outreach-fold.ts). Its events arrive in the agreed order; its
 * handlers keep what they need in `state.own`, may write timeline lines
 * with systemEntry() into `state.systemEntries`, and the view is read from
 * the part's own state after the fold.
 */
import type { PartHandlers } from '../routes.js';
import type { PartState } from './part-state.js';
import type { DeliveryView } from '../outreach-views.js';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DeliveriesFolding {}

export function newDeliveriesFolding(): DeliveriesFolding {
  return {};
}

export const deliveriesHandlers = {
  'update.deliveries_recorded': () => {},
} satisfies PartHandlers<PartState<DeliveriesFolding>, 'update.deliveries_recorded'>;

export function deliveriesView(_folding: DeliveriesFolding): readonly DeliveryView[] {
  return [];
}
