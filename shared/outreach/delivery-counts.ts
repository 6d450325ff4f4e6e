/**
 * How far an update got: delivered (reached through at least one channel),
 * pending (on its audience's list, a team as its people, and neither
 * reached nor failed yet) and failed (only failed attempts so far), with
 * the channels tried for each recipient. Someone reached off the list (an
 * update sent on to another audience) counts as delivered too. Read from
 * the folded deliveries and the roster as it is now.
 */
import type { AudienceListView, DeliveryView } from '../projection/outreach-views.js';
import type { PartnerView, PersonView, StatusUpdateView } from '../projection/views.js';
import { resolveRecipients, type ResolvedRecipient } from './resolve-recipients.js';
import type { DeliveryOutcome } from './vocabulary.js';

export type RecipientDeliveryState = 'delivered' | 'failed' | 'pending';

export interface ChannelTried {
  readonly channelId: string;
  readonly outcome: DeliveryOutcome;
  readonly at: number;
  readonly by: string;
}

export interface RecipientDelivery {
  readonly key: string;
  readonly name: string;
  readonly state: RecipientDeliveryState;
  /** In the order first recorded. */
  readonly tried: readonly ChannelTried[];
  /** On the update's audience list (resolved), not only reached from another list. */
  readonly onList: boolean;
}

export interface UpdateDeliveryCounts {
  readonly updateId: string;
  readonly delivered: number;
  readonly pending: number;
  readonly failed: number;
  /** The list's people first, in its order, then anyone else reached. */
  readonly recipients: readonly RecipientDelivery[];
}

/** The deliveries recorded for one update, by recipient key. */
function triedBy(updateId: string, deliveries: readonly DeliveryView[]): Map<string, { name: string; tried: ChannelTried[] }> {
  const byRecipient = new Map<string, { name: string; tried: ChannelTried[] }>();
  for (const delivery of deliveries) {
    if (delivery.updateId !== updateId) continue;
    const held = byRecipient.get(delivery.recipientKey) ?? { name: delivery.recipientName, tried: [] };
    held.tried.push({ channelId: delivery.channelId, outcome: delivery.latest.outcome, at: delivery.latest.at, by: delivery.latest.by });
    byRecipient.set(delivery.recipientKey, held);
  }
  return byRecipient;
}

function stateOf(tried: readonly ChannelTried[]): RecipientDeliveryState {
  if (tried.some((one) => one.outcome === 'delivered')) return 'delivered';
  return tried.length > 0 ? 'failed' : 'pending';
}

export function deliveryCountsFromResolved(updateId: string, list: readonly ResolvedRecipient[], deliveries: readonly DeliveryView[]): UpdateDeliveryCounts {
  const tried = triedBy(updateId, deliveries);
  const onList = list.map((recipient): RecipientDelivery => {
    const held = tried.get(recipient.key)?.tried ?? [];
    return { key: recipient.key, name: recipient.name, state: stateOf(held), tried: held, onList: true };
  });
  const listed = new Set(list.map((recipient) => recipient.key));
  const offList = [...tried]
    .filter(([key]) => !listed.has(key))
    .map(([key, held]): RecipientDelivery => ({ key, name: held.name, state: stateOf(held.tried), tried: held.tried, onList: false }));
  const recipients = [...onList, ...offList];
  const count = (state: RecipientDeliveryState) => recipients.filter((recipient) => recipient.state === state).length;
  return { updateId, delivered: count('delivered'), pending: count('pending'), failed: count('failed'), recipients };
}

/** The update's counts against its own audience's list as the roster resolves it now. */
export function deliveryCounts(
  update: Pick<StatusUpdateView, 'id' | 'audience'>,
  outreach: { readonly audiences: readonly AudienceListView[]; readonly deliveries: readonly DeliveryView[] },
  people: readonly PersonView[],
  partners: readonly PartnerView[],
): UpdateDeliveryCounts {
  const list = outreach.audiences.find((audience) => audience.id === update.audience)?.recipients ?? [];
  return deliveryCountsFromResolved(update.id, resolveRecipients(list, people, partners), outreach.deliveries);
}

/** Ten minutes after it was published, an update nobody has recorded reaching is flagged. */
export const UNDELIVERED_AFTER_MS = 10 * 60_000;

/** The updates delivered to nobody 10 minutes or more after they were published, oldest first: judged at `now`. */
export function undeliveredUpdates<U extends Pick<StatusUpdateView, 'id' | 'at'>>(updates: readonly U[], deliveries: readonly DeliveryView[], now: number): U[] {
  const reached = new Set(deliveries.filter((delivery) => delivery.latest.outcome === 'delivered').map((delivery) => delivery.updateId));
  return updates.filter((update) => !reached.has(update.id) && now - update.at >= UNDELIVERED_AFTER_MS).sort((a, b) => a.at - b.at);
}
