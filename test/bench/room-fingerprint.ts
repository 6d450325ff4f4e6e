/**
 * What two bench peers must agree on once a room has converged: the events
 * each holds (its version vector) and the war room it shows (a hash of its
 * projection's canonical state), in one line that compares with ===.
 */
import { createHash } from 'node:crypto';
import type { WarRoomHost } from '../../electron/host/host.js';

export function fingerprint(host: WarRoomHost): string {
  const vector = host.store.log.versionVector();
  const ordered = Object.keys(vector)
    .sort()
    .map((device) => `${device}:${vector[device]}`)
    .join(',');
  return `${ordered} ${createHash('sha256').update(host.projection.canonicalState()).digest('hex')}`;
}

/** How many events a version vector counts: all of the room's, once a peer has caught up. */
export function eventsCounted(vector: Readonly<Record<string, number>>): number {
  return Object.values(vector).reduce((sum, seq) => sum + seq, 0);
}
