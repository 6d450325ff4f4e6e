/**
 * What Holdfast writes for the summary and impact until a person does: the
 * facts it holds, in a sentence, and the impact summary given when the
 * incident was declared. Marked as drafted wherever it is shown.
 */
import { formatDuration } from '../duration.js';
import type { IncidentView } from '../projection/views.js';
import { STATUS_LABEL } from '../status.js';
import { SEVERITIES, type Severity } from '../severity.js';
import { exportMinute, type ExportZone } from '../time/export-time.js';

function highestSeverity(incident: Pick<IncidentView, 'severity' | 'severityHistory'>): Severity {
  const seen = new Set<Severity>([incident.severity, ...incident.severityHistory.map((change) => change.severity)]);
  return SEVERITIES.find((severity) => seen.has(severity)) ?? incident.severity;
}

/**
 * "“Checkout is down” was a SEV1 incident: the impact lasted 55m 00s, from ... to ...".
 * Drafted afresh at each export, so its times are in the export's zone.
 */
export function draftedSummary(incident: IncidentView, duration: { readonly from: number; readonly to: number; readonly ms: number; readonly open: boolean }, zone: ExportZone): string {
  const what = `${highestSeverity(incident)} ${incident.drill ? 'drill' : 'incident'}`;
  if (!duration.open) {
    return `“${incident.title}” was a ${what}: the impact lasted ${formatDuration(duration.ms)}, from ${exportMinute(duration.from, zone)} to ${exportMinute(duration.to, zone)}.`;
  }
  return `“${incident.title}” is a ${what}, ${STATUS_LABEL[incident.status].toLowerCase()}: the impact has lasted ${formatDuration(duration.ms)} so far, since ${exportMinute(duration.from, zone)}.`;
}

/** The impact summary typed when it was declared, or null when none was. */
export function draftedImpact(incident: Pick<IncidentView, 'summary'>): string | null {
  const summary = incident.summary.trim();
  return summary === '' ? null : summary;
}
