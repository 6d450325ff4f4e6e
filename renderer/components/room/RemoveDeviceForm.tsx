import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy } from '../refusal.js';
import { useSubmission } from './useSubmission.js';

/**
 * The coordinator's decision to put a device out of the room (a lost
 * laptop, someone who left): said with a reason everyone will see, and
 * confirmed by pressing a second button that names who goes.
 */
export function RemoveDeviceForm({ device, who, onClose }: { readonly device: string; readonly who: string; readonly onClose: () => void }) {
  const actions = useActions();
  const id = useId();
  const [reason, setReason] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;

  function remove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(
      () => actions.removeDevice(device, reason),
      onClose,
      () => field.current?.focus(),
    );
  }

  return (
    <form className="remove-device" onSubmit={remove} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Remove {who} from the room (coordinator)</h3>
      <p id={`${id}-meaning`}>
        Every laptop that hears of this keeps what {who} wrote until now and sets aside anything it writes later. Everyone sees
        who removed it and why. It cannot be undone here.
      </p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason for removing {who}</label>
        <textarea
          ref={field}
          id={`${id}-reason`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          rows={2}
          aria-required="true"
          aria-invalid={refusal?.code === 'invalid_input' || undefined}
          aria-describedby={describedBy(`${id}-meaning`, refusal !== null && errorId)}
          autoFocus
        />
      </div>
      <FormAlert id={errorId} message={refusal?.message ?? null} />
      <div className="form-actions">
        <button type="submit" className="danger" aria-busy={pending}>
          Remove {who}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
