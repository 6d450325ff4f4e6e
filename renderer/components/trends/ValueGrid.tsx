import type { ValueScale } from './chartScale.js';

/**
 * A trends chart's value axis drawn across its plot: a grid line at each
 * tick and the tick's figure at the plot's edge. Upright charts (a value
 * per month) run their lines across and write figures to the left; lying
 * charts (a bar per row) run them down and write figures below.
 */
export function ValueGrid({ scale, at, from, to, upright, label }: { readonly scale: ValueScale; readonly at: (value: number) => number; readonly from: number; readonly to: number; readonly upright: boolean; readonly label: (value: number) => string | number }) {
  return scale.ticks.map((tick) => (
    <g key={tick}>
      {upright ? <line className="trends-grid" x1={from} x2={to} y1={at(tick)} y2={at(tick)} /> : <line className="trends-grid" x1={at(tick)} x2={at(tick)} y1={from} y2={to} />}
      <text className="trends-axis" x={upright ? from - 6 : at(tick)} y={upright ? at(tick) + 4 : to + 16} textAnchor={upright ? 'end' : 'middle'}>
        {label(tick)}
      </text>
    </g>
  ));
}
