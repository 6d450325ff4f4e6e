import { barSegments, countedKinds, describeCounts, type BoardCounts } from './boardCounts.js';
import { STATUS_COUNT_WORD, STATUS_SYMBOL } from './serviceStatus.js';

/**
 * The board at a glance: how many of how many are verified up, then every
 * state's count as a stacked bar with a legend of symbols and words, so the
 * bar is never read by its colours alone. A screen reader hears it all in
 * one sentence, the bar's name: "38 of 142 verified up · 12 down · 9
 * unverified".
 */
export function BoardCountsBar({ counts }: { readonly counts: BoardCounts }) {
  const said = describeCounts(counts);
  return (
    <div className="board-counts">
      {/* The headline; the legend under the bar says the rest, and the bar's name all of it. */}
      <p className="board-counts-line" aria-hidden="true">
        {counts.up} of {counts.total} verified up
      </p>
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
