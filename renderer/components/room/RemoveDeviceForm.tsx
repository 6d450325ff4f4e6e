import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy } from '../refusal.js';
import { ReasonField } from '../forms/ReasonField.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
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
      <ReasonField
        id={`${id}-reason`}
        label={`Reason for removing ${who}`}
        value={reason}
        onChange={setReason}
        fieldRef={field}
        invalid={refusal?.code === 'invalid_input'}
        describedBy={describedBy(`${id}-meaning`, refusal !== null && errorId)}
        autoFocus
      />
      <FormAlert id={errorId} message={refusal?.message ?? null} />
      <SubmitOrCancel submit={`Remove ${who}`} tone="danger" pending={pending} onCancel={onClose} />
    </form>
  );
}
