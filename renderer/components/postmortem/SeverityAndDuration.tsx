import { useId } from 'react';
import { formatDuration } from '../../../shared/duration.js';
import type { PostMortem } from '../../../shared/postmortem/document.js';
import { incidentDurationMs, incidentEndedAt, type IncidentView } from '../../../shared/projection/views.js';
import { SeverityBadge } from '../Badges.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/** How bad it was and for how long: each severity it had, by whom and why, and the span from declaration to end. */
export function SeverityAndDuration({ incident, severity, now }: { readonly incident: IncidentView; readonly severity: PostMortem['severity']; readonly now: number }) {
  const id = useId();
  const ended = incidentEndedAt(incident);
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Severity and duration</h2>
      {/* From the declaration: the impact's own span, from started, is what the metrics measure. */}
      <p className="postmortem-duration">
        {ended === null ? 'Running for ' : 'Lasted '}
        <strong>{formatDuration(incidentDurationMs(incident, now))}</strong> from its declaration (<PostMortemMoment at={incident.declaredAt} />)
        {ended === null ? ', still open' : <> to its end (<PostMortemMoment at={ended} />)</>}.
      </p>
      <ol className="severity-history" aria-label="Severity over time">
        {severity.changes.map((change, index) => (
          <li key={`${change.at}-${index}`}>
            <SeverityBadge severity={change.severity} /> {index === 0 ? 'declared' : 'from'} <PostMortemMoment at={change.at} /> by {change.by}
            {change.reason === '' ? '' : `: ${change.reason}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
