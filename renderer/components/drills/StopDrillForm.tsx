import { useId } from 'react';
import type { FormEvent } from 'react';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { ReasonField } from '../forms/ReasonField.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { useRequiredReason } from '../forms/useRequiredReason.js';
import { describedBy } from '../refusal.js';

/**
 * Ending a drill before its checklist is done: asked with a reason, since a
 * stopped drill stays in the runbook's history and the next team will want
 * to know why it never finished (a real incident, a step that cannot be
 * rehearsed, a runbook that was wrong).
 */
export function StopDrillForm({ incidentId, onStopped, onClose }: { readonly incidentId: string; readonly onStopped: () => void; readonly onClose: () => void }) {
  const actions = useActions();
  const id = useId();
  const { reason, setReason, field, pending, message, send } = useRequiredReason('Say why the drill stops: it is kept in the runbook’s drill history.');
  const errorId = `${id}-error`;

  function stop(event: FormEvent<HTMLFormElement>) {
    send(event, (why) => actions.stopDrill({ incidentId, reason: why }), onStopped);
  }

  return (
    <form className="stop-drill-form" onSubmit={stop} onKeyDown={closeOnEscape(onClose)} noValidate aria-label="Stop the drill">
      <ReasonField
        id={`${id}-reason`}
        label="Reason for stopping"
        value={reason}
        onChange={setReason}
        fieldRef={field}
        invalid={message !== null}
        describedBy={describedBy(message !== null && errorId)}
        autoFocus
      />
      <FormAlert id={errorId} message={message} />
      <SubmitOrCancel submit="Stop drill" tone="danger" pending={pending} onCancel={onClose} />
    </form>
  );
}
