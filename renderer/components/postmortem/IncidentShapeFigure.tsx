import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { incidentShapeSvg, SHAPE_MIN_WIDTH, SHAPE_WIDTH } from '../../../shared/postmortem/incident-shape.js';
import { selectChecklists } from '../../store/checklists.js';
import { useHoldfast } from '../../store/context.js';
import { sameIncidentOnScreen, type IncidentPanelProps } from '../incident/sameIncidentOnScreen.js';
import { useScreenIanaZone } from '../../time/clockSetting.js';
import { zoneName } from '../../time/format.js';
import { useNow } from '../../time/useNow.js';
import './postmortem.css';

/**
 * The incident's shape at a glance: status bands over time, the severity,
 * the milestones, role hand-overs and checklist progress. Drawn by the same
 * function as the HTML export; its markup escapes every text it holds, so it
 * goes into the page as it is. The chart names and describes itself to a
 * screen reader; the caption says how to read it.
 *
 * Drawn for the width it is shown at, so its text is read at the size it was
 * drawn (11 px), never shrunk with the picture; where even the narrowest
 * drawing does not fit, it scrolls sideways in a region the keyboard reaches.
 */
/** Not drawn again for a new timeline line: see sameIncidentOnScreen. */
export const IncidentShapeFigure = memo(function IncidentShapeFigure({ incident }: IncidentPanelProps) {
  const id = useId();
  const now = useNow();
  const checklists = useHoldfast(useShallow((state) => selectChecklists(state, incident.id)));
  const place = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(SHAPE_WIDTH);
  // The zone the rest of the screen reads in, so the axis and the timeline beside it agree.
  const zone = useScreenIanaZone();
  const svg = useMemo(() => incidentShapeSvg(incident, checklists, now, width, zone), [incident, checklists, now, width, zone]);

  useLayoutEffect(() => {
    const element = place.current;
    if (!element) return;
    // A hidden tab measures 0: keep the last width until it is shown again.
    const measure = () => {
      if (element.clientWidth > 0) setWidth(Math.max(SHAPE_MIN_WIDTH, Math.floor(element.clientWidth)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <figure className="incident-shape" aria-labelledby={`${id}-caption`}>
      <div ref={place} className="incident-shape-scroll" tabIndex={0} role="region" aria-label="Incident shape chart">
        <div className="incident-shape-chart" style={{ width }} dangerouslySetInnerHTML={{ __html: svg }} />
      </div>
      <figcaption id={`${id}-caption`}>
        The incident’s shape: status and severity over time ({zoneName(now)}), its milestones, role changes and checklist progress.
      </figcaption>
    </figure>
  );
}, sameIncidentOnScreen);
