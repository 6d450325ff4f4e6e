import { useState } from 'react';
import type { FormEvent } from 'react';
import type { StepView } from '../../../shared/projection/checklist-views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { draftKey } from '../forms/useDraft.js';
import { useRequiredReason } from '../forms/useRequiredReason.js';

export type ReasonKind = 'block' | 'skip' | 'override';

const WORDING: Readonly<Record<ReasonKind, { readonly title: (step: string) => string; readonly field: string; readonly missing: string }>> = {
  block: {
    title: (step) => `Block ${step}`,
    field: 'Why it is blocked',
    missing: 'Say why the step is blocked: it is recorded for everyone and for the post-mortem.',
  },
  skip: {
    title: (step) => `Skip ${step}`,
    field: 'Why it is skipped',
    missing: 'Say why the step is skipped: it is recorded for everyone and for the post-mortem.',
  },
  override: {
    title: (step) => `Override the wait for ${step}`,
    field: 'Why it goes ahead now',
    missing: 'Say why this step goes ahead before its needs are done: the override is recorded.',
  },
};

/**
 * The reason a step is blocked or skipped, or goes ahead before its needs
 * are done. Asked before anything is sent, and said to be recorded: the
 * room sees it on the timeline and the post-mortem reads it.
 */
export function StepReasonForm({
  incidentId,
  checklistId,
  step,
  kind,
  overrideTo = 'in_progress',
  waitingOn = [],
  onDone,
  onClose,
}: {
  readonly incidentId: string;
  readonly checklistId: string;
  readonly step: StepView;
  readonly kind: ReasonKind;
  /** For an override: start it, or mark it done. */
  readonly overrideTo?: 'in_progress' | 'done';
  /** For an override: the titles it waits on. */
  readonly waitingOn?: readonly string[];
  readonly onDone: (status: StepView['status']) => void;
  readonly onClose: () => void;
}) {
  const actions = useActions();
  const [to, setTo] = useState<'in_progress' | 'done'>(overrideTo);
  const wording = WORDING[kind];
  const { form, reason, setReason, send } = useRequiredReason(wording.missing, draftKey(incidentId, 'step', step.id, kind));
  const status = kind === 'block' ? 'blocked' : kind === 'skip' ? 'skipped' : to;

  function record(event: FormEvent<HTMLFormElement>) {
    send(
      event,
      (why) => actions.setStepStatus({ incidentId, checklistId, stepId: step.id, status, reason: why, override: kind === 'override' }),
      () => onDone(status),
    );
  }

  return (
    <form
      className="step-form"
      onSubmit={record}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label={wording.title(step.title)}
    >
      {kind === 'override' && (
        <>
          <p className="step-form-intro">
            Still waiting on: {waitingOn.join('; ')}. Going ahead anyway is recorded with your name and reason, in the step&apos;s history and on the
            timeline.
          </p>
          <fieldset className="override-choice">
            <legend>Go ahead and</legend>
            <label>
              <input type="radio" name={`${form.id}-to`} checked={to === 'in_progress'} onChange={() => setTo('in_progress')} /> start it
            </label>
            <label>
              <input type="radio" name={`${form.id}-to`} checked={to === 'done'} onChange={() => setTo('done')} /> mark it done
            </label>
          </fieldset>
        </>
      )}
      <TextField
        form={form}
        name="reason"
        label={wording.field}
        value={reason}
        onChange={setReason}
        required
        autoFocus
        hint="Enter records it. Everyone sees it, on the timeline too."
      />
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel
        submit={kind === 'block' ? 'Block' : kind === 'skip' ? 'Skip' : to === 'done' ? 'Mark done anyway' : 'Start anyway'}
        tone={kind === 'block' ? 'danger' : 'primary'}
        pending={form.pending}
        onCancel={onClose}
      />
    </form>
  );
}
