import type { IncidentView } from '../../../shared/projection/views.js';

/** Checklist steps neither done nor skipped, over all the incident's checklists: what resolving would leave behind. */
export function openSteps(incident: IncidentView): number {
  return incident.checklists.reduce((sum, { progress }) => sum + progress.total - progress.done - progress.skipped, 0);
}

/** "3 checklist steps are still open. Resolve anyway?" */
export function resolveQuestion(open: number): string {
  return `${open} checklist ${open === 1 ? 'step is' : 'steps are'} still open. Resolve anyway?`;
}
