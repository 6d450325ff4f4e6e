import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy } from '../refusal.js';
import { useSubmission } from '../room/useSubmission.js';

/**
 * Ending a drill before its checklist is done: asked with a reason, since a
 * stopped drill stays in the runbook's history and the next team will want
 * to know why it never finished (a real incident, a step that cannot be
 * rehearsed, a runbook that was wrong).
 */
export function StopDrillForm({ incidentId, onStopped, onClose }: { readonly incidentId: string; readonly onStopped: () => void; readonly onClose: () => void }) {
  const actions = useActions();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;

  function stop(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    void submit(
      () => actions.stopDrill({ incidentId, reason: reason.trim() }),
      onStopped,
      () => field.current?.focus(),
    );
  }

  const message = missing && reason.trim() === '' ? 'Say why the drill stops: it is kept in the runbook’s drill history.' : (refusal?.message ?? null);
  return (
    <form
      className="stop-drill-form"
      onSubmit={stop}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
      noValidate
      aria-label="Stop the drill"
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for stopping</label>
        <textarea
          ref={field}
          id={`${id}-reason`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={2}
          aria-required="true"
          aria-invalid={message !== null || undefined}
          aria-describedby={describedBy(message !== null && errorId)}
          autoFocus
        />
      </div>
      <FormAlert id={errorId} message={message} />
      <div className="form-actions">
        <button type="submit" className="danger" aria-busy={pending}>
          Stop drill
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
