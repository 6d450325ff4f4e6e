import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): promises made outside the room, open ones first, due ones flagged, each closed as kept, broken or withdrawn. */
export function PromisesPanel({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
