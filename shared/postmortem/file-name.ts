/**
 * What a saved file about an incident is called (a post-mortem, a status
 * page): named after the incident, so a folder of them reads as a list.
 */
import type { IncidentView } from '../projection/views.js';
import { utcDay } from './utc-time.js';

/** "eu-card-payments-fail": the title's Latin letters and digits; the id when it has none (a title all in Japanese). */
export function incidentSlug(incident: Pick<IncidentView, 'id' | 'title'>): string {
  const slug = incident.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug === '' ? incident.id : slug;
}

/** "postmortem-checkout-is-down-2026-11-23.md" */
export function postMortemFileName(incident: Pick<IncidentView, 'id' | 'title' | 'declaredAt'>, extension: 'md' | 'html' | 'json' | 'pdf'): string {
  return `postmortem-${incidentSlug(incident)}-${utcDay(incident.declaredAt)}.${extension}`;
}
