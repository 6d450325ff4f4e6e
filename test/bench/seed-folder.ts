/**
 * A data folder holding many real signed events, written the way sync will
 * write them (verified batches), so seeding 100,000 events takes seconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SignedEvent } from '../../shared/events.js';
import { openWarRoomStore } from '../../electron/store/war-room-store.js';
import { SimulatedLaptop } from '../support/event-factory.js';

export function syntheticIncidentEvents(count: number, incidents = 20): SignedEvent[] {
  let wall = Date.now() - count * 10;
  const laptops = ['Ana', 'Bo', 'Chen'].map((name) => new SimulatedLaptop(name, () => wall));
  const events: SignedEvent[] = [];
  for (let i = 0; i < incidents; i += 1) {
    events.push(laptops[0]!.record('incident.declared', { incidentId: `incident-${i}`, title: `Outage ${i}`, severity: 'SEV2', summary: 'synthetic' }));
  }
  for (let i = events.length; i < count; i += 1) {
    wall += 10;
    const laptop = laptops[i % laptops.length]!;
    events.push(
      laptop.record('timeline.noted', {
        incidentId: `incident-${i % incidents}`,
        entryId: `entry-${i}`,
        kind: 'note',
        text: `Observation number ${i}: replica lag back under a second on db-${i % 17}`,
        happenedAt: null,
      }),
    );
  }
  return events;
}

export function seededFolder(events: readonly SignedEvent[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-bench-'));
  const store = openWarRoomStore(dir);
  try {
    for (let i = 0; i < events.length; i += 5_000) store.log.storeVerified(events.slice(i, i + 5_000));
  } finally {
    store.close();
  }
  return dir;
}
