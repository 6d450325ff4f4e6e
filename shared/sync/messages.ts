/**
 * The peer-to-peer sync protocol's messages, validated where they enter.
 * A peer swaps vectors in `hello`, sends what the other lacks in `events`
 * batches, then pushes new events live in further `events` messages, and
 * says in `have` what it now holds and whom it hears first-hand. Every
 * message from the network is untrusted: parseSyncMessage never throws, and
 * says in a sentence why it refused one.
 */
import { z } from 'zod';
import { deviceIdSchema as deviceId, envelopeSchema, type SignedEvent } from '../events.js';
import { isEncodedHlc } from '../hlc.js';
import { LIMITS } from '../limits.js';
import { fail, ok, type Result } from '../result.js';
import { printable } from '../text/printable.js';
import { PERSON_CHARS } from '../room/who-is-at.js';
import { refusedCharacterProblem } from '../text/refused-character.js';
import { MAX_EVENTS_PER_BATCH, oversizedProblem } from './message-bounds.js';
import { tooDeepProblem } from './nesting-depth.js';

export { MAX_EVENTS_PER_BATCH };

/**
 * 2 added `have`. 3: a removal never takes out a device's past (a laptop
 * signs `room.device_history_kept`), two histories of one copied device are
 * both kept and pushed, the hello's clock is the room's time, and `have`
 * says whose events it refused. A laptop that still sets a removed device's
 * past aside would disagree about the log, so 2 and 3 do not sync.
 */
export const SYNC_PROTOCOL_VERSION = 3;
/** The largest sync message a peer reads; a batch is cut to fit well below it. */
export const MAX_SYNC_MESSAGE_BYTES = 8 * 1024 * 1024;

/** Who is at the sending laptop (shared/room/who-is-at.ts): one line, shown only against that laptop's row. */
const personSchema = z
  .string()
  .max(PERSON_CHARS)
  .refine((person) => refusedCharacterProblem(person, 'who is at it') === null && !/[\r\n\t]/.test(person), 'one line of plain text')
  .nullable();

const vectorSchema = z.record(deviceId, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER));

const helloSchema = z.object({
  type: z.literal('hello'),
  protocol: z.number().int().min(1),
  /** The newest data (migration) version the sender understands. */
  schema: z.number().int().min(1),
  device: deviceId,
  /** Who is at the sending laptop, for the peer list. */
  person: personSchema,
  vector: vectorSchema,
  /** The sender's wall clock, so the receiver can show the offset between them. */
  wallClock: z.number().int().min(0),
  /** The device key's signature over this connection's TLS keying material: which laptop this is. */
  proof: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'a signature'),
});

const haveSchema = z.object({
  type: z.literal('have'),
  /** What the sender holds now: the receiver need not send it any of that. */
  vector: vectorSchema,
  /**
   * The devices the sender is in conversation with besides the receiver:
   * it hears their events from them, so the receiver need not relay them.
   */
  linked: z.array(deviceId).max(LIMITS.linkedDevices),
  /**
   * Devices some of whose events the sender refused since its last `have`
   * (they were removed from the room). Its vector for them is what it holds:
   * once a laptop that held their past says so, it takes them in, so the
   * receiver sends them again from there rather than taking them as held.
   */
  refusedFrom: z.array(deviceId).max(LIMITS.linkedDevices).optional(),
  /** Who is at the sender now, when that changed since its hello (someone signed in or left); left out by older laptops. */
  person: personSchema.optional(),
});

const eventsFields = {
  type: z.literal('events'),
  /** Events still to come in this catch-up, for a progress bar; 0 when live. */
  remaining: z.number().int().min(0),
};

export const syncMessageSchema = z.discriminatedUnion('type', [
  helloSchema,
  z.object({ ...eventsFields, events: z.array(envelopeSchema).max(MAX_EVENTS_PER_BATCH) }),
  haveSchema,
]);

export type SyncMessage = z.infer<typeof syncMessageSchema>;

/** The same messages, their events left to checkedEnvelope one by one. */
const messageShapeSchema = z.discriminatedUnion('type', [
  helloSchema,
  z.object({ ...eventsFields, events: z.array(z.unknown()).max(MAX_EVENTS_PER_BATCH) }),
  haveSchema,
]);

const DEVICE_ID = /^[A-Za-z0-9_-]{43}$/;
const EVENT_TYPE = /^[a-z][a-z0-9_.]{0,63}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

/**
 * What envelopeSchema returns for an event that passes it (its nine fields,
 * nothing else, in the schema's order), found without zod; or null, to let
 * the schema decide and say why. A catch-up brings thousands of events, and
 * zod took as long over each as hashing it; a property test holds the two to
 * the same answers.
 */
export function quickEnvelope(candidate: unknown): SignedEvent | null {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return null;
  const { device, seq, hlc, author, type, payload, prev, hash, sig } = candidate as Record<string, unknown>;
  if (typeof device !== 'string' || !DEVICE_ID.test(device)) return null;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return null;
  if (typeof hlc !== 'string' || !isEncodedHlc(hlc)) return null;
  if (typeof author !== 'string' || author.length > LIMITS.nameChars) return null;
  if (typeof type !== 'string' || !EVENT_TYPE.test(type)) return null;
  if (payload === undefined) return null;
  if (prev !== null && (typeof prev !== 'string' || !SHA256_HEX.test(prev))) return null;
  if (typeof hash !== 'string' || !SHA256_HEX.test(hash)) return null;
  if (typeof sig !== 'string' || !SIGNATURE.test(sig)) return null;
  return { device, seq, hlc, author, type, payload, prev, hash, sig };
}

/** The event as envelopeSchema returns it, or the reason it refuses it. */
function checkedEnvelope(candidate: unknown, index: number): Result<SignedEvent> {
  const quick = quickEnvelope(candidate);
  if (quick) return ok(quick);
  const parsed = envelopeSchema.safeParse(candidate);
  if (parsed.success) return ok(parsed.data as SignedEvent);
  return malformed(parsed.error.issues[0], ['events', index]);
}

/** Longer path segments are cut: a key is the sender's to choose, a megabyte long or full of escapes. */
const SHOWN_KEY_CHARS = 48;

function shownKey(key: PropertyKey): string {
  const text = String(key);
  return text.length > SHOWN_KEY_CHARS ? `${printable(text.slice(0, SHOWN_KEY_CHARS))}…` : printable(text);
}

function malformed(issue: z.core.$ZodIssue | undefined, within: readonly PropertyKey[] = []): Result<never> {
  const path = [...within, ...(issue?.path ?? [])];
  const where = path.length ? ` at ${path.map(shownKey).join('.')}` : '';
  return fail('invalid_input', `A sync message was malformed${where} (${issue?.message ?? 'invalid'}) and was refused.`);
}

/**
 * Events whose envelope passed the schema in parseSyncMessage, frozen so it
 * stays passed: the store checks the shape of everything else it is given
 * (a room file, a test), but need not check these twice. Thousands arrive
 * in a catch-up, and the second check was a tenth of the cost of storing one.
 */
const checkedEnvelopes = new WeakSet<object>();

/** True for an event that came out of parseSyncMessage, its envelope already checked and frozen. */
export function isCheckedEnvelope(candidate: unknown): candidate is SignedEvent {
  return typeof candidate === 'object' && candidate !== null && checkedEnvelopes.has(candidate);
}

export function parseSyncMessage(text: string): Result<SyncMessage> {
  if (text.length > MAX_SYNC_MESSAGE_BYTES) {
    return fail('invalid_input', `A sync message of ${Math.round(text.length / 1024)} KiB is larger than allowed and was refused.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('invalid_input', 'A sync message was not valid JSON and was refused.');
  }
  // Counted before the schema reads an entry, and each payload's depth
  // measured before anything recursive walks it (message-bounds.ts, nesting-depth.ts).
  const oversized = oversizedProblem(json);
  if (oversized) return fail('invalid_input', oversized);
  const parsed = messageShapeSchema.safeParse(json);
  if (!parsed.success) return malformed(parsed.error.issues[0]);
  if (parsed.data.type !== 'events') return ok(parsed.data);
  const events: SignedEvent[] = [];
  for (const [index, candidate] of parsed.data.events.entries()) {
    const tooDeep = tooDeepProblem(candidate);
    if (tooDeep) return fail('invalid_input', tooDeep);
    const checked = checkedEnvelope(candidate, index);
    if (!checked.ok) return checked;
    checkedEnvelopes.add(Object.freeze(checked.value));
    events.push(checked.value);
  }
  return ok({ ...parsed.data, events });
}
