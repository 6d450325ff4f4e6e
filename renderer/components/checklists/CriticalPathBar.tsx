import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { describeRemainingPath, remainingPath } from './criticalPath.js';

/**
 * What is left of the critical path, drawn: one segment per step, as long
 * as it is expected to take, numbered as in the list; a step with no
 * expected duration gets a narrow dashed segment marked "?". The sentence
 * beside it gives the total ("at least" when some are unestimated).
 */
export function CriticalPathBar({ checklist, numbers }: { readonly checklist: ChecklistView; readonly numbers: ReadonlyMap<string, number> }) {
  const path = remainingPath(checklist, numbers);
  const described = describeRemainingPath(path);
  return (
    <div className="critical-path">
      {path.segments.length > 0 && (
        <div className="checklist-path-bar" role="img" aria-label={`Critical path of ${checklist.title}: ${described}`}>
          {path.segments.map((segment) => (
            <span
              key={segment.step.id}
              className={`checklist-path-segment status-${segment.step.status}${segment.ms === null ? ' unestimated' : ''}`}
              style={segment.ms === null ? undefined : { flexGrow: segment.ms }}
              title={`${segment.number}. ${segment.step.title}: ${segment.ms === null ? 'no expected duration' : formatRunbookDuration(segment.ms)}`}
            >
              {segment.ms === null ? `${segment.number}?` : segment.number}
            </span>
          ))}
        </div>
      )}
      <p className="checklist-path-figures" aria-hidden={path.segments.length > 0 || undefined}>
        {described}
      </p>
    </div>
  );
}
