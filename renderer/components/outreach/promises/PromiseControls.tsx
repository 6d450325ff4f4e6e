import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PromiseOutcome } from '../../../../shared/outreach/vocabulary.js';
import type { PromiseView } from '../../../../shared/projection/outreach-views.js';
import { useActions } from '../../../store/context.js';
import { parseLocalDateTime, zoneName } from '../../../time/format.js';
import { FormAlert } from '../../FormAlert.js';
import { Field } from '../../forms/Field.js';
import { SubmitOrCancel } from '../../forms/SubmitOrCancel.js';
import { TextField } from '../../forms/TextField.js';
import { closeOnEscape } from '../../forms/closeOnEscape.js';
import { useFocusAfterClose } from '../../forms/useFocusAfterClose.js';
import { useForm } from '../../forms/useForm.js';
import { localInputValue } from '../../updates/updateWords.js';

type Doing = PromiseOutcome | 'move';

const BUTTON: Readonly<Record<Doing, string>> = { kept: 'Keep', broken: 'Break', withdrawn: 'Withdraw', move: 'Move due' };

/**
 * What can be done with an open promise, wherever it is shown (the due flag,
 * the Promises tab): keep it, break it, withdraw it, or move its due time.
 * Each opens a short form in place asking why (optional only for kept).
 */
export function PromiseControls({ incidentId, promise }: { readonly incidentId: string; readonly promise: PromiseView }) {
  const [doing, setDoing] = useState<Doing | null>(null);
  const { target, focusWhenBack } = useFocusAfterClose<HTMLButtonElement>();
  const close = () => {
    setDoing(null);
    focusWhenBack();
  };
  if (doing !== null) {
    return doing === 'move' ? (
      <MovePromiseForm incidentId={incidentId} promise={promise} onClose={close} />
    ) : (
      <ClosePromiseForm incidentId={incidentId} promise={promise} outcome={doing} onClose={close} />
    );
  }
  return (
    <div className="promise-controls" role="group" aria-label={`Promise to ${promise.to}`}>
      {(['kept', 'broken', 'withdrawn', 'move'] as const).map((one, index) => (
        <button key={one} ref={index === 0 ? target : undefined} type="button" className={one === 'kept' ? 'primary' : undefined} onClick={() => setDoing(one)}>
          {BUTTON[one]}
        </button>
      ))}
    </div>
  );
}

const REASON_LABEL: Readonly<Record<PromiseOutcome, string>> = {
  kept: 'How it was kept (optional)',
  broken: 'Why it was broken',
  withdrawn: 'Why it was withdrawn',
};

function ClosePromiseForm({ incidentId, promise, outcome, onClose }: { readonly incidentId: string; readonly promise: PromiseView; readonly outcome: PromiseOutcome; readonly onClose: () => void }) {
  const actions = useActions();
  const form = useForm('reason');
  const [reason, setReason] = useState('');
  const verb = outcome === 'kept' ? 'kept' : outcome;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (outcome !== 'kept' && reason.trim() === '') return form.refuse('reason', `Say why the promise to ${promise.to} was ${verb}: the post-mortem keeps it.`);
    form.submit(() => actions.closePromise({ incidentId, promiseId: promise.id, outcome, reason: reason.trim() }), onClose);
  }

  return (
    <form className="promise-form" onSubmit={submit} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={`Mark the promise to ${promise.to} ${verb}`}>
      <TextField form={form} name="reason" label={REASON_LABEL[outcome]} value={reason} onChange={setReason} required={outcome !== 'kept'} autoFocus />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit={`Mark ${verb}`} tone={outcome === 'kept' ? 'primary' : 'danger'} pending={form.pending} onCancel={onClose} />
    </form>
  );
}

function MovePromiseForm({ incidentId, promise, onClose }: { readonly incidentId: string; readonly promise: PromiseView; readonly onClose: () => void }) {
  const actions = useActions();
  const form = useForm('dueAt');
  const [due, setDue] = useState(() => localInputValue(Math.max(promise.dueAt, Date.now()) + 15 * 60_000));
  const [reason, setReason] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dueAt = parseLocalDateTime(due);
    if (typeof dueAt !== 'number') return form.refuse('dueAt', 'Say when it is due now (date and time).');
    if (reason.trim() === '') return form.refuse('reason', `Say why the promise to ${promise.to} moves (and that they were told).`);
    form.submit(() => actions.changePromiseDue({ incidentId, promiseId: promise.id, dueAt, reason: reason.trim() }), onClose);
  }

  return (
    <form className="promise-form" onSubmit={submit} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={`Move the promise to ${promise.to}`}>
      <Field form={form} name="dueAt" label={`New due time (${zoneName(Date.now())})`}>
        {(control) => <input {...control} type="datetime-local" value={due} onChange={(event) => setDue(event.target.value)} autoFocus />}
      </Field>
      <TextField form={form} name="reason" label="Why it moves" value={reason} onChange={setReason} required />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit="Move due" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
