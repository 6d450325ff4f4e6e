/**
 * `holdfast room show` as text: the room, how to invite someone, who is
 * known, and anything a coordinator must decide (devices removed, events
 * held back because a laptop's clock is far ahead).
 */
import { clockNotices } from '../../../shared/room/clock-words.js';
import { newIdentitySentence } from '../../../shared/room/identity-words.js';
import type { HeldBackView, RemovedDeviceView, RoomView, TwoHistoriesView } from '../../../shared/room/views.js';
import { printable } from '../../../shared/text/printable.js';
import type { KnownDevice } from './room-devices.js';

/** A moment in UTC to the minute: laptops in one room may sit in different time zones. */
export function formatMoment(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Names and reasons come from other laptops, by sync: printed as text, never obeyed (printable.ts). */
const whose = (person: string | null) => (person ? ` (${printable(person)})` : '');

function removedLine(removed: RemovedDeviceView): string {
  const kept = removed.keptUpToSeq === 0 ? 'nothing it wrote reached the room' : `its first ${removed.keptUpToSeq === 1 ? 'event' : `${removed.keptUpToSeq} events`} kept`;
  return `  ${removed.device}${whose(removed.person)}: removed by ${printable(removed.removedBy)} on ${formatMoment(removed.at)}: ${printable(removed.reason)} (${kept})`;
}

function heldBackLine(held: HeldBackView): string {
  const events = held.count === 1 ? '1 event' : `${held.count} events`;
  return `  ${held.device}${whose(held.person)}: ${events} stamped ${formatMoment(held.stampedAt)} or later, held back since ${formatMoment(held.since)}`;
}

function section<T>(title: string, items: readonly T[], line: (item: T) => string): string[] {
  return items.length === 0 ? [`${title}: none`] : [`${title}:`, ...items.map(line)];
}

function twoHistoriesLine(twice: TwoHistoriesView): string {
  const others = twice.otherEvents === 1 ? '1 event' : `${twice.otherEvents} events`;
  return `  ${twice.device} (${twice.people.map((person) => printable(person)).join(' and ')}): parts at event ${twice.fromSeq}, ${others} of the second history kept`;
}

export interface RoomShown {
  readonly view: RoomView;
  readonly addedPeers: readonly string[];
  readonly devices: readonly KnownDevice[];
}

export function describeRoom({ view, addedPeers, devices }: RoomShown): string[] {
  const lines: string[] = [];
  if (view.room) {
    lines.push(`Room:   ${printable(view.room.name)}`, `Secret: ${view.room.secret}`, `Invite: ${view.room.invite}`);
  } else {
    lines.push('This laptop is not in a room. Create one with `holdfast room create "NAME"`, or join one with `holdfast room join --invite CODE`.');
  }
  if (view.removedHere) {
    const removed = view.removedHere;
    lines.push(`This laptop was removed from the room by ${printable(removed.removedBy)} on ${formatMoment(removed.at)}: ${printable(removed.reason)}`);
  }
  lines.push(`This laptop: ${view.device}`);
  if (view.newIdentity) lines.push(newIdentitySentence(view.newIdentity));
  if (view.identityInUseElsewhere) {
    lines.push(`Another laptop signs as this one: ${printable(view.identityInUseElsewhere)}. Both histories are kept; restart Holdfast here to give this laptop a new identity.`);
  }
  lines.push(...clockNotices(view.clock));
  if (view.room) lines.push(...section('Peers added by hand', addedPeers, (address) => `  ${address}`));
  lines.push(
    ...section('Devices in the log here', devices, (known) => {
      const events = known.events === 1 ? '1 event' : `${known.events} events`;
      return `  ${known.device}${whose(known.person)}: ${events}${known.device === view.device ? ', this laptop' : ''}`;
    }),
    ...section('Removed devices', view.removedDevices, removedLine),
    ...section('Devices with two histories (a copied data folder; both are kept)', view.twoHistories, twoHistoriesLine),
    ...section('Held back (stamped in the future)', view.heldBack, heldBackLine),
  );
  if (view.heldBack.length > 0) {
    lines.push('If that laptop\'s clock is right after all, let its events in with `holdfast room let-in DEVICE`.');
  }
  return lines;
}
