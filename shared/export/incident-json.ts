/**
 * The incident as a JSON document a person can keep or feed to other tools.
 * `format` and `version` say what it is; the version goes up when a field's
 * meaning changes, and fields are only ever added.
 */
import type { IncidentView, TimelineEntryView } from '../projection/views.js';

export const INCIDENT_EXPORT_FORMAT = 'holdfast.incident';
export const INCIDENT_EXPORT_VERSION = 1;

export interface IncidentExport {
  readonly format: typeof INCIDENT_EXPORT_FORMAT;
  readonly version: typeof INCIDENT_EXPORT_VERSION;
  /** ISO 8601, UTC. */
  readonly exportedAt: string;
  readonly incident: IncidentView;
  /** In timeline order; every time is in ms since the epoch. */
  readonly timeline: readonly TimelineEntryView[];
}

export function incidentExport(incident: IncidentView, timeline: readonly TimelineEntryView[], now: number): IncidentExport {
  return {
    format: INCIDENT_EXPORT_FORMAT,
    version: INCIDENT_EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    incident,
    timeline,
  };
}
