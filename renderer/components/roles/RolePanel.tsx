import type { IncidentView } from '../../../shared/projection/views.js';

/** The incident's roles, their holders and hand-overs. (Being built.) */
export function RolePanel(_props: { readonly incident: IncidentView }) {
  return null;
}
