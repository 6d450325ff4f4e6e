import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): each channel of the company's file, marked working, failing or unknown for this incident, with who and when; stale marks read unknown. */
export function ChannelsPanel({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
