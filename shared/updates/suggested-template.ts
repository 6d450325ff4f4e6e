import type { IncidentStatus } from '../status.js';
import type { Audience } from './audience.js';
import type { StatusTemplate } from './status-template.js';

/**
 * The template the composer offers first: one written for the incident's
 * current status, else one written for any status; never one written for
 * another moment (a "we are investigating" sent for a resolved incident).
 * Without an audience, the first such template of any audience, in the
 * kit's order (internal first).
 */
export function suggestedTemplate(templates: readonly StatusTemplate[], audience: Audience | null, status: IncidentStatus): StatusTemplate | null {
  const candidates = audience === null ? templates : templates.filter((template) => template.audience === audience);
  return (
    candidates.find((template) => template.statuses.includes(status)) ??
    candidates.find((template) => template.statuses.length === 0) ??
    null
  );
}
