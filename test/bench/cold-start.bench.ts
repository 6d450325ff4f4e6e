/** From `holdfast serve` on a full folder to the first answered API call. */
import { performance } from 'node:perf_hooks';
import { megabytes, ServeProcess, TimedApi } from './serve-process.js';
import { ms, report } from './stats.js';

/** Far beyond any plausible start: a peer that never answers fails the run instead of hanging it. */
const BOUND_MS = 60_000;

export async function benchColdStart(folder: string, count: number): Promise<void> {
  const serve = ServeProcess.start(folder);
  try {
    const url = await serve.address(BOUND_MS);
    const listening = performance.now() - serve.startedAt;
    const api = await TimedApi.connect(url, BOUND_MS);
    try {
      await api.call('listIncidents', {}, BOUND_MS);
    } finally {
      api.close();
    }
    const answered = performance.now() - serve.startedAt;
    const memory = serve.memory();
    report(
      `headless peer cold start, ${count.toLocaleString('en')} events`,
      {
        listening: ms(listening),
        'first API answer': ms(answered),
        RSS: memory ? `${megabytes(memory.rss)} (peak ${megabytes(memory.peak)})` : 'n/a',
      },
      'first answer < 300 ms',
    );
  } finally {
    await serve.stop();
  }
}
