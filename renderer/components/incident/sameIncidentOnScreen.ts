/**
 * Whether a panel showing an incident has anything new to draw. With each
 * line a scribe adds, the host sends the incident again and only its entry
 * count has moved (the store keeps every unchanged part as it was, see
 * renderer/store/keptIncident.ts); no panel beside the timeline shows that
 * count, so drawing them all again would only hold up the new line.
 */
import type { IncidentView } from '../../../shared/projection/views.js';

export interface IncidentPanelProps {
  readonly incident: IncidentView;
}

/** For React.memo: the same incident on screen, whatever its entry count. */
export function sameIncidentOnScreen(previous: IncidentPanelProps, next: IncidentPanelProps): boolean {
  const keys = Object.keys(next.incident) as (keyof IncidentView)[];
  return (
    keys.length === Object.keys(previous.incident).length &&
    keys.every((key) => key === 'entryCount' || Object.is(previous.incident[key], next.incident[key]))
  );
}
