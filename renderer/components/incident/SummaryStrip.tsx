import type { ReactNode } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { KEY_ROLES } from '../../../shared/roles/roles.js';
import { formatClockWithDay, formatDuration, formatFullTime } from '../../time/format.js';
import { SeverityBadge, StatusBadge } from '../Badges.js';
import { IncidentDuration } from '../IncidentDuration.js';
import { ProgressBar } from '../checklists/ProgressBar.js';
import { sumProgress } from '../checklists/progressFigures.js';
import { useUpdateDue } from '../updates/useUpdateDue.js';
import { OpenPromisesFact } from '../outreach/promises/OpenPromisesFact.js';
import './incident-layout.css';

/**
 * What the person running the room looks at first, kept in view however far
 * the work below scrolls: how bad, where it stands, how long, who holds the
 * key roles, when the next update is owed and how far the checklists are.
 * Each fact is a term and its value, so a screen reader says which is which.
 */
export function SummaryStrip({ incident, onJumpToTimeline }: { readonly incident: IncidentView; readonly onJumpToTimeline: () => void }) {
  return (
    <section className="summary-strip" aria-label="Incident at a glance">
      <dl className="summary-facts">
        <Fact term="Severity">
          <SeverityBadge severity={incident.severity} />
        </Fact>
        <Fact term="Status">
          <StatusBadge status={incident.status} />
        </Fact>
        <Fact term="Time">
          <IncidentDuration incident={incident} />
        </Fact>
        {KEY_ROLES.map((key) => {
          const role = incident.roles.find((candidate) => candidate.id === key.id);
          const holder = role?.holder ?? null;
          return (
            <Fact key={key.id} term={key.name}>
              {holder === null ? <span className="summary-vacant">Vacant</span> : holder}
            </Fact>
          );
        })}
        <Fact term="Next update">
          <NextUpdate incident={incident} />
        </Fact>
        <Fact term="Checklists">
          <ChecklistFigure incident={incident} />
        </Fact>
        <Fact term="Promises">
          <OpenPromisesFact incident={incident} />
        </Fact>
      </dl>
      {/* On a narrow screen the timeline is below the work; this gets there in one step. */}
      <button type="button" className="quiet jump-to-timeline" onClick={onJumpToTimeline}>
        Go to timeline
      </button>
    </section>
  );
}

function Fact({ term, children }: { readonly term: string; readonly children: ReactNode }) {
  return (
    <div className="summary-fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** When the reporter's cadence wants the next update; overdue said in words and marked, not by colour alone. */
function NextUpdate({ incident }: { readonly incident: IncidentView }) {
  const { dueAt, overdueMs, now } = useUpdateDue(incident);
  if (dueAt === null) return <>None owed</>;
  const at = (
    <time dateTime={new Date(dueAt).toISOString()} title={formatFullTime(dueAt)}>
      {formatClockWithDay(dueAt, now)}
    </time>
  );
  if (overdueMs !== null)
    return (
      <>
        <strong className="summary-overdue">⚠ Overdue by {formatDuration(overdueMs)}</strong> <span className="summary-aside">(due {at})</span>
      </>
    );
  return (
    <>
      {at} <span className="summary-aside">(in {formatDuration(dueAt - now)})</span>
    </>
  );
}

function ChecklistFigure({ incident }: { readonly incident: IncidentView }) {
  if (incident.checklists.length === 0) return <>None attached</>;
  const progress = sumProgress(incident.checklists.map((checklist) => checklist.progress));
  return (
    <span className="summary-progress">
      {progress.done}/{progress.total} done
      <ProgressBar label="Checklist progress" progress={progress} compact />
    </span>
  );
}
