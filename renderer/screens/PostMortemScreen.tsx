import { useId, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { draftPostMortem, WRITTEN_SECTIONS } from '../../shared/postmortem/document.js';
import type { IncidentView } from '../../shared/projection/views.js';
import { SeverityBadge, StatusBadge } from '../components/Badges.js';
import { ActionItems } from '../components/postmortem/ActionItems.js';
import { CategoriesPanel } from '../components/categories/CategoriesPanel.js';
import { ChecklistsAsExecuted } from '../components/postmortem/ChecklistsAsExecuted.js';
import { ExportBar } from '../components/postmortem/ExportBar.js';
import { FullChronology } from '../components/postmortem/FullChronology.js';
import { IncidentShapeFigure } from '../components/postmortem/IncidentShapeFigure.js';
import { KeyMoments } from '../components/postmortem/KeyMoments.js';
import { MetricsPanel } from '../components/postmortem/MetricsPanel.js';
import { MilestoneList } from '../components/postmortem/MilestoneList.js';
import { RolesAndHandOvers } from '../components/postmortem/RolesAndHandOvers.js';
import { SectionEditor } from '../components/postmortem/SectionEditor.js';
import { SeverityAndDuration } from '../components/postmortem/SeverityAndDuration.js';
import { ServicesAffected } from '../components/postmortem/ServicesAffected.js';
import { StatusUpdatesSent } from '../components/postmortem/StatusUpdatesSent.js';
import { hrefFor } from '../navigation/route.js';
import { useFocusHeadingOnArrival } from '../navigation/arrival.js';
import { selectChecklists } from '../store/checklists.js';
import { selectOutreach } from '../store/outreach.js';
import { selectBoard } from '../store/boards.js';
import { OpenedIncident } from './OpenedIncident.js';
import { useHoldfast } from '../store/context.js';
import { selectTimeline } from '../store/selectors.js';
import { useScreenIanaZone } from '../time/clockSetting.js';
import { useNow } from '../time/useNow.js';
import '../components/postmortem/postmortem.css';

const NO_ENTRIES: readonly never[] = [];

/**
 * The post-mortem, drafted from the incident and written by the room: what
 * happened and how bad, its milestones and metrics, who did what, its
 * timeline (key moments first), the checklists and updates as they went;
 * then what people write, each section on its own so several laptops write
 * at once, and the action items. It can be drafted at any time; exported
 * or printed from the bar at the top.
 */
export function PostMortemScreen({ incidentId }: { readonly incidentId: string }) {
  return <OpenedIncident incidentId={incidentId} show={(incident) => <PostMortem incident={incident} />} />;
}

function PostMortem({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Followed from the incident (or anywhere): the keyboard starts at the top of the new page, not on <body>.
  useFocusHeadingOnArrival(heading, () => true);
  const now = useNow();
  const entries = useHoldfast((state) => selectTimeline(state, incident.id));
  const checklists = useHoldfast(useShallow((state) => selectChecklists(state, incident.id)));
  const board = useHoldfast((state) => selectBoard(state, incident.id));
  const outreach = useHoldfast((state) => selectOutreach(state, incident.id));
  // The very document every export is made from, so the page and the files cannot say different things.
  const zone = useScreenIanaZone();
  const postMortem = useMemo(() => draftPostMortem({ incident, timeline: entries ?? NO_ENTRIES, checklists, board, outreach }, now, zone), [incident, entries, checklists, board, outreach, now, zone]);
  const loaded = entries !== undefined;
  const sections = incident.review.sections;

  return (
    <article className="postmortem" aria-labelledby={`${id}-title`}>
      <p className="postmortem-breadcrumb no-print">
        <a href={hrefFor({ screen: 'incident', incidentId: incident.id })}>Back to the incident</a>
      </p>
      <header className="postmortem-head">
        <h1 ref={heading} id={`${id}-title`} tabIndex={-1}>
          Post-mortem: {incident.title}
        </h1>
        <p className="postmortem-facts">
          <SeverityBadge severity={incident.severity} /> <StatusBadge status={incident.status} />
          {incident.drill !== null && <span className="badge postmortem-drill">Drill</span>}
        </p>
        <ExportBar incident={incident} draft={postMortem.draft} />
      </header>
      <SectionEditor incidentId={incident.id} section="summary" current={sections.summary} fallback={incident.summary} />
      <SectionEditor incidentId={incident.id} section="impact" current={sections.impact} />
      <SeverityAndDuration incident={incident} severity={postMortem.severity} now={now} />
      <IncidentShapeFigure incident={incident} />
      <MilestoneList incident={incident} />
      <MetricsPanel metrics={postMortem.metrics} milestones={postMortem.milestones} />
      <RolesAndHandOvers roles={postMortem.roles} />
      <KeyMoments lines={postMortem.timeline.keyMoments} loaded={loaded} />
      <FullChronology lines={postMortem.timeline.chronology} struckLeftOut={postMortem.timeline.struckLeftOut} loaded={loaded} />
      <ChecklistsAsExecuted checklists={postMortem.checklists} />
      <ServicesAffected part={postMortem.services} />
      <CategoriesPanel incident={incident} className="postmortem-part" />
      <StatusUpdatesSent updates={postMortem.statusUpdates} />
      {WRITTEN_SECTIONS.map((section) => (
        <SectionEditor key={section} incidentId={incident.id} section={section} current={sections[section]} />
      ))}
      <ActionItems incident={incident} draft={postMortem.draft} />
    </article>
  );
}
