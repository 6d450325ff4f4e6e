import type { ChecklistView, StepView } from '../../../shared/projection/checklist-views.js';
import { actualDurationMs } from '../../../shared/checklists/step-timing.js';
import { STEP_STATUS_LABEL } from '../../../shared/projection/checklist-fold.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { Moment } from '../roles/Moment.js';
import { useChecklistWork } from './ChecklistWork.js';
import { awaitingBadge, fourEyesLine } from './fourEyesWords.js';
import { mayOverride } from './stepActions.js';
import { incidentRole, roleName } from './stepRoles.js';
import { currentOverride, shortChange, waitingOnTitles } from './stepWords.js';

/**
 * What a step says at a glance: its number, where it stands (in words, and
 * "Waiting" while its needs are not finished), its title; whose role it is
 * and who has it, how long it should take (and took), whether it is on the
 * critical path or checked by hand, the last change and by whom, its links;
 * then what it waits on, why it is blocked or skipped, an override, and for
 * a four-eyes step who did it and who confirmed it (or that it awaits a
 * second person).
 */
export function StepFacts({
  checklist,
  step,
  number,
  critical,
  titleId,
  waitingId,
}: {
  readonly checklist: ChecklistView;
  readonly step: StepView;
  readonly number: number;
  readonly critical: boolean;
  /** The title names the step's row. */
  readonly titleId: string;
  /** What it waits on describes its held Start and Done. */
  readonly waitingId: string;
}) {
  const work = useChecklistWork();
  const waitingTitles = waitingOnTitles(step, checklist.steps);
  const overridden = currentOverride(step);
  const last = step.history.at(-1) ?? null;
  const took = actualDurationMs(step, checklist);
  const role = step.role === null ? null : incidentRole(work.incident.roles, step.role);
  const awaiting = awaitingBadge(step);
  const shownStatus = step.waiting ? 'Waiting' : (awaiting ?? STEP_STATUS_LABEL[step.status]);
  const fourEyes = fourEyesLine(step);
  return (
    <>
      <div className="step-line">
        <span className="step-number" aria-hidden="true">
          {number}
        </span>
        <span className={`step-status status-${step.waiting ? 'waiting' : awaiting !== null ? 'awaiting' : step.status}`}>{shownStatus}</span>
        <span id={titleId} className="step-title">
          {step.title}
        </span>
      </div>
      <p className="step-meta">
        {step.role !== null && (
          <span className="step-role">
            {roleName(work.incident.roles, step.role)}
            {role?.holder ? ` (${role.holder})` : ''}
          </span>
        )}
        <span className={step.assignee === null ? 'step-unassigned' : 'step-assignee'}>{step.assignee === null ? 'unassigned' : `with ${step.assignee}`}</span>
        {step.expectMs !== null && <span className="step-expect">expected {formatRunbookDuration(step.expectMs)}</span>}
        {took !== null && <span className="step-took">took {formatRunbookDuration(took)}</span>}
        {critical && <span className="step-on-path">on the critical path</span>}
        {step.confirm === 'two' && step.status !== 'done' && (
          <span className="step-two-people">
            Two people<span className="visually-hidden">: a second person, on another laptop, confirms it once it is done</span>
          </span>
        )}
        {step.checkedByHand && <span className="step-checked">✓ checked by hand</span>}
        {last !== null && (
          <span className="step-last-change">
            {shortChange(last)} by {last.by} at <Moment at={last.at} />
          </span>
        )}
        {step.links.map((link) => (
          <a key={link.url} href={link.url} target="_blank" rel="noreferrer">
            {link.text}
          </a>
        ))}
      </p>
      {fourEyes !== null && step.status === 'done' && (
        <p className={`step-four-eyes${awaiting !== null ? ' awaiting' : ''}`}>
          {fourEyes}
          {step.confirmation?.confirmedAt != null && (
            <>
              {' '}
              at <Moment at={step.confirmation.confirmedAt} />
            </>
          )}
        </p>
      )}
      {mayOverride(step) && (
        <p id={waitingId} className="step-waiting-on">
          Waiting on: {waitingTitles.join('; ')}
        </p>
      )}
      {(step.status === 'blocked' || step.status === 'skipped') && step.reason !== '' && (
        <p className="step-reason">
          {STEP_STATUS_LABEL[step.status]}: “{step.reason}”
        </p>
      )}
      {overridden !== null && (
        <p className="step-override">
          Went ahead before its needs were done: “{overridden.text}”, recorded by {overridden.by}.
        </p>
      )}
    </>
  );
}
