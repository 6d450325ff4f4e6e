import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): the summary strip's count of open promises, the next due, and a mark when one is due. */
export function OpenPromisesFact({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
