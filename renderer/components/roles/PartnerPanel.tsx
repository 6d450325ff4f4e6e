import type { IncidentView } from '../../../shared/projection/views.js';

/** The partners engaged in the incident and at which level. (Being built.) */
export function PartnerPanel(_props: { readonly incident: IncidentView }) {
  return null;
}
