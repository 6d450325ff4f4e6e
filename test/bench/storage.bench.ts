/** Append latency and projection rebuild. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WarRoomProjection } from '../../shared/projection/projection.js';
import { WarRoomHost } from '../../electron/host/host.js';
import { openWarRoomStore } from '../../electron/store/war-room-store.js';
import type { SignedEvent } from '../../shared/events.js';
import { ms, percentile, report } from './stats.js';

export function benchAppend(count = 1_000): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-bench-append-'));
  const host = WarRoomHost.open({ dataDir: dir, watchMs: 0, fallbackAuthor: 'bench' });
  try {
    const declared = host.run('declareIncident', { title: 'Bench', severity: 'SEV3', summary: '' });
    if (!declared.ok) throw new Error(declared.error.message);
    const samples: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const started = performance.now();
      const result = host.run('addEntry', { incidentId: declared.value.incidentId, text: `entry ${i}` });
      samples.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
    }
    report(`append a timeline entry (${count}, fsync'd)`, { p50: ms(percentile(samples, 50)), p99: ms(percentile(samples, 99)) }, 'p99 < 2 ms');
  } finally {
    host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function benchRebuild(folder: string, count: number): void {
  const store = openWarRoomStore(folder);
  let events: SignedEvent[];
  const loadStarted = performance.now();
  try {
    events = [...store.log.readAll()].map((stored) => stored.event);
  } finally {
    store.close();
  }
  const loaded = performance.now() - loadStarted;
  const samples: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const projection = WarRoomProjection.rebuild(events);
    samples.push(performance.now() - started);
    if (projection.size !== count) throw new Error(`rebuilt ${projection.size} of ${count} events`);
  }
  report(`projection rebuild, ${count.toLocaleString('en')} events`, { best: ms(Math.min(...samples)), median: ms(percentile(samples, 50)), 'read from SQLite': ms(loaded) }, '< 250 ms');
}
