import type { IncidentView } from '../../../shared/projection/views.js';
import { sumProgress } from './progressFigures.js';
import './checklists.css';

/** The incident's checklists in a few words for the incident list: steps done of all, any blocked, and any done awaiting a second person. */
export function ChecklistFigure({ incident }: { readonly incident: Pick<IncidentView, 'checklists'> }) {
  if (incident.checklists.length === 0) return null;
  const progress = sumProgress(incident.checklists.map((checklist) => checklist.progress));
  return (
    <span className="checklist-figure">
      {progress.done}/{progress.total} steps done
      {progress.blocked > 0 && <span className="blocked">, {progress.blocked} blocked</span>}
      {progress.awaitingConfirmation > 0 && <span className="awaiting">, {progress.awaitingConfirmation} awaiting confirmation</span>}
    </span>
  );
}
