import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): a flag, on every laptop, for people on the call-out not reached after the escalation time. */
export function CalloutEscalationFlag({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
