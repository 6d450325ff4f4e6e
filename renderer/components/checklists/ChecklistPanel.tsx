import { useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { IncidentView } from '../../../shared/projection/views.js';
import { selectChecklists } from '../../store/checklists.js';
import { useHoldfast } from '../../store/context.js';
import { AttachRunbookForm } from './AttachRunbookForm.js';
import { Checklist } from './Checklist.js';
import { ChecklistWorkContext } from './ChecklistWork.js';
import type { ChecklistWork, FocusRequest, OfferPlace } from './ChecklistWork.js';
import { ProgressBar } from './ProgressBar.js';
import { sumProgress } from './progressFigures.js';
import './checklists.css';

/**
 * The incident's checklists (DOMAIN.md: recovery went by checklists, the
 * next task handed to whoever finished one): attach runbooks from the
 * library, see how far the whole incident is, and work each checklist's
 * steps. What the steps share (who is here, where the keyboard goes, where
 * the next step is offered) lives here.
 */
export function ChecklistPanel({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  const checklists = useHoldfast(useShallow((state) => selectChecklists(state, incident.id)));
  const me = useHoldfast((state) => state.session?.name ?? null);
  const [attaching, setAttaching] = useState(false);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [offer, setOffer] = useState<OfferPlace | null>(null);
  const [said, setSaid] = useState('');
  const attachButton = useRef<HTMLButtonElement>(null);
  const nonce = useRef(0);

  const work = useMemo<ChecklistWork>(
    () => ({
      incident,
      checklists,
      me,
      focus,
      requestFocus: (checklistId, stepId, control = 'primary') => setFocus({ checklistId, stepId, control, nonce: (nonce.current += 1) }),
      offer,
      offerNext: (place) => setOffer(place),
      dismissOffer: () => setOffer(null),
    }),
    [incident, checklists, me, focus, offer],
  );

  function closeAttaching() {
    setAttaching(false);
    attachButton.current?.focus();
  }

  const attached = new Set(incident.checklists.map((checklist) => checklist.runbookId));
  return (
    <ChecklistWorkContext value={work}>
      <section className="checklists" aria-labelledby={`${id}-heading`}>
        <div className="checklists-head">
          <h2 id={`${id}-heading`}>Checklists</h2>
          {incident.checklists.length > 0 && (
            <ProgressBar label="Progress of the incident" progress={sumProgress(incident.checklists.map((checklist) => checklist.progress))} />
          )}
          <button ref={attachButton} type="button" className="quiet" aria-expanded={attaching} onClick={() => (attaching ? closeAttaching() : setAttaching(true))}>
            Attach a runbook
          </button>
        </div>
        {attaching && (
          <AttachRunbookForm
            incidentId={incident.id}
            attachedRunbookIds={attached}
            onAttached={(checklist) => {
              setAttaching(false);
              setSaid(`Attached ${checklist.title}: ${checklist.steps.length} steps.`);
              const first = checklist.steps.find((step) => step.status === 'todo' && !step.waiting) ?? checklist.steps[0];
              if (first) setFocus({ checklistId: checklist.id, stepId: first.id, control: 'primary', nonce: (nonce.current += 1) });
              else attachButton.current?.focus();
            }}
            onClose={closeAttaching}
          />
        )}
        <p role="status" className="checklists-said">
          {said}
        </p>
        {incident.checklists.length === 0 && !attaching && (
          <p className="checklists-empty">No checklist yet: attach a runbook to work its steps in order.</p>
        )}
        {checklists.map((checklist) => (
          <Checklist key={checklist.id} checklist={checklist} />
        ))}
      </section>
    </ChecklistWorkContext>
  );
}
