import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): a flag, on every laptop, for a role whose holder has not acknowledged the brief 15 minutes after it was written. */
export function UnacknowledgedBriefsFlag({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
