import { useState } from 'react';
import type { FormEvent } from 'react';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';

/**
 * The coordinator's decision to put a device out of the room (a lost
 * laptop, someone who left): said with a reason everyone will see, and
 * confirmed by pressing a second button that names who goes.
 */
export function RemoveDeviceForm({ device, who, onClose }: { readonly device: string; readonly who: string; readonly onClose: () => void }) {
  const actions = useActions();
  const form = useForm('reason');
  const [reason, setReason] = useState('');

  function remove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(() => actions.removeDevice(device, reason), onClose);
  }

  return (
    <form className="remove-device" onSubmit={remove} noValidate aria-labelledby={`${form.id}-heading`}>
      <h3 id={`${form.id}-heading`}>Remove {who} from the room (coordinator)</h3>
      <p id={`${form.id}-meaning`}>
        Every laptop that hears of this keeps what {who} wrote until now and sets aside anything it writes later. Everyone sees
        who removed it and why. It cannot be undone here.
      </p>
      <TextField
        form={form}
        name="reason"
        label={`Reason for removing ${who}`}
        value={reason}
        onChange={setReason}
        rows={2}
        required
        describedByAlso={[`${form.id}-meaning`]}
        autoFocus
      />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit={`Remove ${who}`} tone="danger" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
