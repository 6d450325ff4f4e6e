/**
 * Recording who an update reached, through which channel, and the printable
 * delivery sheet. Holdfast sends nothing: a person says what happened, and
 * what cannot have happened is refused with their name (a "delivered" by
 * SMS to someone with no phone number). A failure needs no address: trying
 * and failing is worth knowing.
 */
import type { ApiParams } from '../../shared/api.js';
import type { EventPayload } from '../../shared/events.js';
import { updateToCut } from '../../shared/outreach/cut-text/from-incident.js';
import { updateNumber } from '../../shared/outreach/cut-text/from-incident.js';
import { deliveryCountsFromResolved } from '../../shared/outreach/delivery-counts.js';
import { deliverySheetFileName, renderDeliverySheet } from '../../shared/outreach/delivery/delivery-sheet.js';
import { cannotHaveBeenReached, lacksAddress } from '../../shared/outreach/delivery/no-address.js';
import type { OutboxChannel } from '../../shared/outreach/delivery/outbox-channels.js';
import { personRecipientKey, resolveRecipients, type ResolvedRecipient } from '../../shared/outreach/resolve-recipients.js';
import type { IncidentView, StatusUpdateView } from '../../shared/projection/views.js';
import { HoldfastFailure } from '../../shared/result.js';
import { AUDIENCE_LABEL } from '../../shared/updates/audience.js';
import { deliveryChannelsOf } from './delivery-channels.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';

export type DeliveryMethod = 'recordDeliveries' | 'exportDeliverySheet';

type Delivery = EventPayload<'update.deliveries_recorded'>['deliveries'][number];

function updateOf(incident: IncidentView, updateId: string): StatusUpdateView {
  const update = incident.statusUpdates.find((candidate) => candidate.id === updateId);
  if (!update) throw new HoldfastFailure('not_found', `“${incident.title}” has no status update with id ${updateId}: it may not have reached this laptop yet.`, ['updateId']);
  return update;
}

/** Everyone on any of the incident's lists, as the roster resolves them now, by the key a delivery names. */
function reachable(context: OperationContext, incidentId: string): Map<string, ResolvedRecipient> {
  const people = context.projection.people();
  const partners = context.projection.partners();
  const byKey = new Map<string, ResolvedRecipient>();
  for (const list of context.projection.outreach(incidentId).audiences)
    for (const recipient of resolveRecipients(list.recipients, people, partners)) if (!byKey.has(recipient.key)) byKey.set(recipient.key, recipient);
  return byKey;
}

function recipientFor(context: OperationContext, lists: Map<string, ResolvedRecipient>, key: string): ResolvedRecipient | undefined {
  const listed = lists.get(key);
  if (listed) return listed;
  // Someone on the roster is reachable at its addresses even when on no list: the update can go to them anyway.
  const person = context.projection.people().find((candidate) => personRecipientKey(candidate.id) === key);
  return person && resolveRecipients([{ key, kind: 'person', name: person.name, personId: person.id, partnerId: null, team: '', email: '', phone: '', chat: '', addedAt: 0, addedBy: '' }], [person], [])[0];
}

function channelFor(channels: readonly OutboxChannel[], channelId: string, index: number): OutboxChannel {
  const channel = channels.find((candidate) => candidate.channelId === channelId);
  if (!channel)
    throw new HoldfastFailure('invalid_input', `No channel “${channelId}” is in the channel file or marked in this incident: choose one of ${channels.map((one) => one.name).join(', ')}.`, [
      'deliveries',
      index,
      'channelId',
    ]);
  return channel;
}

function checkedDeliveries(context: OperationContext, incidentId: string, updateId: string, input: ApiParams<'recordDeliveries'>['deliveries']): Delivery[] {
  const channels = deliveryChannelsOf(context, incidentId);
  const lists = reachable(context, incidentId);
  const held = context.projection.outreach(incidentId).deliveries.filter((delivery) => delivery.updateId === updateId);
  const chosen = new Map<string, Delivery>();
  input.forEach((delivery, index) => {
    const channel = channelFor(channels, delivery.channelId, index);
    const recipient = recipientFor(context, lists, delivery.recipientKey);
    if (!recipient) throw new HoldfastFailure('not_found', `${delivery.recipientName} is on none of this incident’s lists: put them on one first.`, ['deliveries', index, 'recipientKey']);
    if (delivery.outcome === 'delivered' && lacksAddress(recipient, channel.kind))
      throw new HoldfastFailure('invalid_input', cannotHaveBeenReached(recipient.name, channel.kind, channel.name), ['deliveries', index, 'recipientKey']);
    const same = held.find((record) => record.recipientKey === delivery.recipientKey && record.channelId === delivery.channelId);
    // What is already recorded the same way says nothing new: "Mark all" skips those already done.
    if (same?.latest.outcome === delivery.outcome) return;
    chosen.set(`${delivery.channelId}\u0000${delivery.recipientKey}`, { ...delivery, recipientName: recipient.name, channelName: channel.name });
  });
  if (chosen.size === 0) throw new HoldfastFailure('conflict', 'Everyone chosen is already recorded that way for this update.', ['deliveries']);
  return [...chosen.values()];
}

export const deliveryOperations: OperationsFor<DeliveryMethod> = {
  recordDeliveries: (context, { incidentId, updateId, deliveries, note }) => {
    const incident = incidentOf(context, incidentId);
    const update = updateOf(incident, updateId);
    const checked = checkedDeliveries(context, incidentId, update.id, deliveries);
    context.record('update.deliveries_recorded', { incidentId, updateId, deliveries: checked, note, audienceName: AUDIENCE_LABEL[update.audience] });
    return context.projection.outreach(incidentId);
  },

  exportDeliverySheet: (context, { incidentId, updateId, zone }) => {
    const incident = incidentOf(context, incidentId);
    const update = updateOf(incident, updateId);
    const outreach = context.projection.outreach(incidentId);
    const list = outreach.audiences.find((audience) => audience.id === update.audience)?.recipients ?? [];
    const resolved = resolveRecipients(list, context.projection.people(), context.projection.partners());
    const counts = deliveryCountsFromResolved(update.id, resolved, outreach.deliveries);
    const channels = deliveryChannelsOf(context, incidentId);
    const names = new Map(channels.map((channel) => [channel.channelId, channel.name]));
    const content = renderDeliverySheet({
      incident,
      update,
      audienceName: AUDIENCE_LABEL[update.audience],
      cut: updateToCut(incident, update, zone),
      channels,
      recipients: resolved.map((recipient, index) => ({ ...recipient, state: counts.recipients[index]!.state, tried: counts.recipients[index]!.tried })),
      channelName: (channelId) => names.get(channelId) ?? channelId,
      generatedAt: context.now(),
      zone,
    });
    return { fileName: deliverySheetFileName(incident, updateNumber(incident, update.id)), content };
  },
};
