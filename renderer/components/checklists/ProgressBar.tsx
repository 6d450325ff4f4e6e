import { describeProgress, progressParts, progressSegments } from './progressFigures.js';
import type { ProgressCounts } from './progressFigures.js';

/**
 * Done of total as a bar: finished work green, skipped grey, under way blue,
 * blocked in the warning colour, what is left empty. The figures stand
 * beside it in words, each with its colour's key, so nothing is told by
 * colour alone; the drawing's accessible name says the same.
 */
export function ProgressBar({
  label,
  progress,
  compact = false,
}: {
  readonly label: string;
  readonly progress: ProgressCounts;
  /** Only the bar, where its figures are already said beside it (the summary strip). */
  readonly compact?: boolean;
}) {
  let x = 0;
  const rects = progressSegments(progress).map((segment) => {
    const rect = { kind: segment.kind, x, width: segment.fraction * 100 };
    x += rect.width;
    return rect;
  });
  return (
    <div className={`checklist-progress${compact ? ' compact' : ''}`}>
      <svg className="checklist-progress-bar" role="img" aria-label={`${label}: ${describeProgress(progress)}`} viewBox="0 0 100 10" preserveAspectRatio="none">
        {rects
          .filter((rect) => rect.width > 0 && rect.kind !== 'todo')
          .map((rect) => (
            <rect key={rect.kind} className={`segment-${rect.kind}`} x={rect.x} y={0} width={rect.width} height={10} />
          ))}
      </svg>
      {/* The drawing's name already says these to a screen reader. */}
      {!compact && (
      <p className="checklist-progress-figures" aria-hidden="true">
        {progressParts(progress).map((part) => (
          <span key={part.kind} className={`progress-figure progress-figure-${part.kind}`}>
            {part.text}
          </span>
        ))}
      </p>
      )}
    </div>
  );
}
