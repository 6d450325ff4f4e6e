import { useEffect, useId, useRef, useState } from 'react';
import type { IncidentView } from '../../shared/projection/views.js';
import type { IncidentStatus } from '../../shared/status.js';
import { INCIDENT_STATUSES, STATUS_LABEL } from '../../shared/status.js';
import { useActions } from '../store/context.js';
import { openSteps } from './lifecycle/openSteps.js';
import { ResolveQuestion } from './lifecycle/ResolveQuestion.js';

/**
 * Moving the incident through its lifecycle. The current stage shows as
 * pressed; a resolved incident only offers to be reopened. Resolving with
 * checklist steps still open asks first (ResolveQuestion).
 */
export function LifecycleControls({ incident }: { readonly incident: IncidentView }) {
  const actions = useActions();
  const labelId = useId();
  const group = useRef<HTMLDivElement>(null);
  const said = useRef<HTMLParagraphElement>(null);
  const resolved = incident.status === 'resolved';
  const wasResolved = useRef(resolved);
  const [asking, setAsking] = useState(false);
  // Set when this person resolved it here: the keyboard goes to the sentence that says so.
  const [resolvedHere, setResolvedHere] = useState(false);

  // Resolving or reopening swaps the buttons; keep the keyboard where it was instead of dropping it on <body>.
  useEffect(() => {
    if (wasResolved.current === resolved) return;
    wasResolved.current = resolved;
    if (!resolved) setResolvedHere(false);
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    // Never onto Reopen after resolving: a second Enter would undo what was just done.
    if (resolved) said.current?.focus();
    else group.current?.querySelector('button')?.focus();
  }, [resolved]);

  function move(status: IncidentStatus) {
    if (incident.status === status) return;
    if (status === 'resolved') setResolvedHere(true);
    void actions.changeStatus(incident.id, status);
  }

  function choose(status: IncidentStatus) {
    if (status === 'resolved' && openSteps(incident) > 0) setAsking(true);
    else move(status);
  }

  function keepOpen() {
    setAsking(false);
    group.current?.querySelector<HTMLButtonElement>('button[data-status="resolved"]')?.focus();
  }

  return (
    <div className="control-group">
      <span id={labelId} className="label">
        Status
      </span>
      <div ref={group} role="group" aria-labelledby={labelId} className="lifecycle">
        {resolved ? (
          <button type="button" onClick={() => void actions.reopenIncident(incident.id)}>
            Reopen
          </button>
        ) : (
          INCIDENT_STATUSES.map((status) => (
            <button key={status} type="button" data-status={status} aria-pressed={incident.status === status} onClick={() => choose(status)}>
              {STATUS_LABEL[status]}
            </button>
          ))
        )}
      </div>
      {resolved && resolvedHere && (
        <p ref={said} role="status" tabIndex={-1} className="resolved-said">
          Resolved. Reopen it if the work is not over.
        </p>
      )}
      {asking && !resolved && (
        <ResolveQuestion
          open={openSteps(incident)}
          onResolve={() => {
            setAsking(false);
            move('resolved');
          }}
          onKeepOpen={keepOpen}
        />
      )}
    </div>
  );
}
