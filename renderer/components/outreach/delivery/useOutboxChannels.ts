import type { ChannelSpec } from '../../../../shared/outreach/channel-catalogue.js';
import { FALLBACK_CHANNELS } from '../../../../shared/outreach/delivery/fallback-channels.js';
import { outboxChannels, type OutboxChannel } from '../../../../shared/outreach/delivery/outbox-channels.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useHostResource } from '../../../store/useHostResource.js';
import { useNow } from '../../../time/useNow.js';

/**
 * The channels an outbox offers: the channel file as the host reads it (a
 * file edited during the incident counts), or the standard channels while
 * it cannot be read, with this incident's marks, working first and failing
 * last, judged now.
 */
export function useOutboxChannels(incidentId: string): OutboxChannel[] {
  const { resource } = useHostResource('listChannels', {});
  const marked = useHoldfast((state) => selectOutreach(state, incidentId).channels);
  const now = useNow();
  const catalogue: readonly ChannelSpec[] = resource.state === 'loaded' && resource.value.channels.length > 0 ? resource.value.channels : FALLBACK_CHANNELS;
  return outboxChannels(catalogue, marked, now);
}
