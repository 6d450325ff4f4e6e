/**
 * What each update reached, per recipient and channel: one record for each
 * (update, recipient, channel), its latest mark in the agreed order
 * standing and every mark kept, so two laptops recording the same delivery
 * while cut off end with one record showing both. Each recording writes
 * one timeline line saying how many it reached and through what.
 */
import { hlcWall } from '../../hlc.js';
import type { PartHandlers } from '../routes.js';
import { systemEntry } from '../system-entry.js';
import type { PartState } from './part-state.js';
import type { DeliveryMark, DeliveryView } from '../outreach-views.js';
import type { DeliveryOutcome } from '../../outreach/vocabulary.js';

interface DeliveryFolding {
  readonly updateId: string;
  readonly recipientKey: string;
  recipientName: string;
  readonly channelId: string;
  channelName: string;
  readonly history: DeliveryMark[];
}

export interface DeliveriesFolding {
  /** By update in the order first recorded, then by record in the order first recorded. */
  readonly byUpdate: Map<string, Map<string, DeliveryFolding>>;
  /** Events already folded: one seen twice changes nothing. */
  readonly seen: Set<string>;
}

export function newDeliveriesFolding(): DeliveriesFolding {
  return { byUpdate: new Map(), seen: new Set() };
}

const recordKey = (recipientKey: string, channelId: string) => `${channelId}\u0000${recipientKey}`;

/** "Update to Management delivered to 5 recipients by SMS; failed for 1 by Phone call." */
export function deliveryLine(audienceName: string | undefined, deliveries: readonly { outcome: DeliveryOutcome; channelId: string; channelName?: string | undefined }[]): string {
  const phrase = (outcome: DeliveryOutcome) => {
    const counts = new Map<string, number>();
    for (const delivery of deliveries) {
      if (delivery.outcome !== outcome) continue;
      const channel = delivery.channelName ?? delivery.channelId;
      counts.set(channel, (counts.get(channel) ?? 0) + 1);
    }
    return [...counts].map(([channel, count]) => `${count === 1 ? '1 recipient' : `${count} recipients`} by ${channel}`).join(', ');
  };
  const delivered = phrase('delivered');
  const failed = phrase('failed').replace(/ recipients? by/g, ' by');
  const update = audienceName === undefined ? 'Update' : `Update to ${audienceName}`;
  if (delivered === '') return `${update} failed to reach ${failed}`;
  return failed === '' ? `${update} delivered to ${delivered}` : `${update} delivered to ${delivered}; failed for ${failed}`;
}

export const deliveriesHandlers = {
  'update.deliveries_recorded': (state, event) => {
    const { own } = state;
    if (own.seen.has(event.hash)) return;
    own.seen.add(event.hash);
    const { updateId, deliveries, note, audienceName } = event.payload;
    let records = own.byUpdate.get(updateId);
    if (!records) {
      records = new Map();
      own.byUpdate.set(updateId, records);
    }
    const mark = (outcome: DeliveryOutcome): DeliveryMark => ({ at: hlcWall(event.hlc), by: event.author, outcome, note });
    for (const delivery of deliveries) {
      const key = recordKey(delivery.recipientKey, delivery.channelId);
      const held = records.get(key);
      if (held) {
        held.recipientName = delivery.recipientName;
        if (delivery.channelName !== undefined) held.channelName = delivery.channelName;
        held.history.push(mark(delivery.outcome));
      } else {
        records.set(key, { updateId, recipientKey: delivery.recipientKey, recipientName: delivery.recipientName, channelId: delivery.channelId, channelName: delivery.channelName ?? delivery.channelId, history: [mark(delivery.outcome)] });
      }
    }
    state.systemEntries.push(systemEntry(event, state.incidentId, 'delivery', deliveryLine(audienceName, deliveries)));
  },
} satisfies PartHandlers<PartState<DeliveriesFolding>, 'update.deliveries_recorded'>;

export function deliveriesView(folding: DeliveriesFolding): readonly DeliveryView[] {
  return [...folding.byUpdate.values()].flatMap((records) =>
    [...records.values()].map(({ history, ...record }) => ({ ...record, latest: history.at(-1)!, history: [...history] })),
  );
}
