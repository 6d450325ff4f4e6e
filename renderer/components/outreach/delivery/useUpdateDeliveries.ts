import { deliveryCounts, type UpdateDeliveryCounts } from '../../../../shared/outreach/delivery-counts.js';
import { resolveRecipients, type ResolvedRecipient } from '../../../../shared/outreach/resolve-recipients.js';
import type { AudienceListView } from '../../../../shared/projection/outreach-views.js';
import { useMemo } from 'react';
import type { PartnerView, PersonView, StatusUpdateView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';

const NOBODY: readonly PersonView[] = [];
const NO_PARTNERS: readonly PartnerView[] = [];

/** An audience's list as people to reach, with the roster this laptop holds now. */
export function useResolvedList(list: AudienceListView | undefined): ResolvedRecipient[] {
  const people = useHoldfast((state) => state.people) ?? NOBODY;
  const partners = useHoldfast((state) => state.partners) ?? NO_PARTNERS;
  // The sent updates redraw every second for their clocks; the roster does not change that often.
  return useMemo(() => resolveRecipients(list?.recipients ?? [], people, partners), [list, people, partners]);
}

/** How far an update got: delivered, pending and failed, per recipient. */
export function useUpdateDeliveries(incidentId: string, update: Pick<StatusUpdateView, 'id' | 'audience'>): UpdateDeliveryCounts {
  const outreach = useHoldfast((state) => selectOutreach(state, incidentId));
  const people = useHoldfast((state) => state.people) ?? NOBODY;
  const partners = useHoldfast((state) => state.partners) ?? NO_PARTNERS;
  return useMemo(() => deliveryCounts(update, outreach, people, partners), [update, outreach, people, partners]);
}
