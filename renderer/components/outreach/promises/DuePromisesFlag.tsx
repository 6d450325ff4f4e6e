import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): a flag, on every laptop, for promises due or past due. */
export function DuePromisesFlag({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
