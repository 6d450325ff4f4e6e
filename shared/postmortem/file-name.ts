/**
 * What a saved file about an incident is called (a post-mortem, a status
 * page): named after the incident, so a folder of them reads as a list.
 */
import type { IncidentView } from '../projection/views.js';
import { slug } from '../text/slug.js';
import { exportDate, UTC_ZONE } from '../time/export-time.js';

/** A folder of post-mortems and status pages stays readable as a list. */
const INCIDENT_SLUG_MAX_LENGTH = 48;

/** "eu-card-payments-fail": the title as a slug, kept short in a file name; the id when it has no Latin letters or digits (a title all in Japanese). */
export function incidentSlug(incident: Pick<IncidentView, 'id' | 'title'>): string {
  return slug(incident.title, incident.id, INCIDENT_SLUG_MAX_LENGTH);
}

/** "postmortem-checkout-is-down-2026-11-23.md" */
export function postMortemFileName(incident: Pick<IncidentView, 'id' | 'title' | 'declaredAt'>, extension: 'md' | 'html' | 'json' | 'pdf'): string {
  return `postmortem-${incidentSlug(incident)}-${exportDate(incident.declaredAt, UTC_ZONE)}.${extension}`;
}
