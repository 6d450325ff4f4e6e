import type { IncidentView } from '../../../shared/projection/views.js';

/** The incident's checklists. (Being built.) */
export function ChecklistPanel(_props: { readonly incident: IncidentView }) {
  return null;
}
