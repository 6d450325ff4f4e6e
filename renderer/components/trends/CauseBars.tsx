import { countScale } from './chartScale.js';
import { ValueGrid } from './ValueGrid.js';

const WIDTH = 420;
const ROW = 26;
const LEFT = 140;
const RIGHT = 40;
const TOP = 8;
const BOTTOM = 30;

export interface CauseTotal {
  readonly name: string;
  readonly count: number;
}

/** Incidents per cause over the months shown, most first, as horizontal bars with their figures written at the end. */
export function CauseBars({ title, totals }: { readonly title: string; readonly totals: readonly CauseTotal[] }) {
  const scale = countScale(Math.max(0, ...totals.map((total) => total.count)));
  const height = TOP + ROW * Math.max(1, totals.length) + BOTTOM;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const xOf = (value: number) => LEFT + (value / scale.max) * plotWidth;
  const floor = TOP + ROW * totals.length;
  return (
    <svg className="trends-chart" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      <ValueGrid scale={scale} at={xOf} from={TOP} to={floor} upright={false} label={(tick) => tick} />
      {totals.map((total, index) => {
        const y = TOP + ROW * index;
        return (
          <g key={total.name}>
            <text className="trends-label" x={LEFT - 8} y={y + ROW / 2 + 4} textAnchor="end">
              {total.name.length > 20 ? `${total.name.slice(0, 19)}…` : total.name}
            </text>
            <rect className="trends-bar cause" x={LEFT} y={y + 4} width={xOf(total.count) - LEFT} height={ROW - 8} />
            <text className="trends-figure" x={xOf(total.count) + 6} y={y + ROW / 2 + 4}>
              {total.count}
            </text>
          </g>
        );
      })}
      <text className="trends-axis" x={LEFT + plotWidth / 2} y={height - 2} textAnchor="middle">
        Incidents
      </text>
    </svg>
  );
}
