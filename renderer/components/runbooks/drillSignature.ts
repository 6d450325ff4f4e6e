import type { IncidentView } from '../../../shared/projection/views.js';

/**
 * The drills the room knows of and where each stands, as one string: equal
 * strings mean nothing a drill history shows has changed, so the store's
 * every other change causes no fetch.
 */
export function drillSignature(state: { readonly incidents: Readonly<Record<string, IncidentView>> }, runbookId: string | null): string {
  const parts: string[] = [];
  for (const incident of Object.values(state.incidents)) {
    const drill = incident.drill;
    if (drill !== null && (runbookId === null || drill.runbookId === runbookId)) parts.push(`${incident.id}:${drill.state}:${drill.endedAt ?? ''}`);
  }
  return parts.sort().join(',');
}
