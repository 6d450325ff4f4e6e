import { formatDuration } from '../../../shared/duration.js';
import type { ServiceUptime, UptimeMonth } from '../../../shared/trends/trends-view.js';
import { durationScale } from './chartScale.js';
import { axisDuration } from './trendWords.js';
import { ValueGrid } from './ValueGrid.js';

const WIDTH = 860;
const ROW = 30;
const LEFT = 170;
const RIGHT = 290;
const TOP = 8;
const BOTTOM = 32;

/**
 * This month's time down of each customer-facing service against its
 * budget: the bar is the time down, the dashed tick the budget. A bar past
 * its tick is drawn in the warning colour and hatched, and the words at its
 * end say how much is left or by how much it is exceeded.
 */
export function UptimeBars({ title, services, monthOf }: { readonly title: string; readonly services: readonly ServiceUptime[]; readonly monthOf: (service: ServiceUptime) => UptimeMonth }) {
  const rows = services.map((service) => ({ service, month: monthOf(service) }));
  const scale = durationScale(Math.max(0, ...rows.flatMap(({ month }) => [month.downMs, month.budgetMs ?? 0])));
  const height = TOP + ROW * Math.max(1, rows.length) + BOTTOM;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const xOf = (ms: number) => LEFT + (Math.min(ms, scale.max) / scale.max) * plotWidth;
  const floor = TOP + ROW * rows.length;
  return (
    <svg className="trends-chart" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      <defs>
        <pattern id="trends-exceeded" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="trends-exceeded-fill" />
          <line x1="0" y1="0" x2="0" y2="6" className="trends-exceeded-hatch" />
        </pattern>
      </defs>
      <ValueGrid scale={scale} at={xOf} from={TOP} to={floor} upright={false} label={axisDuration} />
      {rows.map(({ service, month }, index) => {
        const y = TOP + ROW * index;
        const exceeded = month.leftMs !== null && month.leftMs < 0;
        const words = month.leftMs === null ? `${formatDuration(month.downMs)} down, no target` : exceeded ? `${formatDuration(month.downMs)} down, over by ${formatDuration(-month.leftMs)}` : `${formatDuration(month.downMs)} down, ${formatDuration(month.leftMs)} left`;
        return (
          <g key={service.serviceId}>
            <text className="trends-label" x={LEFT - 8} y={y + ROW / 2 + 4} textAnchor="end">
              {service.name.length > 22 ? `${service.name.slice(0, 21)}…` : service.name}
            </text>
            <rect className={exceeded ? 'trends-bar exceeded' : 'trends-bar down'} x={LEFT} y={y + 5} width={Math.max(month.downMs > 0 ? 2 : 0, xOf(month.downMs) - LEFT)} height={ROW - 10} />
            {month.budgetMs !== null && <line className="trends-budget" x1={xOf(month.budgetMs)} x2={xOf(month.budgetMs)} y1={y + 2} y2={y + ROW - 2} />}
            <text className={exceeded ? 'trends-figure exceeded' : 'trends-figure'} x={WIDTH - RIGHT + 8} y={y + ROW / 2 + 4}>
              {words}
            </text>
          </g>
        );
      })}
      <text className="trends-axis" x={LEFT + plotWidth / 2} y={height - 2} textAnchor="middle">
        Time down this month (dashed tick: the month&apos;s budget)
      </text>
    </svg>
  );
}
