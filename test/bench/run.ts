/**
 * `npm run bench`: prints figures for the README's performance section.
 * Nothing here asserts a time; regressions are read, not failed.
 *
 * `npm run bench -- sync` (or `storage`, `references`, `room`, `postmortem`, `services` or `million`) runs one section only: the sync
 * figures are worth repeating several times on a shared machine, and the
 * browser, storage and million sections take minutes (the million-event
 * room is seeded once, minutes, and kept under the temp folder).
 */
import fs from 'node:fs';
import os from 'node:os';
import { benchBoardRender } from './board-render.bench.js';
import { benchColdStart } from './cold-start.bench.js';
import { benchKeypressToRendered } from './keypress.bench.js';
import { benchMillionRoom } from './million.bench.js';
import { benchPostMortemExport } from './postmortem.bench.js';
import { benchReferences } from './references.bench.js';
import { benchRoom } from './room.bench.js';
import { benchServiceBoard } from './service-board.bench.js';
import { seededFolder, syntheticIncidentEvents } from './seed-folder.js';
import { benchAppend, benchRebuild } from './storage.bench.js';
import { benchApply, benchPartition, benchPropagation } from './sync.bench.js';

const EVENTS = 100_000;
const SECTIONS = ['storage', 'sync', 'references', 'room', 'postmortem', 'services', 'million'] as const;
const chosen = process.argv.slice(2);
const unknown = chosen.filter((section) => !(SECTIONS as readonly string[]).includes(section));
if (unknown.length > 0) {
  process.stderr.write(`No bench section called ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}.\n`);
  process.exit(2);
}
const runs = (section: (typeof SECTIONS)[number]) => chosen.length === 0 || chosen.includes(section);

process.stdout.write(`Holdfast benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n\n`);
if (runs('storage')) {
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
}
if (runs('sync')) {
  process.stdout.write(
    '\n(sync: three peers, each with its own store, over TLS-PSK WebSockets on 127.0.0.1: in this one event loop, and for one converge figure each in a worker thread of its own…)\n',
  );
  await benchPropagation();
  await benchPartition();
  await benchApply();
}
if (runs('references')) {
  process.stdout.write(
    "\n(references: converge after a partition, all peers in one event loop, ours beside Yjs in memory, Yjs with every update fsync'd to SQLite, and Automerge…)\n",
  );
  await benchReferences();
}
if (runs('room')) {
  process.stdout.write(
    '\n(room: up to twenty peers, each a host in its own worker thread over loopback TLS, healing a partition in a mesh and in a line; converge time, messages and bytes sent per event delivered, the busiest peer\'s CPU; and the chart in docs/bench/converge.svg…)\n',
  );
  await benchRoom();
}
if (runs('postmortem')) {
  process.stdout.write('\n');
  benchPostMortemExport();
}
if (runs('services')) {
  process.stdout.write('\n');
  benchServiceBoard();
  await benchBoardRender();
}
if (runs('million')) await benchMillionRoom();
