import { useId, useMemo } from 'react';
import { realIncidentMetrics } from '../../../shared/postmortem/metrics.js';
import { useHoldfast } from '../../store/context.js';
import { selectIncidentList } from '../../store/selectors.js';
import { aggregateSentence } from './aggregateWords.js';
import './postmortem.css';

/**
 * Under the incident list: the median times to detect, acknowledge,
 * mitigate and resolve across resolved real incidents, drills left out,
 * with the formulas one click away.
 */
export function AggregateMetrics() {
  const id = useId();
  const incidents = useHoldfast(selectIncidentList);
  const metrics = useMemo(() => realIncidentMetrics(incidents), [incidents]);
  if (incidents.length === 0) return null;
  return (
    <section className="aggregate-metrics" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Across incidents</h3>
      <p>{aggregateSentence(metrics)}</p>
      <details>
        <summary>How these are measured</summary>
        <ul>
          {metrics.metrics.map((metric) => (
            <li key={metric.key}>
              {metric.label}: <code>{metric.formula}</code>, the median of {metric.samples} {metric.samples === 1 ? 'incident' : 'incidents'}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
