import { axisMonthLabel } from './trendWords.js';
import { countScale } from './chartScale.js';
import { ValueGrid } from './ValueGrid.js';

const WIDTH = 420;
const HEIGHT = 220;
const LEFT = 40;
const RIGHT = 10;
const TOP = 14;
const BOTTOM = 40;

/**
 * A count per month as bars, oldest on the left, each bar's figure written
 * above it so nobody has to read it off the axis. Drawn at its own size
 * (never scaled down), so its text stays readable.
 */
export function MonthlyBars({ title, months, values, axisLabel }: { readonly title: string; readonly months: readonly string[]; readonly values: readonly number[]; readonly axisLabel: string }) {
  const scale = countScale(Math.max(0, ...values));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const floor = TOP + plotHeight;
  const slot = plotWidth / Math.max(1, months.length);
  const barWidth = Math.min(36, slot * 0.6);
  const yOf = (value: number) => floor - (value / scale.max) * plotHeight;
  return (
    <svg className="trends-chart" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      <ValueGrid scale={scale} at={yOf} from={LEFT} to={WIDTH - RIGHT} upright label={(tick) => tick} />
      <text className="trends-axis" x={12} y={TOP + plotHeight / 2} transform={`rotate(-90 12 ${TOP + plotHeight / 2})`} textAnchor="middle">
        {axisLabel}
      </text>
      {months.map((month, index) => {
        const value = values[index] ?? 0;
        const x = LEFT + slot * index + (slot - barWidth) / 2;
        return (
          <g key={month}>
            <rect className="trends-bar" x={x} y={yOf(value)} width={barWidth} height={floor - yOf(value)} />
            {value > 0 && (
              <text className="trends-figure" x={x + barWidth / 2} y={yOf(value) - 4} textAnchor="middle">
                {value}
              </text>
            )}
            <text className="trends-axis" x={x + barWidth / 2} y={floor + 16} textAnchor="middle">
              {axisMonthLabel(month, index)}
            </text>
          </g>
        );
      })}
      <line className="trends-floor" x1={LEFT} x2={WIDTH - RIGHT} y1={floor} y2={floor} />
      <text className="trends-axis" x={LEFT + plotWidth / 2} y={HEIGHT - 4} textAnchor="middle">
        Month the impact started
      </text>
    </svg>
  );
}
