/**
 * War-room hosts opened by a test, all closed afterwards even when the test
 * fails half-way: `afterEach(() => hosts.closeAll())`.
 */
import { WarRoomHost, type HostOptions } from '../../electron/host/host.js';

export class OpenHosts {
  private readonly open = new Set<WarRoomHost>();

  /** Opens a host on `dataDir`; by default not watching and with "Ana" as the person at the keyboard. */
  openOn(dataDir: string, options: Partial<HostOptions> = {}): WarRoomHost {
    const host = WarRoomHost.open({ watchMs: 0, fallbackAuthor: 'Ana', ...options, dataDir });
    this.open.add(host);
    return host;
  }

  close(host: WarRoomHost): void {
    this.open.delete(host);
    host.close();
  }

  closeAll(): void {
    for (const host of this.open) {
      try {
        host.close();
      } catch {
        // Already closed by the test itself.
      }
    }
    this.open.clear();
  }
}
