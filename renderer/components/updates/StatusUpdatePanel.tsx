import type { IncidentView } from '../../../shared/projection/views.js';

/** The reporter's composer and the updates sent. (Being built.) */
export function StatusUpdatePanel(_props: { readonly incident: IncidentView }) {
  return null;
}
