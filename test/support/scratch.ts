/**
 * The scratch space most Node-side tests need: temporary data folders, hosts
 * opened on them and child processes, all cleaned up after each test even
 * when it fails half-way.
 */
import { afterEach } from 'vitest';
import type { WarRoomHost } from '../../electron/host/host.js';
import type { Severity } from '../../shared/severity.js';
import { OpenHosts } from './hosts.js';
import { RunningProcesses } from './processes.js';
import { expectOk } from './results.js';
import { TempFolders } from './temp-folders.js';

export function useScratch() {
  const folders = new TempFolders();
  const hosts = new OpenHosts();
  const processes = new RunningProcesses();
  afterEach(async () => {
    await processes.stopAll();
    hosts.closeAll();
    folders.removeAll();
  });

  /** A host on a fresh folder with one incident declared in it. */
  function declaredIncident(title: string, severity: Severity): { host: WarRoomHost; incidentId: string } {
    const host = hosts.openOn(folders.make());
    const { incidentId } = expectOk(host.run('declareIncident', { title, severity }));
    return { host, incidentId };
  }

  /** A fresh folder holding one incident, with no host left open on it (for child processes to write to). */
  function folderWithIncident(title: string, severity: Severity): { dataDir: string; incidentId: string } {
    const dataDir = folders.make();
    const seeding = hosts.openOn(dataDir);
    const { incidentId } = expectOk(seeding.run('declareIncident', { title, severity }));
    hosts.close(seeding);
    return { dataDir, incidentId };
  }

  return { folders, hosts, processes, declaredIncident, folderWithIncident };
}
