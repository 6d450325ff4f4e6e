import { useState } from 'react';
import { useFocusAfterClose } from '../forms/useFocusAfterClose.js';
import { MILESTONE_LABEL, type Milestone } from '../../../shared/postmortem/milestones.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { MilestoneForm } from './MilestoneForm.js';
import { PostMortemMoment } from './PostMortemMoment.js';
import { milestoneOrigin } from './milestoneWords.js';

/** One milestone: its time (or "not yet"), where it comes from, how often corrected, and Set or Correct. */
export function MilestoneRow({ incident, milestone }: { readonly incident: IncidentView; readonly milestone: Milestone }) {
  const view = incident.milestones[milestone];
  const label = MILESTONE_LABEL[milestone];
  const [open, setOpen] = useState(false);
  const { target: button, focusWhenBack: focusButton } = useFocusAfterClose<HTMLButtonElement>();
  const verb = view.at === null ? 'Set' : 'Correct';

  function close() {
    setOpen(false);
    focusButton();
  }

  return (
    <li className={`milestone milestone-${view.source}`} aria-label={label}>
      <div className="milestone-line">
        <span className="milestone-name">{label}</span>
        <span className="milestone-at">{view.at === null ? 'not yet' : <PostMortemMoment at={view.at} />}</span>
        <span className="milestone-origin">{milestoneOrigin(milestone, view)}</span>
        {view.history.length > 0 && (
          <span className="milestone-corrections">
            {view.history.length === 1 ? 'corrected once' : `corrected ${view.history.length} times`}
          </span>
        )}
        <button ref={button} type="button" className="quiet" aria-expanded={open} onClick={() => (open ? close() : setOpen(true))}>
          {verb}
          <span className="visually-hidden"> {label}</span>
        </button>
      </div>
      {open && <MilestoneForm incidentId={incident.id} milestone={milestone} milestones={incident.milestones} onClose={close} />}
    </li>
  );
}
