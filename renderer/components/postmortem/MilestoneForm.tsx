import { useState } from 'react';
import type { FormEvent } from 'react';
import { MILESTONE_LABEL, MILESTONE_MEANING, type Milestone } from '../../../shared/postmortem/milestones.js';
import type { MilestonesView } from '../../../shared/projection/postmortem-views.js';
import { useActions } from '../../store/context.js';
import { parseLocalDateTime, zoneName } from '../../time/format.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { Field } from '../forms/Field.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { TextField } from '../forms/TextField.js';
import { draftKey, useDraft } from '../forms/useDraft.js';
import { useForm } from '../forms/useForm.js';
import { correctionProblem, localInputSeconds } from './milestoneWords.js';

/**
 * Sets a milestone, or corrects the time it shows, with the reason (metrics
 * are argued over, so the correction is recorded). An impossible order is
 * refused before it is sent, with the host's own sentence beside the time;
 * anything else the host refuses shows there too. A milestone set by hand
 * can be put back to what the status changes say.
 */
export function MilestoneForm({
  incidentId,
  milestone,
  milestones,
  onClose,
}: {
  readonly incidentId: string;
  readonly milestone: Milestone;
  readonly milestones: MilestonesView;
  readonly onClose: () => void;
}) {
  const scope = draftKey(incidentId, 'milestone', milestone);
  const form = useForm('at', scope);
  const actions = useActions();
  const current = milestones[milestone];
  const [when, setWhen] = useState(() => (current.at === null ? '' : localInputSeconds(current.at)));
  const [reason, setReason] = useDraft(draftKey(scope, 'reason'));
  const label = MILESTONE_LABEL[milestone];
  const title = `${current.at === null ? 'Set' : 'Correct'} ${label}`;
  // The alert shows under the field it is about: the reason (a time already shown is changed only with one), else the time.
  const alert = <FormAlert id={form.errorId} message={form.message} />;

  function send(at: number | null) {
    form.submit(() => actions.setMilestone({ incidentId, milestone, at, reason: reason.trim() }), onClose, undefined, onClose);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const at = parseLocalDateTime(when);
    if (at === null || at === 'invalid') return form.refuse('at', `Say when ${milestone === 'started' ? 'the impact started' : `it was ${milestone}`}: a date and a time.`);
    const refused = correctionProblem(milestones, milestone, at, Date.now());
    if (refused) return form.refuse('at', refused);
    send(at);
  }

  return (
    <form className="milestone-form" onSubmit={onSubmit} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={title}>
      <Field form={form} name="at" label={`${label} at (${zoneName(Date.now())})`} hint={MILESTONE_MEANING[milestone]}>
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            step={1}
            value={when}
            onChange={(event) => {
              setWhen(event.target.value);
              form.clear();
            }}
            autoFocus
          />
        )}
      </Field>
      {!form.invalid('reason') && alert}
      <TextField
        form={form}
        name="reason"
        label="Reason for the correction"
        value={reason}
        onChange={setReason}
        rows={2}
        required
        hint="Kept with the milestone and shown in the post-mortem: what says it happened then?"
      />
      {form.invalid('reason') && alert}
      <SubmitOrCancel submit={title} pending={form.pending} onCancel={onClose} />
      {current.source === 'set' && (
        <button type="button" className="quiet milestone-put-back" onClick={() => send(null)}>
          Put back what the status changes say
        </button>
      )}
    </form>
  );
}
