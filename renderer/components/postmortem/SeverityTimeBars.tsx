import type { SeverityTime } from '../../../shared/postmortem/metrics.js';
import { formatDuration } from '../../../shared/duration.js';
import { severityBars } from './metricFigures.js';

/**
 * The time spent at each severity, each a bar (its share of the whole) in
 * the severity's colour beside its figure and its formula in words, so
 * nothing is told by colour or length alone.
 */
export function SeverityTimeBars({ times, open }: { readonly times: readonly SeverityTime[]; readonly open: boolean }) {
  const bars = severityBars(times);
  return (
    <figure className="severity-times">
      <figcaption>
        Time at each severity, from started to {open ? 'now (still open)' : 'resolved'}
      </figcaption>
      {bars.length === 0 && <p className="hint postmortem-empty">No time measured yet.</p>}
      <ul aria-label="Time at each severity" className="severity-time-list">
        {bars.map((bar) => (
          <li key={bar.severity} className="severity-time">
            <span className={`badge severity-${bar.severity.toLowerCase()}`}>{bar.severity}</span>
            {/* The figure beside it says the same in words. */}
            <span className="severity-time-track" aria-hidden="true">
              <span className={`severity-time-bar bar-${bar.severity.toLowerCase()}`} style={{ width: `${bar.percent}%` }} />
            </span>
            <span className="severity-time-figure">{formatDuration(bar.ms)}</span>
            <span className="severity-time-formula">{bar.formula}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
