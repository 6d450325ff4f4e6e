import { useId } from 'react';
import type { PostMortem } from '../../../shared/postmortem/document.js';
import { TIME_TO_MILESTONE } from '../../../shared/postmortem/metrics.js';
import type { Milestone } from '../../../shared/postmortem/milestones.js';
import { PostMortemMoment } from './PostMortemMoment.js';
import { SeverityTimeBars } from './SeverityTimeBars.js';
import { metricValue } from './metricFigures.js';

/**
 * Time to detect, acknowledge, mitigate and resolve, each with its formula
 * and the two moments it is measured between, so nobody has to trust a bare
 * number; then the time spent at each severity. A drill says its times are
 * its own.
 */
export function MetricsPanel({ metrics, milestones }: Pick<PostMortem, 'metrics' | 'milestones'>) {
  const id = useId();
  const reachedAt = (milestone: Milestone) => milestones.find((each) => each.milestone === milestone)?.at ?? null;
  const started = reachedAt('started');
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
            const reached = reachedAt(TIME_TO_MILESTONE[metric.key]);
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
