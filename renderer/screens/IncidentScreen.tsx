import { IncidentDuration } from '../components/IncidentDuration.js';
import { IncidentSummary } from '../components/IncidentSummary.js';
import { LifecycleControls } from '../components/LifecycleControls.js';
import { SeverityBadge, StatusBadge } from '../components/Badges.js';
import { SeverityControl } from '../components/SeverityControl.js';
import { ChecklistPanel } from '../components/checklists/ChecklistPanel.js';
import { DrillBanner } from '../components/drills/DrillBanner.js';
import { IncidentShapeFigure } from '../components/postmortem/IncidentShapeFigure.js';
import { PostMortemLink } from '../components/postmortem/PostMortemLink.js';
import { PartnerPanel } from '../components/roles/PartnerPanel.js';
import { RolePanel } from '../components/roles/RolePanel.js';
import { VacantRolesFlag } from '../components/roles/VacantRolesFlag.js';
import { Timeline } from '../components/Timeline.js';
import { StatusUpdatePanel } from '../components/updates/StatusUpdatePanel.js';
import type { IncidentView } from '../../shared/projection/views.js';
import { OpenedIncident } from './OpenedIncident.js';
import { formatClock, formatFullTime } from '../time/format.js';

/**
 * The war room itself: a compact head (what, how bad, where it stands), then
 * the work. On a wide screen the timeline keeps the right-hand column at
 * full height, always at hand to write in, while the checklists (what to do
 * next) and the roles, updates and partners scroll in the left one; on a
 * narrow screen they stack, the timeline last.
 */
export function IncidentScreen({ incidentId }: { readonly incidentId: string }) {
  return <OpenedIncident incidentId={incidentId} show={(incident) => <Incident incident={incident} />} />;
}

function Incident({ incident }: { readonly incident: IncidentView }) {
  return (
    <article className="incident">
      <header className="incident-head">
        <div className="incident-title">
          <h1>{incident.title}</h1>
          <div className="incident-facts">
            <SeverityBadge severity={incident.severity} />
            <StatusBadge status={incident.status} />
            <IncidentDuration incident={incident} />
            <VacantRolesFlag incident={incident} />
            <span className="declared-by">
              Declared by {incident.declaredBy} at{' '}
              <time dateTime={new Date(incident.declaredAt).toISOString()} title={formatFullTime(incident.declaredAt)}>
                {formatClock(incident.declaredAt)}
              </time>
            </span>
          </div>
        </div>
        {incident.summary !== '' && <IncidentSummary text={incident.summary} />}
        <div className="incident-controls">
          <LifecycleControls incident={incident} />
          <SeverityControl incident={incident} />
          <PostMortemLink incidentId={incident.id} />
        </div>
      </header>
      <DrillBanner incident={incident} />
      <div className="incident-work">
        <div className="incident-side">
          <ChecklistPanel incident={incident} />
          <div className="incident-panels">
            <RolePanel incident={incident} />
            <StatusUpdatePanel incident={incident} />
            <PartnerPanel incident={incident} />
          </div>
          <IncidentShapeFigure incident={incident} />
        </div>
        <Timeline incidentId={incident.id} />
      </div>
    </article>
  );
}
