import { useId } from 'react';
import { TIME_TO_MILESTONE, incidentMetrics } from '../../../shared/postmortem/metrics.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { useNow } from '../../time/useNow.js';
import { PostMortemMoment } from './PostMortemMoment.js';
import { SeverityTimeBars } from './SeverityTimeBars.js';
import { metricValue } from './metricFigures.js';

/**
 * Time to detect, acknowledge, mitigate and resolve, each with its formula
 * and the two moments it is measured between, so nobody has to trust a bare
 * number; then the time spent at each severity. A drill says its times are
 * its own.
 */
export function MetricsPanel({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  const now = useNow();
  const metrics = incidentMetrics(incident, now);
  const started = incident.milestones.started.at;
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Metrics</h2>
      {metrics.leftOutBecause !== null && <p className="postmortem-drill-note">{metrics.leftOutBecause}</p>}
      <table className="metrics-table" aria-labelledby={`${id}-heading`}>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Time</th>
            <th scope="col">Formula</th>
          </tr>
        </thead>
        <tbody>
          {metrics.timeTo.map((metric) => {
            const reached = incident.milestones[TIME_TO_MILESTONE[metric.key]].at;
            return (
              <tr key={metric.key} className={metric.problem === null ? undefined : 'metric-crossed'}>
                <th scope="row">{metric.label}</th>
                <td className="metric-value">{metricValue(metric)}</td>
                <td>
                  <code>{metric.formula}</code>
                  {reached !== null && started !== null && (
                    <span className="metric-moments">
                      {' '}
                      = <PostMortemMoment at={reached} /> − <PostMortemMoment at={started} />
                    </span>
                  )}
                  {metric.problem !== null && <p className="metric-problem">{metric.problem}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SeverityTimeBars times={metrics.timeAtSeverity} open={metrics.window.open} />
    </section>
  );
}
