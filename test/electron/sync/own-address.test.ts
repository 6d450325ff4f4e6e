/**
 * Which peer addresses are this laptop's own sync listener, so that an
 * invite made here, or an address typed by hand, never makes it call itself.
 */
import { describe, expect, it } from 'vitest';
import { lanAddresses } from '../../../electron/sync/room-network.js';
import { isOwnSyncAddress } from '../../../electron/sync/own-address.js';

const PORT = 4781;

describe('this laptop\'s own sync address', () => {
  it('listening on every interface: its LAN addresses, any loopback address and localhost, on its own port only', () => {
    const everywhere = { port: PORT, bindAddress: '0.0.0.0' };
    for (const address of lanAddresses()) {
      expect(isOwnSyncAddress(`${address}:${PORT}`, everywhere), address).toBe(true);
      expect(isOwnSyncAddress(`${address}:${PORT + 1}`, everywhere), address).toBe(false);
    }
    expect(isOwnSyncAddress(`127.0.0.1:${PORT}`, everywhere)).toBe(true);
    expect(isOwnSyncAddress(`127.1.2.3:${PORT}`, everywhere)).toBe(true);
    expect(isOwnSyncAddress(`LocalHost:${PORT}`, everywhere)).toBe(true);
    expect(isOwnSyncAddress(`127.0.0.1:${PORT + 1}`, everywhere)).toBe(false);
    expect(isOwnSyncAddress(`192.0.2.10:${PORT}`, everywhere)).toBe(false);
    // An IPv4-only listener is not reached over IPv6.
    expect(isOwnSyncAddress(`[::1]:${PORT}`, everywhere)).toBe(false);
    expect(isOwnSyncAddress(`[::1]:${PORT}`, { port: PORT, bindAddress: '::' })).toBe(true);
  });

  it('listening on one address: that address (and localhost, for loopback), and not the others, which another process may hold', () => {
    const loopback = { port: PORT, bindAddress: '127.0.0.1' };
    expect(isOwnSyncAddress(`127.0.0.1:${PORT}`, loopback)).toBe(true);
    expect(isOwnSyncAddress(`localhost:${PORT}`, loopback)).toBe(true);
    expect(isOwnSyncAddress(`127.0.0.2:${PORT}`, loopback)).toBe(false);
    for (const address of lanAddresses()) expect(isOwnSyncAddress(`${address}:${PORT}`, loopback), address).toBe(false);

    const lan = { port: PORT, bindAddress: '192.0.2.7' };
    expect(isOwnSyncAddress(`192.0.2.7:${PORT}`, lan)).toBe(true);
    expect(isOwnSyncAddress(`127.0.0.1:${PORT}`, lan)).toBe(false);
    expect(isOwnSyncAddress(`localhost:${PORT}`, lan)).toBe(false);
  });

  it('anything that is not host:port is not ours', () => {
    const everywhere = { port: PORT, bindAddress: '0.0.0.0' };
    for (const address of ['', '127.0.0.1', `127.0.0.1:${PORT}:1`, `::1:${PORT}`, `127.0.0.1:port`]) {
      expect(isOwnSyncAddress(address, everywhere), address).toBe(false);
    }
  });
});
