/** Percentiles and printing for benchmarks: figures, never assertions. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

export function seconds(value: number): string {
  return `${(value / 1_000).toFixed(2)} s`;
}

export function report(name: string, figures: Record<string, string>, target?: string): void {
  const parts = Object.entries(figures).map(([key, value]) => `${key} ${value}`);
  process.stdout.write(`${name.padEnd(46)} ${parts.join('   ')}${target ? `   (target: ${target})` : ''}\n`);
}
