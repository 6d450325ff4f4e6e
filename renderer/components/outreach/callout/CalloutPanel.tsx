import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): the incident's call-out list: to call, called, reached, acknowledged; the next in a chain offered after the escalation time. */
export function CalloutPanel({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
