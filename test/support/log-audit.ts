/**
 * Auditing a data folder the way a suspicious peer would: every device's
 * events numbered 1, 2, 3, ... without gaps, each naming the hash of the one
 * before, each with a hash and signature that verify.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import type { SignedEvent } from '../../shared/events.js';
import { DATABASE_FILE } from '../../electron/data-dir.js';
import { eventIntegrityProblem } from '../../electron/identity/signing.js';

/** Every way the chains in `events` are broken, as sentences; empty when they are sound. */
export function chainProblems(events: Iterable<SignedEvent>): string[] {
  const byDevice = new Map<string, SignedEvent[]>();
  for (const event of events) {
    const list = byDevice.get(event.device) ?? [];
    list.push(event);
    byDevice.set(event.device, list);
  }
  const problems: string[] = [];
  for (const [device, list] of byDevice) {
    list.sort((a, b) => a.seq - b.seq);
    list.forEach((event, index) => {
      const name = `event ${event.seq} of ${device.slice(0, 8)}`;
      if (event.seq !== index + 1) problems.push(`${name} is at position ${index + 1}`);
      const expectedPrev = index === 0 ? null : list[index - 1]!.hash;
      if (event.prev !== expectedPrev) problems.push(`${name} does not follow the event before it`);
      const integrity = eventIntegrityProblem(event);
      if (integrity) problems.push(`${name}: ${integrity}`);
    });
  }
  return problems;
}

/** SQLite's own check of the folder's database file: 'ok' when sound. */
export function integrityCheck(dataDir: string): string {
  const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}
