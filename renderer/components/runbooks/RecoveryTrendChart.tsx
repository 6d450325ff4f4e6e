import { useId } from 'react';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { formatMeasured } from '../drills/drillTime.js';
import { trendChart, type ChartBox, type TrendDrill } from './trendChart.js';

const BOX: ChartBox = { width: 360, height: 150, left: 12, right: 70, top: 12, bottom: 14 };
const MARK = 4;

/**
 * Are we getting faster? Each completed drill's recovery time, oldest on
 * the left, against the target as a dashed line. A missed target is a
 * square above the line, a met one a circle below it (shape as well as
 * colour), and the same figures are written under the chart.
 */
export function RecoveryTrendChart({ drills, targetMs }: { readonly drills: readonly TrendDrill[]; readonly targetMs: number }) {
  const id = useId();
  if (drills.length === 0) return null;
  const chart = trendChart(drills, targetMs, BOX);
  const figures = chart.points.map((point) => formatMeasured(point.recoveryMs)).join(', ');
  const name = `Recovery times of ${chart.points.length} completed ${chart.points.length === 1 ? 'drill' : 'drills'}, oldest first, against the ${formatRunbookDuration(targetMs)} target`;
  return (
    <figure className="recovery-trend">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-figures`} className="recovery-trend-chart">
        <title id={`${id}-title`}>{name}</title>
        <line className="trend-floor" x1={BOX.left} x2={BOX.width - BOX.right} y1={chart.floorY} y2={chart.floorY} />
        <text className="trend-axis-label" x={BOX.width - BOX.right + 6} y={chart.floorY + 4}>
          0
        </text>
        {chart.targetY !== null && (
          <>
            <line className="trend-target" x1={BOX.left} x2={BOX.width - BOX.right} y1={chart.targetY} y2={chart.targetY} />
            <text className="trend-target-label" x={BOX.width - BOX.right + 6} y={chart.targetY + 4}>
              target {formatRunbookDuration(targetMs)}
            </text>
          </>
        )}
        {chart.points.length > 1 && <polyline className="trend-line" points={chart.points.map((point) => `${point.x},${point.y}`).join(' ')} />}
        {chart.points.map((point) =>
          point.met === false ? (
            <rect key={point.startedAt} className="trend-point missed" x={point.x - MARK} y={point.y - MARK} width={MARK * 2} height={MARK * 2} />
          ) : (
            <circle key={point.startedAt} className="trend-point met" cx={point.x} cy={point.y} r={MARK} />
          ),
        )}
      </svg>
      <figcaption id={`${id}-figures`}>
        Recovery times, oldest first: {figures}. Target {formatRunbookDuration(targetMs)}.
      </figcaption>
    </figure>
  );
}
