import { useActions } from '../../store/context.js';
import { RequiredReasonForm } from '../forms/RequiredReasonForm.js';
import { draftKey } from '../forms/useDraft.js';

/**
 * Ending a drill before its checklist is done: asked with a reason, since a
 * stopped drill stays in the runbook's history and the next team will want
 * to know why it never finished (a real incident, a step that cannot be
 * rehearsed, a runbook that was wrong).
 */
export function StopDrillForm({ incidentId, onStopped, onClose }: { readonly incidentId: string; readonly onStopped: () => void; readonly onClose: () => void }) {
  const actions = useActions();
  return (
    <RequiredReasonForm
      className="stop-drill-form"
      label="Stop the drill"
      reasonLabel="Reason for stopping"
      missingMessage="Say why the drill stops: it is kept in the runbook’s drill history."
      submit="Stop drill"
      send={(why) => actions.stopDrill({ incidentId, reason: why })}
      onDone={onStopped}
      draftScope={draftKey(incidentId, 'drill', 'stop')}
      onClose={onClose}
    />
  );
}
