import type { Step } from '../../../shared/runbooks/runbook.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { criticalPathBars, formatCriticalPath } from './criticalPathBars.js';

/**
 * The critical path drawn as bars laid end to end: however many people work
 * in parallel, the recovery takes at least this long. Each bar's step and
 * duration are written beside it, so the drawing is never the only copy.
 */
export function CriticalPathChart({ steps, targetMs, headingId }: { readonly steps: readonly Step[]; readonly targetMs: number; readonly headingId: string }) {
  const { bars, totalMs, unestimated } = criticalPathBars(steps);
  return (
    <section className="critical-path" aria-labelledby={headingId}>
      <h2 id={headingId}>Critical path</h2>
      <p className="critical-path-total">
        {formatCriticalPath(totalMs, unestimated.length)} by expected durations, against a target of {formatRunbookDuration(targetMs)}
        {totalMs > targetMs ? ': longer than the target, so the target cannot be met as written.' : '.'}
      </p>
      {bars.length > 0 && (
        <ol className="path-bars" aria-labelledby={headingId}>
          {bars.map(({ step, startPercent, widthPercent }) => (
            <li key={step.id}>
              <span className="path-bar-label">
                {step.title} <span className="path-bar-time">{step.expectMs === null ? 'no estimate' : formatRunbookDuration(step.expectMs)}</span>
              </span>
              <span className="path-bar-track" aria-hidden="true">
                <span className={`path-bar${step.expectMs === null ? ' unestimated' : ''}`} style={{ marginLeft: `${startPercent}%`, width: `${widthPercent}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
