import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import { formatMeasured } from './drillTime.js';
import { barPercent, stepTimings, timingScaleMs, type StepTiming } from './stepTimings.js';

/**
 * Each step's actual duration against its expected one, as figures and as
 * a pair of bars on one scale; a slow step is said in words ("4m 10s
 * slow") and highlighted, since that is where the next drill should improve.
 * Folded under a line naming the slowest step, so a finished drill's table
 * does not push the incident down the screen.
 */
export function StepTimingTable({ checklist }: { readonly checklist: ChecklistView }) {
  const timings = stepTimings(checklist);
  const scaleMs = timingScaleMs(timings);
  return (
    <details className="step-timings-details">
      <summary>{slowLine(timings)}</summary>
      <table className="step-timings">
        <caption>Each step against its estimate</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Expected</th>
            <th scope="col">Actual</th>
            <th scope="col">Against the estimate</th>
            <th scope="col" aria-hidden="true" className="step-timing-bars-head">
              <span className="legend expected">expected</span> <span className="legend actual">actual</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {timings.map((timing) => (
            <tr key={timing.id} className={timing.slow ? 'slow' : undefined}>
              <th scope="row">{timing.title}</th>
              <td>{timing.expectMs === null ? 'no estimate' : formatRunbookDuration(timing.expectMs)}</td>
              <td>{timing.actualMs === null ? timing.status : formatMeasured(timing.actualMs)}</td>
              <td>{verdict(timing)}</td>
              <td aria-hidden="true" className="step-timing-bars">
                <span className="timing-bar expected" style={{ width: `${barPercent(timing.expectMs, scaleMs)}%` }} />
                <span className="timing-bar actual" style={{ width: `${barPercent(timing.actualMs, scaleMs)}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** "Each step against its estimate: 2 slower than expected, the slowest Fence the old primary (3m 10s slow)". */
function slowLine(timings: readonly StepTiming[]): string {
  const slow = timings.filter((timing) => timing.slow);
  if (slow.length === 0) return 'Each step against its estimate: none slower than expected';
  const slowest = slow.reduce((worst, timing) => (timing.overMs > worst.overMs ? timing : worst));
  return `Each step against its estimate: ${slow.length} slower than expected, the slowest ${slowest.title} (${formatMeasured(slowest.overMs)} slow)`;
}

function verdict(timing: StepTiming): string {
  if (timing.actualMs === null) return timing.status === 'skipped' ? 'skipped' : '';
  if (timing.expectMs === null) return 'no estimate to compare';
  if (timing.slow) return `${formatMeasured(timing.overMs)} slow`;
  return 'within the estimate';
}
