import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { StepView } from '../../../shared/projection/checklist-views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { submitOnEnter } from '../forms/submitOnEnter.js';
import { describedBy } from '../refusal.js';
import { useSubmission } from '../room/useSubmission.js';

/** A note on a step: what was seen, which host, what to watch. Kept with the step, for everyone. */
export function NoteStepForm({
  incidentId,
  checklistId,
  step,
  onDone,
  onClose,
}: {
  readonly incidentId: string;
  readonly checklistId: string;
  readonly step: StepView;
  readonly onDone: () => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const id = useId();
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (text.trim() === '') {
      field.current?.focus();
      return;
    }
    void submit(
      () => actions.noteStep({ incidentId, checklistId, stepId: step.id, text: text.trim() }),
      onDone,
      () => field.current?.focus(),
    );
  }

  return (
    <form
      className="step-form"
      onSubmit={send}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label={`Note on ${step.title}`}
    >
      <div className="field">
        <label htmlFor={`${id}-text`}>Note</label>
        <textarea
          ref={field}
          id={`${id}-text`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={submitOnEnter}
          rows={2}
          aria-describedby={describedBy(`${id}-hint`, refusal !== null && errorId)}
          autoFocus
        />
        <p id={`${id}-hint`} className="hint">
          Enter adds the note; Shift+Enter for a new line.
        </p>
      </div>
      <FormAlert id={errorId} message={refusal?.message ?? null} />
      <SubmitOrCancel submit="Add note" pending={pending} onCancel={onClose} />
    </form>
  );
}
