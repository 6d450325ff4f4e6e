/**
 * The chart the room bench draws into docs/: converge time against peers
 * and against events per peer, two panels side by side, as plain SVG text.
 * Every line is named in text in a legend, and drawn
 * with its own dash, so nothing depends on telling colours apart.
 */

export interface ChartLine {
  readonly name: string;
  /** [x, seconds] */
  readonly points: readonly (readonly [number, number])[];
}

export interface ChartPanel {
  readonly title: string;
  readonly xLabel: string;
  readonly lines: readonly ChartLine[];
}

const WIDTH = 1200;
/** Room below the panels for a legend of up to LEGEND_ROWS lines each. */
const LEGEND_ROWS = 4;
const HEIGHT = 620 + LEGEND_ROWS * 24;
const PANEL = { width: 470, height: 380, top: 120, left: [100, 690] } as const;
const STYLES = [
  { stroke: '#1f5fa8', dash: '', marker: 'circle' },
  { stroke: '#b3471b', dash: '10 6', marker: 'square' },
  { stroke: '#2e7d32', dash: '3 5', marker: 'diamond' },
  { stroke: '#6a3d9a', dash: '14 4 3 4', marker: 'circle' },
] as const;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Round steps (1, 2 or 5 times a power of ten) from 0 to at least `max`. */
function ticks(max: number, wanted = 5): number[] {
  const top = max > 0 ? max : 1;
  const rough = top / wanted;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((k) => k * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const steps: number[] = [];
  for (let value = 0; value < top + step - 1e-9; value += step) steps.push(Number(value.toPrecision(12)));
  return steps;
}

function formatTick(value: number): string {
  if (value >= 1_000) return `${value / 1_000}k`;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function marker(kind: string, x: number, y: number, stroke: string): string {
  if (kind === 'square') return `<rect x="${x - 5}" y="${y - 5}" width="10" height="10" fill="white" stroke="${stroke}" stroke-width="2"/>`;
  if (kind === 'diamond') return `<path d="M${x} ${y - 6} L${x + 6} ${y} L${x} ${y + 6} L${x - 6} ${y} Z" fill="white" stroke="${stroke}" stroke-width="2"/>`;
  return `<circle cx="${x}" cy="${y}" r="5" fill="white" stroke="${stroke}" stroke-width="2"/>`;
}

function panelSvg(panel: ChartPanel, left: number): string {
  const { width, height, top } = PANEL;
  const all = panel.lines.flatMap((line) => line.points);
  const xTicks = ticks(Math.max(...all.map(([x]) => x)));
  const yTicks = ticks(Math.max(...all.map(([, y]) => y)));
  const xMax = xTicks.at(-1)!;
  const yMax = yTicks.at(-1)!;
  const px = (x: number): number => left + (x / xMax) * width;
  const py = (y: number): number => top + height - (y / yMax) * height;
  const out: string[] = [];
  out.push(`<text x="${left + width / 2}" y="${top - 30}" text-anchor="middle" font-size="20" font-weight="bold">${escape(panel.title)}</text>`);
  for (const y of yTicks) {
    out.push(`<line x1="${left}" x2="${left + width}" y1="${py(y)}" y2="${py(y)}" stroke="#ddd"/>`);
    out.push(`<text x="${left - 10}" y="${py(y) + 5}" text-anchor="end" font-size="15">${formatTick(y)}</text>`);
  }
  for (const x of xTicks) {
    out.push(`<line x1="${px(x)}" x2="${px(x)}" y1="${top + height}" y2="${top + height + 6}" stroke="#333"/>`);
    out.push(`<text x="${px(x)}" y="${top + height + 24}" text-anchor="middle" font-size="15">${formatTick(x)}</text>`);
  }
  out.push(`<line x1="${left}" x2="${left + width}" y1="${top + height}" y2="${top + height}" stroke="#333" stroke-width="1.5"/>`);
  out.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + height}" stroke="#333" stroke-width="1.5"/>`);
  out.push(`<text x="${left + width / 2}" y="${top + height + 52}" text-anchor="middle" font-size="16">${escape(panel.xLabel)}</text>`);
  out.push(
    `<text x="${left - 58}" y="${top + height / 2}" text-anchor="middle" font-size="16" transform="rotate(-90 ${left - 58} ${top + height / 2})">time to converge (seconds)</text>`,
  );
  panel.lines.forEach((line, i) => {
    const style = STYLES[i % STYLES.length]!;
    const points = [...line.points].sort((a, b) => a[0] - b[0]);
    const path = points.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${px(x).toFixed(1)} ${py(y).toFixed(1)}`).join(' ');
    out.push(`<path d="${path}" fill="none" stroke="${style.stroke}" stroke-width="2.5" stroke-dasharray="${style.dash}"/>`);
    for (const [x, y] of points) out.push(marker(style.marker, px(x), py(y), style.stroke));
  });
  // The legend, in text, under the panel: inside it, a box hid the lines that rose behind it.
  panel.lines.forEach((line, i) => {
    const style = STYLES[i % STYLES.length]!;
    const ly = top + height + 84 + i * 24;
    out.push(`<line x1="${left}" x2="${left + 40}" y1="${ly}" y2="${ly}" stroke="${style.stroke}" stroke-width="2.5" stroke-dasharray="${style.dash}"/>`);
    out.push(marker(style.marker, left + 20, ly, style.stroke));
    out.push(`<text x="${left + 48}" y="${ly + 5}" font-size="15">${escape(line.name)}</text>`);
  });
  return out.join('\n');
}

/** The whole chart: a title, a note under it (machine, load), and the two panels. */
export function convergeChartSvg(title: string, note: string, panels: readonly [ChartPanel, ChartPanel]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, Arial, sans-serif" fill="#222">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="36" text-anchor="middle" font-size="22" font-weight="bold">${escape(title)}</text>`,
    `<text x="${WIDTH / 2}" y="${HEIGHT - 12}" text-anchor="middle" font-size="13" fill="#555">${escape(note)}</text>`,
    panelSvg(panels[0], PANEL.left[0]),
    panelSvg(panels[1], PANEL.left[1]),
    '</svg>',
    '',
  ].join('\n');
}
