import { useEffect, useState } from 'react';
import type { ChannelSpec } from '../../../../shared/outreach/channel-catalogue.js';
import { FALLBACK_CHANNELS } from '../../../../shared/outreach/delivery/fallback-channels.js';
import { outboxChannels, type OutboxChannel } from '../../../../shared/outreach/delivery/outbox-channels.js';
import { useActions, useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useNow } from '../../../time/useNow.js';

/**
 * The channels an outbox offers: the channel file as the host reads it when
 * the outbox opens (a file edited during the incident counts), or the
 * standard channels when it cannot be read, with this incident's marks,
 * working first and failing last, judged now.
 */
export function useOutboxChannels(incidentId: string): OutboxChannel[] {
  const actions = useActions();
  const [catalogue, setCatalogue] = useState<readonly ChannelSpec[]>(FALLBACK_CHANNELS);
  const marked = useHoldfast((state) => selectOutreach(state, incidentId).channels);
  const now = useNow();
  useEffect(() => {
    let current = true;
    void actions.channelsForDelivery().then((result) => {
      if (current && result.ok && result.value.channels.length > 0) setCatalogue(result.value.channels);
    });
    return () => {
      current = false;
    };
  }, [actions]);
  return outboxChannels(catalogue, marked, now);
}
