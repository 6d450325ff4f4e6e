/**
 * Where a device key lives: the machine, the data folder's real path and
 * the key file's own identity (inode and birth time). A data folder copied to another laptop, to another
 * folder, or restored from a backup carries its key along; its location does
 * not, because a copy is a new file (a new inode) wherever it lands. That is
 * how a copy is told from the original when it starts (device-identity.ts).
 *
 * Moving the folder within one disk keeps the inode but changes the path, so
 * it counts as a copy too; so does a USB stick carried to another machine.
 * Taking a new identity then costs nothing (the history stays, and the old
 * device simply writes no more), while signing on as the original from two
 * places would give it two histories.
 */
import fs from 'node:fs';
import os from 'node:os';

export interface DeviceLocation {
  /** The device the key signs as. */
  readonly device: string;
  readonly machine: string;
  readonly folder: string;
  readonly keyInode: string;
}

/** Files some systems keep a stable machine id in (systemd, D-Bus). */
const MACHINE_ID_FILES = ['/etc/machine-id', '/var/lib/dbus/machine-id'];

/** This machine: its machine id where the system keeps one, else its host name. */
export function thisMachine(): string {
  for (const file of MACHINE_ID_FILES) {
    try {
      const id = fs.readFileSync(file, 'utf8').trim();
      if (id) return `machine-id:${id}`;
    } catch {
      // Not on this system: try the next, then the host name.
    }
  }
  return `host:${os.hostname()}`;
}

export function locationOf(device: string, folder: string, keyFile: string, machine: string): DeviceLocation {
  return {
    device,
    machine,
    folder: fs.realpathSync(folder),
    keyInode: keyFileIdentity(keyFile),
  };
}

/**
 * The key file's inode and, where the file system records it, its birth
 * time: a file restored in place can be given the inode its deleted original
 * had, but not its birth time. (A change of mode changes neither.)
 */
function keyFileIdentity(keyFile: string): string {
  const stat = fs.statSync(keyFile, { bigint: true });
  return stat.birthtimeNs > 0n ? `${stat.ino}:${stat.birthtimeNs}` : String(stat.ino);
}

/** The first way `now` differs from where the key was settled, in words; null when it is the same place. */
export function howItMoved(settled: DeviceLocation, now: DeviceLocation): string | null {
  if (settled.device !== now.device) return 'its device key is not the one this folder was given';
  if (settled.machine !== now.machine) return 'it was made on another machine';
  if (settled.folder !== now.folder) return `it was made in another folder (${settled.folder})`;
  if (settled.keyInode !== now.keyInode) return 'its files were copied or restored from a backup';
  return null;
}

export function parseLocation(text: string | null): DeviceLocation | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<DeviceLocation>;
    const fields = [value.device, value.machine, value.folder, value.keyInode];
    return fields.every((field) => typeof field === 'string') ? (value as DeviceLocation) : null;
  } catch {
    return null;
  }
}
