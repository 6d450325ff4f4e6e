import type { PartnerKind } from '../../../shared/people/engagement.js';

export const PARTNER_KIND_LABEL: Readonly<Record<PartnerKind, string>> = {
  provider: 'Provider',
  bank: 'Bank',
  vendor: 'Vendor',
  customer: 'Customer',
  other: 'Other',
};
