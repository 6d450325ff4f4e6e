import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import type { RoleView } from '../../../shared/projection/views.js';
import { DURATION_RULE, parseDuration } from '../../../shared/runbooks/duration.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { Field } from '../forms/Field.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { draftKey, useDraft } from '../forms/useDraft.js';
import { useForm } from '../forms/useForm.js';
import { roleName, stepRoleChoices } from './stepRoles.js';

/**
 * A step the runbook did not foresee, added while the incident runs: what
 * it is, which steps must finish first (chosen from the checklist's own),
 * whose role it is, how long it should take ("20m"), and how to do it.
 */
export function AddStepForm({
  incidentId,
  checklist,
  roles,
  numbers,
  onAdded,
  onClose,
}: {
  readonly incidentId: string;
  readonly checklist: ChecklistView;
  readonly roles: readonly RoleView[];
  readonly numbers: ReadonlyMap<string, number>;
  readonly onAdded: (stepId: string | null) => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const scope = draftKey(incidentId, 'checklist', checklist.id, 'add-step');
  const form = useForm('title', scope);
  const [title, setTitle] = useState('');
  const [needs, setNeeds] = useState<ReadonlySet<string>>(new Set());
  const [role, setRole] = useState('');
  const [expect, setExpect] = useState('');
  const [details, setDetails] = useDraft(draftKey(scope, 'details'));
  const ordered = [...checklist.steps].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (title.trim() === '') return form.refuse('title', 'Say what the step is.');
    const expectMs = expect.trim() === '' ? null : parseDuration(expect);
    if (expectMs === null && expect.trim() !== '') return form.refuse('expectMs', `The expected duration is not clear: ${DURATION_RULE}.`);
    const before = new Set(checklist.steps.map((step) => step.id));
    form.submit(
      () =>
        actions.addStep({
          incidentId,
          checklistId: checklist.id,
          title: title.trim(),
          details: details.trim(),
          needs: ordered.filter((step) => needs.has(step.id)).map((step) => step.id),
          role: role === '' ? null : role,
          expectMs,
        }),
      (updated) => onAdded(updated.steps.find((step) => !before.has(step.id))?.id ?? null),
      undefined,
      () => onAdded(null),
    );
  }

  function toggleNeed(stepId: string, on: boolean) {
    const next = new Set(needs);
    if (on) next.add(stepId);
    else next.delete(stepId);
    setNeeds(next);
  }

  return (
    <form
      className="step-form add-step"
      onSubmit={add}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label={`Add a step to ${checklist.title}`}
    >
      <TextField form={form} name="title" label="Step" value={title} onChange={setTitle} required autoFocus />
      <fieldset className="add-step-needs">
        <legend>Needs: the steps that must finish first</legend>
        <ul>
          {ordered.map((step) => (
            <li key={step.id}>
              <label>
                <input type="checkbox" checked={needs.has(step.id)} onChange={(event) => toggleNeed(step.id, event.target.checked)} /> {numbers.get(step.id)}.{' '}
                {step.title}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="step-form-row">
        <Field form={form} name="role" label="Role">
          {(control) => (
            <select {...control} value={role} onChange={(event) => setRole(event.target.value)}>
              <option value="">No role: anyone</option>
              {stepRoleChoices(checklist).map((roleId) => (
                <option key={roleId} value={roleId}>
                  {roleName(roles, roleId)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form={form} name="expectMs" label="Expected duration" describedByAlso={[`${form.id}-expect-hint`]}>
          {(control) => <input {...control} value={expect} onChange={(event) => setExpect(event.target.value)} placeholder="20m" size={8} autoComplete="off" />}
        </Field>
      </div>
      <p id={`${form.id}-expect-hint`} className="hint">
        Like 45s, 20m, 2h or 1h30m; leave it empty if nobody knows.
      </p>
      <TextField form={form} name="details" label="Details" value={details} onChange={setDetails} rows={2} />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit="Add step" pending={form.pending} onCancel={onClose} />
    </form>
  );
}
