import type { IncidentView } from '../../../../shared/projection/views.js';

/** PLACEHOLDER (issue 16 contract): a button that saves the one-page briefing for management (self-contained HTML). */
export function BriefingButton({ incident }: { readonly incident: IncidentView }) {
  void incident;
  return null;
}
