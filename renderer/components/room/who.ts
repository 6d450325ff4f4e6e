import type { PeerView } from '../../../shared/room/views.js';

/** A device id is a 43-character public key; its first eight characters tell laptops apart on screen. */
export function shortDevice(device: string): string {
  return `device ${device.slice(0, 8)}`;
}

/** Who is at a device: the person it last signed as, else its short id. */
export function deviceName(device: string, person: string | null): string {
  return person ?? shortDevice(device);
}

/** A peer by who is at it, else its device, else the address we call. */
export function peerName(peer: PeerView): string {
  if (peer.device !== null) return deviceName(peer.device, peer.person);
  return peer.address ?? 'a peer';
}
