import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { MILESTONE_LABEL, MILESTONE_MEANING, type Milestone } from '../../../shared/postmortem/milestones.js';
import type { MilestonesView } from '../../../shared/projection/postmortem-views.js';
import { useActions } from '../../store/context.js';
import { parseLocalDateTime } from '../../time/format.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { ReasonField } from '../forms/ReasonField.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { describedBy } from '../refusal.js';
import { useSubmission } from '../room/useSubmission.js';
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
  const id = useId();
  const actions = useActions();
  const current = milestones[milestone];
  const [when, setWhen] = useState(() => (current.at === null ? '' : localInputSeconds(current.at)));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const whenField = useRef<HTMLInputElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const { submit, pending, refusal } = useSubmission();
  const label = MILESTONE_LABEL[milestone];
  const title = `${current.at === null ? 'Set' : 'Correct'} ${label}`;
  const errorId = `${id}-error`;
  const reasonErrorId = `${id}-reason-error`;
  // A time already shown is changed only with a reason (the host's rule; the order and the clock are checked here first):
  // that refusal shows under the reason, any other under the time.
  const needsReason = current.at !== null && reason.trim() === '';
  const reasonRefused = refusal?.code === 'invalid_input' && needsReason;
  const message = problem ?? (reasonRefused ? null : (refusal?.message ?? null));

  function send(at: number | null) {
    setProblem(null);
    void submit(
      () => actions.setMilestone({ incidentId, milestone, at, reason: reason.trim() }),
      onClose,
      // A refusal about the reason puts the keyboard there; any other, on the time.
      (error) => (error.code === 'invalid_input' && needsReason ? reasonField : whenField).current?.focus(),
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const at = parseLocalDateTime(when);
    if (at === null || at === 'invalid') {
      setProblem(`Say when ${milestone === 'started' ? 'the impact started' : `it was ${milestone}`}: a date and a time.`);
      whenField.current?.focus();
      return;
    }
    const refused = correctionProblem(milestones, milestone, at, Date.now());
    if (refused) {
      setProblem(refused);
      whenField.current?.focus();
      return;
    }
    send(at);
  }

  return (
    <form className="milestone-form" onSubmit={onSubmit} onKeyDown={closeOnEscape(onClose)} noValidate aria-label={title}>
      <div className="field">
        <label htmlFor={`${id}-when`}>{label} at</label>
        <input
          ref={whenField}
          id={`${id}-when`}
          type="datetime-local"
          step={1}
          value={when}
          onChange={(event) => {
            setWhen(event.target.value);
            setProblem(null);
          }}
          aria-invalid={message !== null || undefined}
          aria-describedby={describedBy(message !== null && errorId, `${id}-meaning`)}
          autoFocus
        />
        <p id={`${id}-meaning`} className="hint">
          {MILESTONE_MEANING[milestone]}
        </p>
        <FormAlert id={errorId} message={message} />
      </div>
      <ReasonField
        id={`${id}-reason`}
        label="Reason for the correction"
        value={reason}
        onChange={setReason}
        fieldRef={reasonField}
        invalid={reasonRefused}
        describedBy={reasonRefused ? reasonErrorId : undefined}
        hint="Kept with the milestone and shown in the post-mortem: what says it happened then?"
      />
      <FormAlert id={reasonErrorId} message={reasonRefused ? (refusal?.message ?? null) : null} />
      <SubmitOrCancel submit={title} pending={pending} onCancel={onClose} />
      {current.source === 'set' && (
        <button type="button" className="quiet milestone-put-back" onClick={() => send(null)}>
          Put back what the status changes say
        </button>
      )}
    </form>
  );
}
