/**
 * `npm run bench`: prints figures for the README's performance section.
 * Nothing here asserts a time; regressions are read, not failed.
 */
import fs from 'node:fs';
import os from 'node:os';
import { benchColdStart } from './cold-start.bench.js';
import { benchKeypressToRendered } from './keypress.bench.js';
import { seededFolder, syntheticIncidentEvents } from './seed-folder.js';
import { benchAppend, benchRebuild } from './storage.bench.js';
import { benchApply, benchPartition, benchPropagation } from './sync.bench.js';

const EVENTS = 100_000;

process.stdout.write(`Holdfast benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n\n`);
benchAppend();
process.stdout.write(`(seeding a folder with ${EVENTS.toLocaleString('en')} signed events…)\n`);
const folder = seededFolder(syntheticIncidentEvents(EVENTS));
try {
  benchRebuild(folder, EVENTS);
  await benchColdStart(folder, EVENTS);
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
await benchKeypressToRendered();
process.stdout.write('\n(sync: three peers in this process, each with its own store, over TLS-PSK WebSockets on 127.0.0.1…)\n');
await benchPropagation();
await benchPartition();
benchApply();
