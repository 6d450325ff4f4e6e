import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): each audience's list for this incident, drawn from the roster and the partners, editable. */
export function RecipientsPanel({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
