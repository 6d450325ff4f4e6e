import type { FormEvent } from 'react';
import type { StepView } from '../../../shared/projection/checklist-views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { draftKey, useDraft } from '../forms/useDraft.js';
import { useForm } from '../forms/useForm.js';

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
  const scope = draftKey(incidentId, 'step', step.id, 'note');
  const form = useForm('text', scope);
  const [text, setText] = useDraft(draftKey(scope, 'text'));

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An empty note is not sent: the keyboard stays in the field.
    if (text.trim() === '') form.focus('text');
    else form.submit(() => actions.noteStep({ incidentId, checklistId, stepId: step.id, text: text.trim() }), onDone, undefined, onDone);
  }

  return (
    <form
      className="step-form"
      onSubmit={send}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label={`Note on ${step.title}`}
    >
      <TextField
        form={form}
        name="text"
        label="Note"
        value={text}
        onChange={setText}
        hint="Enter adds the note."
        autoFocus
      />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit="Add note" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
