import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { incidentShapeSvg } from '../../../shared/postmortem/incident-shape.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { selectChecklists } from '../../store/checklists.js';
import { useHoldfast } from '../../store/context.js';
import { useNow } from '../../time/useNow.js';
import './postmortem.css';

/**
 * The incident's shape at a glance: status bands over time, the severity,
 * the milestones, role hand-overs and checklist progress. Drawn by the same
 * function as the HTML export; its markup escapes every text it holds, so it
 * goes into the page as it is. The chart names and describes itself to a
 * screen reader; the caption says how to read it.
 */
export function IncidentShapeFigure({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  const now = useNow();
  const checklists = useHoldfast(useShallow((state) => selectChecklists(state, incident.id)));
  const svg = useMemo(() => incidentShapeSvg(incident, checklists, now), [incident, checklists, now]);
  return (
    <figure className="incident-shape" aria-labelledby={`${id}-caption`}>
      <div className="incident-shape-chart" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption id={`${id}-caption`}>
        The incident’s shape: status and severity over time (UTC), its milestones, role changes and checklist progress.
      </figcaption>
    </figure>
  );
}
