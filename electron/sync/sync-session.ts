/**
 * One sync conversation with one peer, whatever carries it (a TLS WebSocket
 * on the LAN, or an in-memory pair in tests). Both sides say hello with
 * their version vectors, each sends what the other lacks in batches, then
 * every event newly held here (written here, or relayed from a third
 * laptop) is pushed on live. Anything refused ends the conversation with a
 * reason; nothing of a refused batch is stored.
 */
import type { SignedEvent } from '../../shared/events.js';
import { HoldfastFailure } from '../../shared/result.js';
import {
  MAX_EVENTS_PER_BATCH,
  parseSyncMessage,
  SYNC_PROTOCOL_VERSION,
  type SyncMessage,
} from '../../shared/sync/messages.js';
import { countMissing, missingFrom, type VersionVector } from '../../shared/sync/version-vector.js';
import type { WarRoomHost } from '../host/host.js';
import { SCHEMA_VERSION } from '../store/migrations.js';

export interface SyncChannel {
  send(text: string): void;
  close(reason: string): void;
}

export interface PeerState {
  readonly device: string | null;
  readonly person: string | null;
  /** Their wall clock minus ours when they said hello, in ms. */
  readonly clockOffsetMs: number | null;
  /** Events they still lack of ours, and we of theirs, as of the last exchange. */
  readonly theyLack: number;
  readonly weLack: number;
}

export class SyncSession {
  private peerVector: Record<string, number> | null = null;
  private peer: PeerState = { device: null, person: null, clockOffsetMs: null, theyLack: 0, weLack: 0 };
  private readonly stopListening: () => void;
  private closed = false;

  constructor(
    private readonly host: WarRoomHost,
    private readonly channel: SyncChannel,
    private readonly options: { person: string | null; now: () => number },
  ) {
    this.stopListening = host.onStored((events) => this.pushLive(events));
  }

  get state(): PeerState {
    return this.peer;
  }

  start(): void {
    this.send({
      type: 'hello',
      protocol: SYNC_PROTOCOL_VERSION,
      schema: SCHEMA_VERSION,
      device: this.host.deviceId,
      person: this.options.person,
      vector: this.host.store.log.versionVector(),
      wallClock: Math.floor(this.options.now()),
    });
  }

  receive(text: string): void {
    if (this.closed) return;
    const parsed = parseSyncMessage(text);
    if (!parsed.ok) return this.end(parsed.error.message);
    try {
      this.handle(parsed.value);
    } catch (error) {
      this.end(error instanceof HoldfastFailure ? error.message : `Sync failed: ${(error as Error).message}`);
    }
  }

  /** Ends the conversation (the channel went away, or we refused something). */
  end(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    this.channel.close(reason);
  }

  private handle(message: SyncMessage): void {
    if (message.type === 'hello') {
      if (message.protocol !== SYNC_PROTOCOL_VERSION) {
        throw new HoldfastFailure('conflict', `The peer speaks sync protocol ${message.protocol}; this Holdfast speaks ${SYNC_PROTOCOL_VERSION}. Update the older one.`);
      }
      if (message.device === this.host.deviceId) {
        throw new HoldfastFailure('conflict', 'The peer uses this laptop\'s own device identity: its data folder was copied from here. Give it a fresh data folder.');
      }
      this.peerVector = { ...message.vector };
      const ours = this.host.store.log.versionVector();
      this.peer = {
        device: message.device,
        person: message.person,
        clockOffsetMs: message.wallClock - Math.floor(this.options.now()),
        theyLack: countMissing(ours, message.vector),
        weLack: countMissing(message.vector, ours),
      };
      this.sendMissing(ours);
      return;
    }
    if (this.peerVector === null) throw new HoldfastFailure('invalid_input', 'The peer sent events before saying hello.');
    this.host.receiveEvents(message.events);
    for (const event of message.events) this.notePeerHolds(event);
    this.peer = { ...this.peer, weLack: message.remaining };
  }

  private sendMissing(ours: VersionVector): void {
    const ranges = missingFrom(ours, this.peerVector ?? {});
    let remaining = ranges.reduce((sum, range) => sum + range.toSeq - range.fromSeq + 1, 0);
    for (const range of ranges) {
      for (let from = range.fromSeq; from <= range.toSeq; from += MAX_EVENTS_PER_BATCH) {
        const batch = this.host.store.log.readRange(range.device, from, range.toSeq, MAX_EVENTS_PER_BATCH);
        if (batch.length === 0) break;
        remaining -= batch.length;
        this.sendEvents(batch, remaining);
      }
    }
    this.peer = { ...this.peer, theyLack: 0 };
  }

  private pushLive(events: readonly SignedEvent[]): void {
    if (this.closed || this.peerVector === null) return;
    // Send each device's chain from just after what the peer holds, so a
    // batch never leaves a gap the peer would have to refuse.
    const newest = new Map<string, number>();
    for (const event of events) newest.set(event.device, Math.max(newest.get(event.device) ?? 0, event.seq));
    for (const [device, toSeq] of newest) {
      const held = this.peerVector[device] ?? 0;
      if (toSeq > held) this.sendEvents(this.host.store.log.readRange(device, held + 1, toSeq, MAX_EVENTS_PER_BATCH), 0);
    }
  }

  private sendEvents(events: readonly SignedEvent[], remaining: number): void {
    this.send({ type: 'events', events: [...events], remaining });
    for (const event of events) this.notePeerHolds(event);
  }

  private notePeerHolds(event: SignedEvent): void {
    if (this.peerVector === null) return;
    this.peerVector[event.device] = Math.max(this.peerVector[event.device] ?? 0, event.seq);
  }

  private send(message: SyncMessage): void {
    if (!this.closed) this.channel.send(JSON.stringify(message));
  }
}
