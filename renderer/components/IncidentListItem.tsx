import { memo } from 'react';
import type { IncidentView } from '../../shared/projection/views.js';
import { hrefFor } from '../navigation/route.js';
import { SeverityBadge, StatusBadge } from './Badges.js';
import { DrillMarker } from './drills/DrillMarker.js';
import { ChecklistFigure } from './checklists/ChecklistFigure.js';
import { IncidentDuration } from './IncidentDuration.js';
import { VacantRolesFlag } from './roles/VacantRolesFlag.js';
import { OverdueBadge } from './updates/OverdueBadge.js';

/** One incident in the list; the link carries only the title, so it is named by it. */
export const IncidentListItem = memo(function IncidentListItem({
  incident,
  current,
}: {
  readonly incident: IncidentView;
  readonly current: boolean;
}) {
  return (
    <li className={`incident-item${current ? ' current' : ''}${incident.status === 'resolved' ? ' past' : ''}`}>
      <a className="incident-link" href={hrefFor({ screen: 'incident', incidentId: incident.id })} aria-current={current ? 'page' : undefined}>
        {incident.title}
      </a>
      <div className="incident-meta">
        <DrillMarker incident={incident} />
        <SeverityBadge severity={incident.severity} />
        <StatusBadge status={incident.status} />
        <IncidentDuration incident={incident} />
        <VacantRolesFlag incident={incident} />
        <OverdueBadge incident={incident} />
        <ChecklistFigure incident={incident} />
      </div>
    </li>
  );
});
