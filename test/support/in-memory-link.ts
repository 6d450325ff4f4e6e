/**
 * Two hosts talking through an in-memory channel, as a real link would:
 * messages delivered asynchronously and in order, both ends closed together.
 */
import { randomBytes } from 'node:crypto';
import type { WarRoomHost } from '../../electron/host/host.js';
import type { SyncPort } from '../../electron/sync/sync-port.js';
import { SyncSession } from '../../electron/sync/sync-session.js';

export interface Link {
  readonly left: SyncSession;
  readonly right: SyncSession;
  readonly closedWith: string[];
}

/** `ports` stands another port in for a host's own (a laptop that behaves in a way the test needs). */
export function connect(a: WarRoomHost, b: WarRoomHost, ports: { left?: SyncPort; right?: SyncPort } = {}): Link {
  const closedWith: string[] = [];
  const ends: { left?: SyncSession; right?: SyncSession } = {};
  // Stands in for the TLS session's keying material: the same at both ends of one link.
  const binding = randomBytes(32);
  const channel = (to: () => SyncSession | undefined) => ({
    binding,
    send: (text: string) => queueMicrotask(() => to()?.receive(text)),
    close: (reason: string) => {
      closedWith.push(reason);
      ends.left?.end(reason);
      ends.right?.end(reason);
    },
  });
  const left = new SyncSession(ports.left ?? a.sync, channel(() => ends.right), { person: 'Ana', now: Date.now });
  const right = new SyncSession(ports.right ?? b.sync, channel(() => ends.left), { person: 'Bo', now: Date.now });
  Object.assign(ends, { left, right });
  left.start();
  right.start();
  return { left, right, closedWith };
}
