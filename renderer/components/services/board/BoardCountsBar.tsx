import { barSegments, countedKinds, describeCounts, type BoardCounts } from './boardCounts.js';
import { STATUS_COUNT_WORD, STATUS_SYMBOL } from './serviceStatus.js';

/**
 * The board in one line and one bar: "38 of 142 verified up · 12 down · 9
 * unverified", and the same counts as a stacked bar with a legend of
 * symbols and words, so the bar is never read by its colours alone.
 */
export function BoardCountsBar({ counts }: { readonly counts: BoardCounts }) {
  const said = describeCounts(counts);
  return (
    <div className="board-counts">
      <p className="board-counts-line">{said}</p>
      <svg className="board-counts-bar" role="img" aria-label={`Services by state: ${said}`} viewBox="0 0 100 10" preserveAspectRatio="none">
        {barSegments(counts).map((segment) => (
          <rect key={segment.kind} className={`segment status-${segment.kind}`} x={segment.x} y={0} width={segment.width} height={10} />
        ))}
      </svg>
      {/* The bar's name already says these to a screen reader. */}
      <ul className="board-legend" aria-hidden="true">
        {countedKinds(counts).map((kind) => (
          <li key={kind} className={`legend-item status-${kind}`}>
            <span className="legend-key" /> {STATUS_SYMBOL[kind]} {counts[kind]} {STATUS_COUNT_WORD[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}
