/**
 * Hashing and signing events. The hash covers the canonical JSON of the
 * unsigned event (so it chains the device's history through `prev`); the
 * signature covers the hash. Verification needs only the event itself: the
 * device id is the public key.
 */
import { createHash, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical.js';
import type { SignedEvent, UnsignedEvent } from '../../shared/events.js';
import { unsignedPart } from '../../shared/events.js';
import { publicKeyOf } from './device-key.js';

export function hashEvent(event: UnsignedEvent): string {
  return createHash('sha256').update(canonicalJson(event)).digest('hex');
}

export function signEvent(event: UnsignedEvent, privateKey: KeyObject): SignedEvent {
  const hash = hashEvent(event);
  const sig = sign(null, Buffer.from(hash, 'hex'), privateKey).toString('base64url');
  return { ...event, hash, sig };
}

/** Why an event's hash does not match its content, or null when it does. */
export function hashProblem(event: SignedEvent): string | null {
  return hashEvent(unsignedPart(event)) === event.hash ? null : 'its hash does not match its content';
}

/** Why an event's signature does not verify against its device's key, or null when it does. */
export function signatureProblem(event: SignedEvent): string | null {
  try {
    const signature = Buffer.from(event.sig, 'base64url');
    return verify(null, Buffer.from(event.hash, 'hex'), publicKeyOf(event.device), signature) ? null : 'its signature does not verify';
  } catch {
    return 'its device id or signature is malformed';
  }
}

/** Why an event's own hash or signature is wrong, or null when it is sound. */
export function eventIntegrityProblem(event: SignedEvent): string | null {
  return hashProblem(event) ?? signatureProblem(event);
}
