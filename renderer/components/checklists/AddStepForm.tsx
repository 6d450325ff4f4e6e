import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import type { RoleView } from '../../../shared/projection/views.js';
import { DURATION_RULE, parseDuration } from '../../../shared/runbooks/duration.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { describedBy } from '../refusal.js';
import { useSubmission } from '../room/useSubmission.js';
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
  const id = useId();
  const [title, setTitle] = useState('');
  const [needs, setNeeds] = useState<ReadonlySet<string>>(new Set());
  const [role, setRole] = useState('');
  const [expect, setExpect] = useState('');
  const [details, setDetails] = useState('');
  const [problem, setProblem] = useState<{ readonly field: 'title' | 'expect'; readonly message: string } | null>(null);
  const titleField = useRef<HTMLInputElement>(null);
  const expectField = useRef<HTMLInputElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const errorId = `${id}-error`;
  const ordered = [...checklist.steps].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem({ field: 'title', message: 'Say what the step is.' });
      titleField.current?.focus();
      return;
    }
    const expectMs = expect.trim() === '' ? null : parseDuration(expect);
    if (expectMs === null && expect.trim() !== '') {
      setProblem({ field: 'expect', message: `The expected duration is not clear: ${DURATION_RULE}.` });
      expectField.current?.focus();
      return;
    }
    setProblem(null);
    const before = new Set(checklist.steps.map((step) => step.id));
    void submit(
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
      () => titleField.current?.focus(),
    );
  }

  function toggleNeed(stepId: string, on: boolean) {
    const next = new Set(needs);
    if (on) next.add(stepId);
    else next.delete(stepId);
    setNeeds(next);
  }

  const message = problem?.message ?? refusal?.message ?? null;
  return (
    <form
      className="step-form add-step"
      onSubmit={add}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label={`Add a step to ${checklist.title}`}
    >
      <div className="field">
        <label htmlFor={`${id}-title`}>Step</label>
        <input
          ref={titleField}
          id={`${id}-title`}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          autoComplete="off"
          aria-required="true"
          aria-invalid={problem?.field === 'title' || undefined}
          aria-describedby={describedBy(problem?.field === 'title' && errorId)}
          autoFocus
        />
      </div>
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
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value)}>
            <option value="">No role: anyone</option>
            {stepRoleChoices(checklist).map((roleId) => (
              <option key={roleId} value={roleId}>
                {roleName(roles, roleId)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-expect`}>Expected duration</label>
          <input
            ref={expectField}
            id={`${id}-expect`}
            value={expect}
            onChange={(event) => setExpect(event.target.value)}
            placeholder="20m"
            size={8}
            autoComplete="off"
            aria-invalid={problem?.field === 'expect' || undefined}
            aria-describedby={describedBy(`${id}-expect-hint`, problem?.field === 'expect' && errorId)}
          />
        </div>
      </div>
      <p id={`${id}-expect-hint`} className="hint">
        Like 45s, 20m, 2h or 1h30m; leave it empty if nobody knows.
      </p>
      <div className="field">
        <label htmlFor={`${id}-details`}>Details</label>
        <textarea id={`${id}-details`} value={details} onChange={(event) => setDetails(event.target.value)} rows={2} />
      </div>
      <FormAlert id={errorId} message={message} />
      <SubmitOrCancel submit="Add step" pending={pending} onCancel={onClose} />
    </form>
  );
}
