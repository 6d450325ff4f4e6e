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
 * written out field by field with fewer intermediate strings and arrays.
 * Hashing is the largest cost of checking a received event (a laptop back
 * after hours checks tens of thousands), and this halves it; a property test
 * holds the two to the same text for any JSON payload.
 */
export function hashedText(event: UnsignedEvent, payloadText?: string): string {
  let text = '{';
  for (const field of UNSIGNED_FIELDS) {
    const value = event[field];
    if (value === undefined) continue;
    if (text.length > 1) text += ',';
    text += `"${field}":${field === 'payload' && payloadText !== undefined ? payloadText : canonicalValue(value)}`;
  }
  return `${text}}`;
}

/**
 * A payload's canonical JSON: what its event's hash covers, and how the log
 * stores it. Stored so, a payload's keys are in order when it is read back
 * or sent on, which lets the next laptop write it with JSON.stringify.
 */
export function canonicalPayload(payload: unknown): string {
  return canonicalValue(payload);
}

/** canonicalJson (shared/canonical.ts), the same text by a faster road. */
function canonicalValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return canonicalJson(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (isFlatAndInOrder(record, keys)) return JSON.stringify(record);
  let text = '{';
  for (const key of keys.sort()) {
    const item = record[key];
    if (item === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${JSON.stringify(key)}:${canonicalValue(item)}`;
  }
  return `${text}}`;
}

/**
 * True when JSON.stringify writes `record` exactly as canonicalJson does: a
 * plain object whose keys are already in canonical order and whose values
 * are all strings, finite numbers, booleans or null.
 */
function isFlatAndInOrder(record: Record<string, unknown>, keys: readonly string[]): boolean {
  if (Object.getPrototypeOf(record) !== Object.prototype) return false;
  for (let i = 0; i < keys.length; i += 1) {
    if (i > 0 && !(keys[i - 1]! < keys[i]!)) return false;
    const item = record[keys[i]!];
    if (typeof item === 'number' ? !Number.isFinite(item) : typeof item !== 'string' && typeof item !== 'boolean' && item !== null) return false;
  }
  return true;
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
