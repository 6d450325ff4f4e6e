import type { TimeToFigure } from '../../../shared/trends/trends-view.js';
import { durationScale } from './chartScale.js';
import { axisDuration, axisMonthLabel } from './trendWords.js';
import { ValueGrid } from './ValueGrid.js';

const WIDTH = 420;
const HEIGHT = 190;
const LEFT = 48;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 26;
const MARK = 4;

/** The runs of consecutive months that have a value: a month without one breaks the line, it is not drawn as zero. */
function runs(points: readonly ({ x: number; y: number } | null)[]): { x: number; y: number }[][] {
  const all: { x: number; y: number }[][] = [];
  let current: { x: number; y: number }[] = [];
  for (const point of points) {
    if (point === null) {
      if (current.length > 0) all.push(current);
      current = [];
    } else current.push(point);
  }
  if (current.length > 0) all.push(current);
  return all;
}

/**
 * One time (to detect, say) per month: the median as a solid line of
 * circles, the 90th percentile as a dashed line of squares (shape and dash
 * as well as colour). A month with no incident has no point.
 */
export function TimeLines({ title, months, figures }: { readonly title: string; readonly months: readonly string[]; readonly figures: readonly TimeToFigure[] }) {
  const highest = Math.max(0, ...figures.flatMap((figure) => [figure.medianMs ?? 0, figure.p90Ms ?? 0]));
  const scale = durationScale(highest);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const floor = TOP + plotHeight;
  const slot = plotWidth / Math.max(1, months.length);
  const xOf = (index: number) => LEFT + slot * index + slot / 2;
  const yOf = (ms: number) => floor - (ms / scale.max) * plotHeight;
  const series = (pick: (figure: TimeToFigure) => number | null) => figures.map((figure, index) => (pick(figure) === null ? null : { x: xOf(index), y: yOf(pick(figure)!) }));
  const medians = series((figure) => figure.medianMs);
  const p90s = series((figure) => figure.p90Ms);
  return (
    <svg className="trends-chart" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      <ValueGrid scale={scale} at={yOf} from={LEFT} to={WIDTH - RIGHT} upright label={axisDuration} />
      {months.map((month, index) => (
        <text key={month} className="trends-axis" x={xOf(index)} y={floor + 18} textAnchor="middle">
          {axisMonthLabel(month, index)}
        </text>
      ))}
      <line className="trends-floor" x1={LEFT} x2={WIDTH - RIGHT} y1={floor} y2={floor} />
      {runs(p90s).map((run) => run.length > 1 && <polyline key={`p90-${run[0]!.x}`} className="trends-line p90" points={run.map((point) => `${point.x},${point.y}`).join(' ')} />)}
      {runs(medians).map((run) => run.length > 1 && <polyline key={`median-${run[0]!.x}`} className="trends-line median" points={run.map((point) => `${point.x},${point.y}`).join(' ')} />)}
      {p90s.map((point, index) => point && <rect key={`p90-${months[index]}`} className="trends-point p90" x={point.x - MARK} y={point.y - MARK} width={MARK * 2} height={MARK * 2} />)}
      {medians.map((point, index) => point && <circle key={`median-${months[index]}`} className="trends-point median" cx={point.x} cy={point.y} r={MARK} />)}
    </svg>
  );
}

/** The key to the lines, in HTML so it is read as text. */
export function TimeLegend() {
  return (
    <p className="trends-legend">
      <span className="trends-key median" aria-hidden="true" /> Median (solid line, circles) <span className="trends-key p90" aria-hidden="true" /> 90th percentile (dashed line, squares)
    </p>
  );
}
