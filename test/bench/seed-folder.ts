/**
 * A data folder holding many real signed events, written the way sync will
 * write them (verified batches), so seeding 100,000 events takes seconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SignedEvent } from '../../shared/events.js';
import type { ServiceSpec } from '../../shared/projection/board-views.js';
import { SERVICE_STATES } from '../../shared/services/service-state.js';
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

/**
 * One incident whose board holds these services, with `checks` hand checks
 * by three people spread over the last ten minutes, so most are still fresh
 * when a benchmark opens the board: a mid-recovery board of mixed states.
 */
export function boardIncidentEvents(title: string, services: readonly ServiceSpec[], checks: number): SignedEvent[] {
  const spacing = 600_000 / checks;
  let wall = Date.now() - checks * spacing;
  const laptops = ['Ana', 'Bo', 'Chen'].map((name) => new SimulatedLaptop(name, () => wall));
  const incidentId = 'big-board';
  const events: SignedEvent[] = [
    laptops[0]!.record('incident.declared', { incidentId, title, severity: 'SEV1', summary: 'synthetic' }),
    laptops[0]!.record('services.scoped', { incidentId, services: [...services], reason: '' }),
  ];
  for (let index = 0; index < checks; index += 1) {
    wall += spacing;
    events.push(
      laptops[index % laptops.length]!.record('service.checked', {
        incidentId,
        // 37 is prime to 150: the checks go round every service on the board.
        serviceId: services[(index * 37) % services.length]!.serviceId,
        state: SERVICE_STATES[index % SERVICE_STATES.length]!,
        evidence: `check ${index}: answered from the NOC`,
        override: false,
        reason: '',
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
