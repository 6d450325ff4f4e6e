import { memo, useRef, useState } from 'react';
import { IncidentSummary } from '../components/IncidentSummary.js';
import { LifecycleControls } from '../components/LifecycleControls.js';
import { SeverityControl } from '../components/SeverityControl.js';
import { CategoriesButton } from '../components/categories/CategoriesButton.js';
import { ChecklistPanel } from '../components/checklists/ChecklistPanel.js';
import { DrillBanner } from '../components/drills/DrillBanner.js';
import { SummaryStrip } from '../components/incident/SummaryStrip.js';
import { sameIncidentOnScreen } from '../components/incident/sameIncidentOnScreen.js';
import { Tabs } from '../components/incident/Tabs.js';
import { IncidentShapeFigure } from '../components/postmortem/IncidentShapeFigure.js';
import { PostMortemLink } from '../components/postmortem/PostMortemLink.js';
import { PartnerPanel } from '../components/roles/PartnerPanel.js';
import { RolePanel } from '../components/roles/RolePanel.js';
import { ServicePanel } from '../components/services/ServicePanel.js';
import { useServicesBadge } from '../components/services/board/useServicesBadge.js';
import { Timeline } from '../components/Timeline.js';
import { OutreachPanel } from '../components/outreach/OutreachPanel.js';
import { OutreachFlags } from '../components/outreach/OutreachFlags.js';
import { BriefingButton } from '../components/outreach/briefing/BriefingButton.js';
import { useFocusHeadingOnArrival } from '../navigation/arrival.js';
import type { IncidentView } from '../../shared/projection/views.js';
import { OpenedIncident } from './OpenedIncident.js';
import { formatClock, formatFullTime } from '../time/format.js';

/**
 * The war room itself, in the order the person running it reads it: the
 * title and its controls, then a strip of what matters at a glance (kept in
 * view), then the work. The work is tabs, one concern each (checklists,
 * roles, updates, partners, the incident's shape), so nothing pushes the
 * rest out of sight; the timeline keeps its own column at full height on a
 * wide screen, and on a narrow one comes after the tabs, one step away from
 * the strip's "Go to timeline".
 */
export function IncidentScreen({ incidentId }: { readonly incidentId: string }) {
  return <OpenedIncident incidentId={incidentId} show={(incident) => <Incident incident={incident} />} />;
}

// The panels beside the timeline are not drawn again for each line added to it (see sameIncidentOnScreen).
const ChecklistTab = memo(ChecklistPanel, sameIncidentOnScreen);
const ServiceTab = memo(ServicePanel, sameIncidentOnScreen);
const RoleTab = memo(RolePanel, sameIncidentOnScreen);
const OutreachTab = memo(OutreachPanel, sameIncidentOnScreen);
const PartnerTab = memo(PartnerPanel, sameIncidentOnScreen);

/** The tab last chosen in each incident, so a look at the post-mortem or the people comes back to the same place. */
const chosenTabs = new Map<string, string>();

function Incident({ incident }: { readonly incident: IncidentView }) {
  const [tab, setChosenTab] = useState(() => chosenTabs.get(incident.id) ?? 'checklists');
  const setTab = (key: string) => {
    chosenTabs.set(incident.id, key);
    setChosenTab(key);
  };
  const servicesBadge = useServicesBadge(incident.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const timelineColumn = useRef<HTMLDivElement>(null);
  useFocusHeadingOnArrival(heading, (from) => from.screen === 'postmortem' && from.incidentId === incident.id);

  function jumpToTimeline() {
    timelineColumn.current?.scrollIntoView({ block: 'start' });
    // The composer's line, not the search or filters above the entries.
    timelineColumn.current?.querySelector<HTMLElement>('form.composer input')?.focus();
  }

  return (
    <article className="incident">
      <header className="incident-head">
        <div className="incident-title">
          <h1 ref={heading} tabIndex={-1}>
            {incident.title}
          </h1>
          <span className="declared-by">
            Declared by {incident.declaredBy} at{' '}
            <time dateTime={new Date(incident.declaredAt).toISOString()} title={formatFullTime(incident.declaredAt)}>
              {formatClock(incident.declaredAt)}
            </time>
          </span>
        </div>
        {incident.summary !== '' && <IncidentSummary text={incident.summary} />}
        <div className="incident-controls">
          <LifecycleControls incident={incident} />
          <SeverityControl incident={incident} />
          <PostMortemLink incidentId={incident.id} />
          <BriefingButton incident={incident} />
          <CategoriesButton incident={incident} />
        </div>
      </header>
      <SummaryStrip incident={incident} onJumpToTimeline={jumpToTimeline} />
      <OutreachFlags incident={incident} />
      <DrillBanner incident={incident} />
      <div className="incident-work">
        <Tabs
          label="Incident work"
          selected={tab}
          onSelect={setTab}
          tabs={[
            { key: 'checklists', label: 'Checklists', content: <ChecklistTab incident={incident} /> },
            { key: 'services', label: 'Services', badge: servicesBadge, content: <ServiceTab incident={incident} /> },
            { key: 'roles', label: 'Roles', content: <RoleTab incident={incident} /> },
            { key: 'updates', label: 'Outreach', content: <OutreachTab incident={incident} /> },
            { key: 'partners', label: 'Partners', content: <PartnerTab incident={incident} /> },
            { key: 'shape', label: 'Shape', content: <IncidentShapeFigure incident={incident} /> },
          ]}
        />
        <div ref={timelineColumn} className="incident-timeline">
          <Timeline incidentId={incident.id} />
        </div>
      </div>
    </article>
  );
}
