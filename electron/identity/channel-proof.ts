/**
 * Binds a device's identity to one encrypted connection. The room secret
 * (TLS-PSK) proves a laptop is in the room; this proves which laptop it is:
 * the hello carries a signature, by the device key, over keying material
 * exported from this very TLS session (RFC 5705), so a hello cannot be
 * replayed on another connection or claimed by a removed device under
 * someone else's id.
 */
import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { publicKeyOf } from './device-key.js';

/** The label both ends pass to exportKeyingMaterial. */
export const CHANNEL_BINDING_LABEL = 'EXPORTER-holdfast-sync-device-v1';

function digest(binding: Uint8Array): Buffer {
  return createHash('sha256').update('holdfast sync device proof v1\u0000').update(binding).digest();
}

export function proveDevice(binding: Uint8Array, privateKey: KeyObject): string {
  return sign(null, digest(binding), privateKey).toString('base64url');
}

export function deviceProofHolds(device: string, binding: Uint8Array, proof: string): boolean {
  try {
    return verify(null, digest(binding), publicKeyOf(device), Buffer.from(proof, 'base64url'));
  } catch {
    return false;
  }
}
