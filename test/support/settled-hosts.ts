/** Waiting until hosts linked in memory hold the same events: however slow the machine, their sync sessions have run their course. */
import { vi } from 'vitest';
import type { WarRoomHost } from '../../electron/host/host.js';

export const settled = (...peers: WarRoomHost[]) =>
  vi.waitFor(
    () => {
      const vectors = new Set(peers.map((host) => JSON.stringify(host.store.log.versionVector())));
      if (vectors.size !== 1) throw new Error(`the hosts still differ: ${[...vectors].join(' / ')}`);
    },
    { timeout: 10_000, interval: 5 },
  );
