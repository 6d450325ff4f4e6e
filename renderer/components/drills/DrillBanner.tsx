import type { IncidentView } from '../../../shared/projection/views.js';

/** A drill's timer, target and result. (Being built.) */
export function DrillBanner(_props: { readonly incident: IncidentView }) {
  return null;
}
