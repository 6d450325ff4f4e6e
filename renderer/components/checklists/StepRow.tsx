import { useId, useRef, useState } from 'react';
import { awaitsConfirmation } from '../../../shared/checklists/four-eyes.js';
import type { ChecklistView, StepView } from '../../../shared/projection/checklist-views.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { MoreActionsButton, MoreActionsMenu, useMoreActions } from '../controls/MoreActions.js';
import { useSubmission } from '../forms/useSubmission.js';
import { Moment } from '../roles/Moment.js';
import { StepDetails } from './StepDetails.js';
import { StepFacts } from './StepFacts.js';
import { AssignStepForm } from './AssignStepForm.js';
import { useChecklistWork, useStepFocus } from './ChecklistWork.js';
import { NextStepOffer } from './NextStepOffer.js';
import { NoteStepForm } from './NoteStepForm.js';
import { RestoreCheckOffer } from './RestoreCheckOffer.js';
import { ACTION_STATUS, ACTION_TEXT, actionName, actionsFor, asksWhy, mayOverride, needsOverride } from './stepActions.js';
import type { StepAction } from './stepActions.js';
import { StepHistory } from './StepHistory.js';
import { StepReasonForm } from './StepReasonForm.js';
import { useStepRefusal } from './useStepRefusal.js';
import { waitingOnTitles } from './stepWords.js';
import { confirmName } from './fourEyesWords.js';

type OpenForm = 'block' | 'skip' | 'override' | 'assign' | 'note' | null;

/**
 * One step of a checklist: where it stands, whose it is, how long it should
 * take, what it waits on; the controls to move it on, each named with the
 * step's title; and its notes, details and history on demand. One action
 * stands out, the step's next move (Start, Done, Reopen); the rest wait
 * behind "More", so twenty steps do not read as two hundred buttons of the
 * same weight. A waiting step's Start does not start it: it says what it
 * waits on and opens the menu on Override…, which asks why and records it.
 * A four-eyes step marked done offers Confirm to everyone, as its next move;
 * the host says why when it is not theirs to confirm (they marked it done,
 * or are at the laptop that did), and the row shows that sentence.
 */
export function StepRow({
  checklist,
  step,
  number,
  critical,
}: {
  readonly checklist: ChecklistView;
  readonly step: StepView;
  readonly number: number;
  /** On what is left of the critical path. */
  readonly critical: boolean;
}) {
  const work = useChecklistWork();
  const actions = useActions();
  const showRefusal = useHoldfast((state) => state.showRefusal);
  const id = useId();
  const [form, setForm] = useState<OpenForm>(null);
  const [overrideTo, setOverrideTo] = useState<'in_progress' | 'done'>('in_progress');
  const [stopped, setStopped] = useStepRefusal(work.incident.id, checklist.id, step.id);
  const [showDetails, setShowDetails] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [checking, setChecking] = useState<boolean | null>(null);
  // Just marked done here, and it restores services: a hand check of them is offered before the next step.
  const [offerCheck, setOfferCheck] = useState(false);
  const more = useMoreActions();
  const { open: menuOpen, setOpen: setMenuOpen } = more;
  const primary = useRef<HTMLButtonElement>(null);
  const override = useRef<HTMLButtonElement>(null);
  const openers = useRef<Partial<Record<Exclude<OpenForm, null>, HTMLButtonElement | null>>>({});
  const { submit, pending } = useSubmission();
  useStepFocus(checklist.id, step.id, { primary, override });

  const incidentId = work.incident.id;
  const waitingTitles = waitingOnTitles(step, checklist.steps);
  // A finished step is nobody's to do any more: it offers no assigning.
  const finished = step.status === 'done' || step.status === 'skipped';
  const offered = work.offer !== null && work.offer.checklistId === checklist.id && work.offer.stepId === step.id;

  function landed(status: StepView['status']) {
    setForm(null);
    setMenuOpen(false);
    setStopped(null);
    if (status === 'done' && step.restores.length > 0) setOfferCheck(true);
    else if (status === 'done') work.offerNext({ checklistId: checklist.id, stepId: step.id });
    else work.requestFocus(checklist.id, step.id);
  }

  function closeCheckOffer() {
    setOfferCheck(false);
    work.offerNext({ checklistId: checklist.id, stepId: step.id });
  }

  function act(action: StepAction) {
    setStopped(null);
    if (needsOverride(step, action)) {
      setOverrideTo(action === 'done' ? 'done' : 'in_progress');
      setStopped(
        `${step.title} is waiting on: ${waitingTitles.join('; ')}. Finish those first, or choose Override… to ${action === 'done' ? 'mark it done' : 'start it'} anyway, with a reason.`,
      );
      // Override… is in the step's menu: open it, and the keyboard goes there once it has rendered.
      setMenuOpen(true);
      work.requestFocus(checklist.id, step.id, 'override');
      return;
    }
    if (asksWhy(action)) {
      setForm(form === action ? null : action);
      return;
    }
    const status = ACTION_STATUS[action];
    void submit(
      () => actions.setStepStatus({ incidentId, checklistId: checklist.id, stepId: step.id, status }),
      () => landed(status),
      (error) => showRefusal(error),
    );
  }

  function confirm() {
    setStopped(null);
    void submit(
      () => actions.confirmStep({ incidentId, checklistId: checklist.id, stepId: step.id }),
      () => work.offerNext({ checklistId: checklist.id, stepId: step.id }),
      // Waiting to send is the app's to say; a refusal (not theirs to confirm) is said here, beside the button.
      (error) => (error.code === 'queued' || error.code === 'unavailable' ? showRefusal(error) : setStopped(error.message)),
    );
  }

  // The box follows the hand at once; the step's own mark takes over when the host has recorded it (or refused).
  function markChecked(checked: boolean) {
    setChecking(checked);
    void actions.markStepChecked({ incidentId, checklistId: checklist.id, stepId: step.id, checked }).then(() => setChecking(null));
  }

  function closeForm() {
    const opened = form;
    setForm(null);
    if (opened !== null) (openers.current[opened] ?? primary.current)?.focus();
  }

  // Awaiting a second person, Confirm is the step's next move and Reopen waits behind More.
  const awaiting = awaitsConfirmation(step);
  const statusActions = actionsFor(step);
  const primaryAction = awaiting ? undefined : statusActions[0];
  const otherActions = awaiting ? statusActions : statusActions.slice(1);
  return (
    <li className={`checklist-step step-${step.status}${step.waiting ? ' step-waiting' : ''}${critical ? ' step-critical' : ''}`} aria-labelledby={`${id}-title`}>
      <StepFacts step={step} number={number} titleId={`${id}-title`} waitingId={`${id}-waiting`} checklist={checklist} critical={critical} />
      <div className="step-controls">
        {awaiting && (
          <button
            ref={(button) => {
              primary.current = button;
            }}
            type="button"
            className="primary"
            aria-label={confirmName(step.title)}
            aria-busy={pending}
            onClick={confirm}
          >
            Confirm
          </button>
        )}
        {primaryAction !== undefined && (
          <ActionButton
            action={primaryAction}
            step={step}
            primary={primaryAction !== 'reopen'}
            waitingId={`${id}-waiting`}
            open={form}
            buttonRef={(button) => {
              primary.current = button;
            }}
            onAct={act}
          />
        )}
        <MoreActionsButton menu={more} subject={step.title} className="step-more" />
      </div>
      {menuOpen && (
        <MoreActionsMenu menu={more} subject={step.title} className="step-more-actions">
          {otherActions.map((action) => (
            <ActionButton
              key={action}
              action={action}
              step={step}
              primary={false}
              waitingId={`${id}-waiting`}
              open={form}
              buttonRef={(button) => {
                if (action === 'block' || action === 'skip') openers.current[action] = button;
              }}
              onAct={act}
            />
          ))}
          {mayOverride(step) && (
            <button
              ref={(button) => {
                override.current = button;
                openers.current.override = button;
              }}
              type="button"
              aria-label={`Override the wait for ${step.title}`}
              aria-expanded={form === 'override'}
              onClick={() => {
                setStopped(null);
                setForm(form === 'override' ? null : 'override');
              }}
            >
              Override…
            </button>
          )}
          {!finished && (
            <button
              ref={(button) => {
                openers.current.assign = button;
              }}
              type="button"
              aria-label={`Assign ${step.title}`}
              aria-expanded={form === 'assign'}
              onClick={() => setForm(form === 'assign' ? null : 'assign')}
            >
              Assign…
            </button>
          )}
          <button
            ref={(button) => {
              openers.current.note = button;
            }}
            type="button"
            aria-label={`Note on ${step.title}`}
            aria-expanded={form === 'note'}
            onClick={() => setForm(form === 'note' ? null : 'note')}
          >
            Note…
          </button>
          {(step.details !== '' || step.restores.length > 0) && (
            <button type="button" aria-label={`Details of ${step.title}`} aria-expanded={showDetails} onClick={() => setShowDetails(!showDetails)}>
              Details
            </button>
          )}
          {step.history.length > 0 && (
            <button type="button" aria-label={`History of ${step.title}`} aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
              History
            </button>
          )}
          <label className="step-check">
            <input
              type="checkbox"
              checked={checking ?? step.checkedByHand}
              aria-label={`${step.title} checked by hand`}
              onChange={(event) => markChecked(event.target.checked)}
            />
            Checked by hand
          </label>
        </MoreActionsMenu>
      )}
      {stopped !== null && (
        <p role="alert" className="step-stopped">
          {stopped}
        </p>
      )}
      {(form === 'block' || form === 'skip' || form === 'override') && (
        <StepReasonForm
          key={form}
          incidentId={incidentId}
          checklistId={checklist.id}
          step={step}
          kind={form}
          overrideTo={overrideTo}
          waitingOn={waitingTitles}
          onDone={landed}
          onClose={closeForm}
        />
      )}
      {form === 'assign' && (
        <AssignStepForm
          incidentId={incidentId}
          checklistId={checklist.id}
          step={step}
          me={work.me}
          onDone={() => {
            setForm(null);
            openers.current.assign?.focus();
          }}
          onClose={closeForm}
        />
      )}
      {form === 'note' && (
        <NoteStepForm
          incidentId={incidentId}
          checklistId={checklist.id}
          step={step}
          onDone={() => {
            setForm(null);
            openers.current.note?.focus();
          }}
          onClose={closeForm}
        />
      )}
      {step.notes.length > 0 && (
        <ul className="step-notes" aria-label={`Notes on ${step.title}`}>
          {step.notes.map((note, index) => (
            <li key={`${note.at}-${index}`}>
              {note.text} <span className="recorded-by">{note.by}, <Moment at={note.at} /></span>
            </li>
          ))}
        </ul>
      )}
      {showDetails && <StepDetails step={step} />}
      {showHistory && <StepHistory step={step} />}
      {offerCheck && step.status === 'done' && <RestoreCheckOffer incidentId={incidentId} step={step} onClose={closeCheckOffer} />}
      {offered && <NextStepOffer onDismiss={() => { work.dismissOffer(); work.requestFocus(checklist.id, step.id); }} />}
    </li>
  );
}

/** A status change of the step, named with its title; held (aria-disabled) while the step waits on others. */
function ActionButton({
  action,
  step,
  primary,
  waitingId,
  open,
  buttonRef,
  onAct,
}: {
  readonly action: StepAction;
  readonly step: StepView;
  readonly primary: boolean;
  readonly waitingId: string;
  readonly open: OpenForm;
  readonly buttonRef: (button: HTMLButtonElement | null) => void;
  readonly onAct: (action: StepAction) => void;
}) {
  const held = needsOverride(step, action);
  return (
    <button
      ref={buttonRef}
      type="button"
      className={held ? 'step-held' : primary ? 'primary' : undefined}
      aria-label={actionName(action, step.title)}
      aria-disabled={held || undefined}
      aria-describedby={held ? waitingId : undefined}
      aria-expanded={asksWhy(action) ? open === action : undefined}
      onClick={() => onAct(action)}
    >
      {ACTION_TEXT[action]}
    </button>
  );
}
