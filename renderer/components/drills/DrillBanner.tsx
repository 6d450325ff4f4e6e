import { useId, useState } from 'react';
import { useFocusAfterClose } from '../forms/useFocusAfterClose.js';
import type { DrillView } from '../../../shared/projection/checklist-views.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { hrefFor } from '../../navigation/route.js';
import { useHoldfast } from '../../store/context.js';
import { DrillClock } from './DrillClock.js';
import { DrillParticipants } from './DrillParticipants.js';
import { DrillResult } from './DrillResult.js';
import { StopDrillForm } from './StopDrillForm.js';
import './drills.css';

/**
 * In a drill incident, right under its head: which runbook is rehearsed,
 * the clock against its target while it runs (with the way to stop it),
 * and how it went once it ends. Nothing shows in a real incident.
 */
export function DrillBanner({ incident }: { readonly incident: IncidentView }) {
  if (incident.drill === null) return null;
  return <Drill incident={incident} drill={incident.drill} />;
}

function Drill({ incident, drill }: { readonly incident: IncidentView; readonly drill: DrillView }) {
  const id = useId();
  const summary = incident.checklists.find((checklist) => checklist.runbookId === drill.runbookId) ?? null;
  const checklist = useHoldfast((state) => (summary === null ? null : (state.checklists[summary.id] ?? null)));
  const [stopping, setStopping] = useState(false);
  const { target: stopButton, focusWhenBack: focusStopButton } = useFocusAfterClose<HTMLButtonElement>();
  const { target: heading, focusWhenBack: focusHeading } = useFocusAfterClose<HTMLHeadingElement>();

  function cancelStopping() {
    setStopping(false);
    focusStopButton();
  }

  function stopped() {
    setStopping(false);
    // The form and the Stop button are gone: the banner, which now says how the drill ended, takes the focus.
    focusHeading();
  }

  return (
    <section className={`drill-banner drill-${drill.state}`} aria-labelledby={`${id}-heading`}>
      <div className="drill-banner-head">
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          Drill of <a href={hrefFor({ screen: 'runbook', runbookId: drill.runbookId })}>{summary?.title ?? drill.runbookId}</a>
        </h2>
        <p className="drill-note">A rehearsal, left out of real incident metrics.</p>
        {drill.state === 'running' && !stopping && (
          <button ref={stopButton} type="button" className="quiet" onClick={() => setStopping(true)}>
            Stop drill
          </button>
        )}
      </div>
      {drill.state === 'running' ? <DrillClock drill={drill} /> : <DrillResult drill={drill} checklist={checklist} />}
      {drill.state === 'running' && stopping && <StopDrillForm incidentId={incident.id} onStopped={stopped} onClose={cancelStopping} />}
      <DrillParticipants incident={incident} drill={drill} />
    </section>
  );
}
