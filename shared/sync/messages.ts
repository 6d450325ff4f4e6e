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
import { fail, ok, type Result } from '../result.js';

/** 2 added `have`. */
export const SYNC_PROTOCOL_VERSION = 2;
/** The largest sync message a peer reads; a batch is cut to fit well below it. */
export const MAX_SYNC_MESSAGE_BYTES = 8 * 1024 * 1024;
export const MAX_EVENTS_PER_BATCH = 2_000;
/** More conversations than any room has laptops. */
const MAX_LINKED_DEVICES = 1_000;

const vectorSchema = z.record(deviceId, z.number().int().min(0).max(Number.MAX_SAFE_INTEGER));

export const syncMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    protocol: z.number().int().min(1),
    /** The newest data (migration) version the sender understands. */
    schema: z.number().int().min(1),
    device: deviceId,
    /** Who is at the sending laptop, for the peer list. */
    person: z.string().max(80).nullable(),
    vector: vectorSchema,
    /** The sender's wall clock, so the receiver can show the offset between them. */
    wallClock: z.number().int().min(0),
    /** The device key's signature over this connection's TLS keying material: which laptop this is. */
    proof: z.string().regex(/^[A-Za-z0-9_-]{86}$/, 'a signature'),
  }),
  z.object({
    type: z.literal('events'),
    events: z.array(envelopeSchema).max(MAX_EVENTS_PER_BATCH),
    /** Events still to come in this catch-up, for a progress bar; 0 when live. */
    remaining: z.number().int().min(0),
  }),
  z.object({
    type: z.literal('have'),
    /** What the sender holds now: the receiver need not send it any of that. */
    vector: vectorSchema,
    /**
     * The devices the sender is in conversation with besides the receiver:
     * it hears their events from them, so the receiver need not relay them.
     */
    linked: z.array(deviceId).max(MAX_LINKED_DEVICES),
  }),
]);

export type SyncMessage = z.infer<typeof syncMessageSchema>;

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
  const parsed = syncMessageSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return fail('invalid_input', `A sync message was malformed${where} (${issue?.message ?? 'invalid'}) and was refused.`);
  }
  if (parsed.data.type === 'events') {
    for (const event of parsed.data.events) checkedEnvelopes.add(Object.freeze(event));
  }
  return ok(parsed.data);
}
