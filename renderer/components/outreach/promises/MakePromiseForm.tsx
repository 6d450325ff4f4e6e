import { useState } from 'react';
import type { FormEvent } from 'react';
import { useActions, useHoldfast } from '../../../store/context.js';
import { parseLocalDateTime, zoneName } from '../../../time/format.js';
import { FormAlert } from '../../FormAlert.js';
import { Field } from '../../forms/Field.js';
import { SubmitOrCancel } from '../../forms/SubmitOrCancel.js';
import { TextField } from '../../forms/TextField.js';
import { closeOnEscape } from '../../forms/closeOnEscape.js';
import { useForm } from '../../forms/useForm.js';
import { localInputValue } from '../../updates/updateWords.js';

export interface PromiseDraft {
  readonly what: string;
  readonly to: string;
  readonly dueAt: number;
}

/**
 * Recording a promise made to someone outside the room: what, to whom, who
 * made it (the person at this laptop unless changed) and when it is due.
 * Opened from the Promises tab, or from an update it was made in.
 */
export function MakePromiseForm({
  incidentId,
  draft,
  updateId = null,
  label,
  onDone,
  onClose,
}: {
  readonly incidentId: string;
  readonly draft: PromiseDraft;
  /** The update it was made in, when it was. */
  readonly updateId?: string | null;
  /** The form's accessible name. */
  readonly label: string;
  readonly onDone: () => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const me = useHoldfast((state) => state.session?.name ?? '');
  const form = useForm('what');
  const [what, setWhat] = useState(draft.what);
  const [to, setTo] = useState(draft.to);
  const [madeBy, setMadeBy] = useState(me);
  const [due, setDue] = useState(() => localInputValue(draft.dueAt));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (what.trim() === '') return form.refuse('what', 'Say what was promised.');
    if (to.trim() === '') return form.refuse('to', 'Say to whom it was promised.');
    const dueAt = parseLocalDateTime(due);
    if (typeof dueAt !== 'number') return form.refuse('dueAt', 'Say when it is due (date and time).');
    const maker = madeBy.trim();
    form.submit(() => actions.makePromise({ incidentId, what: what.trim(), to: to.trim(), dueAt, updateId, ...(maker === '' ? {} : { madeBy: maker }) }), onDone);
  }

  return (
    <form className="promise-form make-promise" onSubmit={submit} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={label}>
      <TextField form={form} name="what" label="What was promised" value={what} onChange={setWhat} required autoFocus className="field grow" />
      <div className="promise-form-row">
        <TextField form={form} name="to" label="To whom" value={to} onChange={setTo} required />
        <TextField form={form} name="madeBy" label="Made by" value={madeBy} onChange={setMadeBy} hint="Left empty: you." />
        <Field form={form} name="dueAt" label={`Due (${zoneName(Date.now())})`}>
          {(control) => <input {...control} type="datetime-local" value={due} onChange={(event) => setDue(event.target.value)} />}
        </Field>
      </div>
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit="Record promise" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
