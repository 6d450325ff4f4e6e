/**
 * Which laptop a command means. Device ids are 43 characters of base64url,
 * so people type the start of one (as with incident ids and git hashes),
 * copied from `holdfast room show`. Removing a device is not undone lightly,
 * so a prefix must be four characters or more and match exactly one.
 */
import { HoldfastFailure } from '../../../shared/result.js';
import type { RoomView } from '../../../shared/room/views.js';
import { printable } from '../../../shared/text/printable.js';
import type { WarRoomHost } from '../../host/host.js';

export interface KnownDevice {
  readonly device: string;
  /** The last person seen signing with it. */
  readonly person: string | null;
  /** Its events in the log here. */
  readonly events: number;
}

const MIN_PREFIX = 4;

/** Every device whose events are in the log here, this laptop's first. */
export function devicesInLog(host: WarRoomHost): KnownDevice[] {
  const vector = host.sync.versionVector();
  return Object.entries(vector)
    .map(([device, events]) => ({ device, person: host.rooms.personOf(device), events }))
    .sort((a, b) => Number(b.device === host.deviceId) - Number(a.device === host.deviceId) || a.device.localeCompare(b.device));
}

/** Devices a removal can name: those in the log, and those with events only held back. */
export function removableDevices(host: WarRoomHost, room: RoomView): { device: string; person: string | null }[] {
  const known = new Map<string, string | null>(devicesInLog(host).map((entry) => [entry.device, entry.person]));
  for (const held of room.heldBack) if (!known.has(held.device)) known.set(held.device, held.person);
  return [...known].map(([device, person]) => ({ device, person }));
}

/** The one device `typed` names among `candidates`, or a sentence saying why it names none. */
export function findDevice(candidates: readonly { device: string; person: string | null }[], typed: string, what: string): string {
  const wanted = typed.trim();
  if (candidates.some((candidate) => candidate.device === wanted)) return wanted;
  if (wanted.length < MIN_PREFIX) {
    throw new HoldfastFailure('invalid_input', `Type at least ${MIN_PREFIX} characters of the device id (see \`holdfast room show\`).`);
  }
  const matches = candidates.filter((candidate) => candidate.device.startsWith(wanted));
  if (matches.length === 1) return matches[0]!.device;
  if (matches.length > 1) {
    const named = matches.map((match) => `${match.device}${match.person ? ` (${printable(match.person)})` : ''}`).join(', ');
    throw new HoldfastFailure('invalid_input', `${typed} matches ${matches.length} devices: ${named}. Type more of the id.`);
  }
  throw new HoldfastFailure('not_found', `No device whose id starts with ${typed} is ${what} (see \`holdfast room show\`).`);
}

/**
 * Device ids are base64url, so one in 64 starts with '-' and would be read
 * as an option (and refused). For the verbs that take a device, anything
 * shaped like an id (or a prefix of one) that is not one of the verb's own
 * options is the device, whatever it starts with: three characters and up,
 * so a prefix one short of the four a device needs is told so, not refused
 * as an unknown option (a lone letter, "-h", stays an option). The result puts the
 * options first, each with its value attached, then `--` and the rest.
 */
export function withDeviceAsArgument(args: readonly string[], valueOptions: readonly string[]): string[] {
  const options: string[] = [];
  const positionals: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    const name = arg.split('=', 1)[0]!;
    if (valueOptions.includes(name)) {
      // Attached, so a reason or folder that starts with '-' stays a value.
      if (arg.includes('=') || index + 1 >= args.length) options.push(arg);
      else options.push(`${name}=${args[++index]!}`);
    } else if (arg.startsWith('-') && !/^-[A-Za-z0-9_-]{2,}$/.test(arg)) {
      options.push(arg);
    } else {
      positionals.push(arg);
    }
  }
  return [...options, '--', ...positionals];
}
