/**
 * The channels a delivery may name: the company's file as the channels
 * operations read it, or the standard ones while this laptop cannot read
 * it, with any channel marked in the incident (it was in someone's file).
 */
import type { ChannelSpec } from '../../shared/outreach/channel-catalogue.js';
import { FALLBACK_CHANNELS } from '../../shared/outreach/delivery/fallback-channels.js';
import { outboxChannels, type OutboxChannel } from '../../shared/outreach/delivery/outbox-channels.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationContext } from './operation-context.js';
import { outreachChannelOperations } from './outreach-channel-operations.js';

function catalogueOf(context: OperationContext): readonly ChannelSpec[] {
  try {
    const { channels } = outreachChannelOperations.listChannels(context, {});
    return channels.length > 0 ? channels : FALLBACK_CHANNELS;
  } catch (error) {
    if (error instanceof HoldfastFailure) return FALLBACK_CHANNELS;
    throw error;
  }
}

export function deliveryChannelsOf(context: OperationContext, incidentId: string): OutboxChannel[] {
  return outboxChannels(catalogueOf(context), context.projection.outreach(incidentId).channels, context.now());
}
