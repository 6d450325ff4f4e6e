/**
 * The briefing made into the file a person saves or sends: one function for
 * the desktop app, the headless peer and the terminal, so all three make
 * the same file from the same war room at the same moment.
 */
import type { ExportedFile } from '../api.js';
import { incidentSlug } from '../postmortem/file-name.js';
import type { IncidentView } from '../projection/views.js';
import { exportClock, exportDate, type ExportZone } from '../time/export-time.js';
import { buildBriefing, type BriefingInput } from './briefing.js';
import { renderBriefingHtml } from './render-briefing-html.js';

/** "briefing-checkout-is-down-2026-11-23-1405.html": to the minute, since a new one is made every half hour and they sort as a list. */
export function briefingFileName(incident: Pick<IncidentView, 'id' | 'title'>, now: number, zone: ExportZone): string {
  return `briefing-${incidentSlug(incident)}-${exportDate(now, zone)}-${exportClock(now, zone).replace(':', '')}.html`;
}

export function briefingFile(input: BriefingInput): ExportedFile {
  return { fileName: briefingFileName(input.detail.incident, input.now, input.zone), content: renderBriefingHtml(buildBriefing(input)) };
}
