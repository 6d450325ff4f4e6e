/**
 * An update of an incident as the channels cut it: its number among the
 * incident's updates, the impact customers are told (the only impact the
 * room writes for outside readers), and the next update's time in `zone`,
 * with the day when it is not the update's own day.
 */
import type { IncidentView, StatusUpdateView } from '../../projection/views.js';
import { exportClock, exportDate, exportReadableMinute, exportZoneLabel, type ExportZone } from '../../time/export-time.js';
import type { UpdateToCut } from './update-to-cut.js';

export function updateNumber(incident: Pick<IncidentView, 'statusUpdates'>, updateId: string): number {
  const ordered = [...incident.statusUpdates].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  return ordered.findIndex((update) => update.id === updateId) + 1;
}

export function updateToCut(incident: IncidentView, update: StatusUpdateView, zone: ExportZone): UpdateToCut {
  return {
    incidentTitle: incident.title,
    severity: incident.severity,
    impact: incident.publicImpact,
    text: update.text,
    number: updateNumber(incident, update.id),
    nextUpdate: update.nextUpdateAt === null ? '' : nextUpdateWords(update.at, update.nextUpdateAt, zone),
  };
}

function nextUpdateWords(at: number, next: number, zone: ExportZone): string {
  if (exportDate(at, zone) !== exportDate(next, zone)) return exportReadableMinute(next, zone);
  return `${exportClock(next, zone)} ${exportZoneLabel(next, zone)}`;
}
