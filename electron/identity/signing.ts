/**
 * Hashing and signing events. The hash covers the canonical JSON of the
 * unsigned event (so it chains the device's history through `prev`); the
 * signature covers the hash. Verification needs only the event itself: the
 * device id is the public key.
 */
import { hash, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical.js';
import type { SignedEvent, UnsignedEvent } from '../../shared/events.js';
import { publicKeyOf } from './device-key.js';

/** The event's hash; `payloadText` is its payload's canonical JSON when the caller has it already. */
export function hashEvent(event: UnsignedEvent, payloadText?: string): string {
  return hash('sha256', hashedText(event, payloadText), 'hex');
}

/** The unsigned part's fields, in canonical (sorted) order. */
const UNSIGNED_FIELDS = ['author', 'device', 'hlc', 'payload', 'prev', 'seq', 'type'] as const;

/**
 * Exactly canonicalJson(unsignedPart(event)), the text the hash covers,
 * written out field by field with fewer intermediate strings and arrays; a
 * property test holds the two to the same text for any JSON payload.
 */
export function hashedText(event: UnsignedEvent, payloadText?: string): string {
  let text = '{';
  for (const field of UNSIGNED_FIELDS) {
    const value = event[field];
    if (value === undefined) continue;
    if (text.length > 1) text += ',';
    text += `"${field}":${field === 'payload' && payloadText !== undefined ? payloadText : canonicalJson(value)}`;
  }
  return `${text}}`;
}


export function signEvent(event: UnsignedEvent, privateKey: KeyObject): SignedEvent {
  const hash = hashEvent(event);
  const sig = sign(null, Buffer.from(hash, 'hex'), privateKey).toString('base64url');
  return { ...event, hash, sig };
}

/** Why an event's hash does not match its content, or null when it does; `payloadText` as for hashEvent. */
export function hashProblem(event: SignedEvent, payloadText?: string): string | null {
  return hashEvent(event, payloadText) === event.hash ? null : 'its hash does not match its content';
}

/** Why an event's signature does not verify against its device's key, or null when it does. */
export function signatureProblem(event: Pick<SignedEvent, 'device' | 'hash' | 'sig'>): string | null {
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
