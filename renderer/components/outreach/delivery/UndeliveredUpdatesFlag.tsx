import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): a flag, on every laptop, for an update delivered to nobody 10 minutes after it was published. */
export function UndeliveredUpdatesFlag({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
