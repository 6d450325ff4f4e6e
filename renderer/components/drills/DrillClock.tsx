import type { DrillView } from '../../../shared/projection/checklist-views.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { formatStopwatch, timeToTarget } from './drillTime.js';
import { useSecondClock } from './useSecondClock.js';

/**
 * A running drill's stopwatch from its start, the target, and what is left
 * of it (or how far past it the team is), updated every second. The timer
 * is not announced each second (role "timer" is polite by silence); the
 * figures are there for whoever looks or asks.
 */
export function DrillClock({ drill }: { readonly drill: DrillView }) {
  const now = useSecondClock(true);
  const elapsedMs = Math.max(0, now - drill.startedAt);
  const toTarget = drill.targetMs === null ? null : timeToTarget(elapsedMs, drill.targetMs);
  return (
    <dl className="drill-clock">
      <div>
        <dt>Elapsed</dt>
        <dd>
          <span role="timer" aria-label="Drill time" className="drill-stopwatch">
            {formatStopwatch(elapsedMs)}
          </span>
        </dd>
      </div>
      <div>
        <dt>Target</dt>
        <dd>{drill.targetMs === null ? 'none set' : formatRunbookDuration(drill.targetMs)}</dd>
      </div>
      {toTarget !== null && (
        <div className={toTarget.over ? 'drill-over' : undefined}>
          <dt>{toTarget.over ? 'Over the target by' : 'Left'}</dt>
          <dd>{formatStopwatch(toTarget.ms)}</dd>
        </div>
      )}
    </dl>
  );
}
