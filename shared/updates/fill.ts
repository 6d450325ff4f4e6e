/**
 * What each placeholder says for one incident at one moment. How times and
 * durations read is passed in: the composer writes them in the reporter's
 * own local format, and a test in a fixed one.
 */
import { incidentDurationMs, type IncidentView } from '../projection/views.js';
import { STATUS_LABEL } from '../status.js';
import { fillPlaceholders, type PlaceholderValues } from './placeholders.js';

export interface FillContext {
  readonly now: number;
  /** When the next update is promised; null for "no further updates". */
  readonly nextUpdateAt: number | null;
  readonly formatTime: (ms: number) => string;
  readonly formatDuration: (ms: number) => string;
}

export const TO_BE_NAMED = 'to be named';
export const NO_FURTHER_UPDATES = 'no further updates';
/** An incident declared without a summary: the update still reads as a sentence. */
export const IMPACT_NOT_YET_KNOWN = 'The impact is still being assessed.';

export function placeholderValues(incident: IncidentView, context: FillContext): PlaceholderValues {
  const holderOf = (roleId: string) => incident.roles.find((role) => role.id === roleId)?.holder ?? TO_BE_NAMED;
  return {
    title: incident.title,
    severity: incident.severity,
    status: STATUS_LABEL[incident.status],
    impact: incident.summary.trim() === '' ? IMPACT_NOT_YET_KNOWN : incident.summary.trim(),
    public_impact: incident.publicImpact.trim() === '' ? IMPACT_NOT_YET_KNOWN : incident.publicImpact.trim(),
    started: context.formatTime(incident.declaredAt),
    duration: context.formatDuration(incidentDurationMs(incident, context.now)),
    next_update: context.nextUpdateAt === null ? NO_FURTHER_UPDATES : context.formatTime(context.nextUpdateAt),
    incident_id: incident.id,
    coordinator: holderOf('coordinator'),
    reporter: holderOf('reporter'),
    now: context.formatTime(context.now),
  };
}

/** A template's text with the incident's facts written in. */
export function fillTemplate(body: string, incident: IncidentView, context: FillContext): string {
  return fillPlaceholders(body, placeholderValues(incident, context));
}
