import { deliveryCounts, type UpdateDeliveryCounts } from '../../../../shared/outreach/delivery-counts.js';
import { resolveRecipients, type ResolvedRecipient } from '../../../../shared/outreach/resolve-recipients.js';
import type { AudienceListView } from '../../../../shared/projection/outreach-views.js';
import type { StatusUpdateView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';

/** An audience's list as people to reach, with the roster this laptop holds now. */
export function useResolvedList(list: AudienceListView | undefined): ResolvedRecipient[] {
  const people = useHoldfast((state) => state.people) ?? [];
  const partners = useHoldfast((state) => state.partners) ?? [];
  return resolveRecipients(list?.recipients ?? [], people, partners);
}

/** How far an update got: delivered, pending and failed, per recipient. */
export function useUpdateDeliveries(incidentId: string, update: Pick<StatusUpdateView, 'id' | 'audience'>): UpdateDeliveryCounts {
  const outreach = useHoldfast((state) => selectOutreach(state, incidentId));
  const people = useHoldfast((state) => state.people) ?? [];
  const partners = useHoldfast((state) => state.partners) ?? [];
  return deliveryCounts(update, outreach, people, partners);
}
