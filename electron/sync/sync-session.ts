/**
 * One sync conversation with one peer, whatever carries it (a TLS WebSocket
 * on the LAN, or an in-memory pair in tests). Both sides say hello with
 * their version vectors and a proof of which device they are, each sends
 * what the other lacks in batches, then every event newly held here
 * (written here, or relayed from a third laptop) is pushed on live.
 * Anything refused ends the conversation with a reason; nothing of a refused
 * batch is stored.
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
import { deviceProofHolds, proveDevice } from '../identity/channel-proof.js';
import { SCHEMA_VERSION } from '../store/migrations.js';
import { MessageBudget } from './message-budget.js';

export interface SyncChannel {
  send(text: string): void;
  close(reason: string): void;
  /** Keying material unique to this connection (TLS exporter): what the device proof signs. */
  readonly binding: Uint8Array;
}

export interface PeerState {
  readonly device: string | null;
  readonly person: string | null;
  /** Their wall clock minus ours when they said hello, in ms. */
  readonly clockOffsetMs: number | null;
  /** Events they still lack of ours, and we of theirs, as of the last exchange. */
  readonly theyLack: number;
  readonly weLack: number;
  /** Of the catch-up they announced in hello, how many we have received. */
  readonly received: number;
  readonly lastSeen: number | null;
}

export interface SyncSessionOptions {
  readonly person: string | null;
  readonly now: () => number;
  /** Told whenever the peer's state changes (hello, a batch), for the peer list. */
  readonly onState?: (state: PeerState) => void;
  /** One line per notable thing: refusals with their reason, events refused from removed devices. */
  readonly log?: (line: string) => void;
}

export class SyncSession {
  private peerVector: Record<string, number> | null = null;
  private peer: PeerState = { device: null, person: null, clockOffsetMs: null, theyLack: 0, weLack: 0, received: 0, lastSeen: null };
  private readonly stopListening: () => void;
  private readonly budget: MessageBudget;
  private pushScheduled = false;
  private closed = false;

  constructor(
    private readonly host: WarRoomHost,
    private readonly channel: SyncChannel,
    private readonly options: SyncSessionOptions,
  ) {
    this.budget = new MessageBudget(options.now);
    this.stopListening = host.onStored(() => this.schedulePush());
  }

  get state(): PeerState {
    return this.peer;
  }

  get isClosed(): boolean {
    return this.closed;
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
      proof: proveDevice(this.channel.binding, this.host.store.key.privateKey),
    });
  }

  receive(text: string): void {
    if (this.closed) return;
    if (!this.budget.take()) {
      return this.end('The peer sent more messages than any honest laptop would (a flood); the connection was closed.');
    }
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
    this.options.log?.(`sync with ${this.describePeer()} ended: ${reason}`);
    this.channel.close(reason);
  }

  private handle(message: SyncMessage): void {
    if (message.type === 'hello') return this.greet(message);
    if (this.peerVector === null) throw new HoldfastFailure('invalid_input', 'The peer sent events before saying hello.');
    const outcome = this.host.receiveEvents(message.events);
    if (outcome.refusedRemoved > 0) {
      this.options.log?.(`refused ${outcome.refusedRemoved} events from ${this.describePeer()}: their device was removed from the room`);
    }
    if (outcome.quarantined > 0) {
      this.options.log?.(`held back ${outcome.quarantined} events from ${this.describePeer()}: stamped too far in the future`);
    }
    for (const event of message.events) this.notePeerHolds(event);
    this.update({ weLack: message.remaining, received: this.peer.received + message.events.length });
  }

  private greet(hello: Extract<SyncMessage, { type: 'hello' }>): void {
    if (this.peerVector !== null) throw new HoldfastFailure('invalid_input', 'The peer said hello twice.');
    if (hello.protocol !== SYNC_PROTOCOL_VERSION) {
      throw new HoldfastFailure('conflict', `The peer speaks sync protocol ${hello.protocol}; this Holdfast speaks ${SYNC_PROTOCOL_VERSION}. Update the older one.`);
    }
    if (hello.device === this.host.deviceId) {
      throw new HoldfastFailure('conflict', 'The peer uses this laptop\'s own device identity: its data folder was copied from here. Give it a fresh data folder.');
    }
    if (!deviceProofHolds(hello.device, this.channel.binding, hello.proof)) {
      throw new HoldfastFailure('invalid_input', 'The peer could not prove it holds the key of the device it claims to be.');
    }
    if (this.host.store.log.removals.limit(hello.device) !== null) {
      const removed = this.host.rooms.view().removedDevices.find((entry) => entry.device === hello.device);
      throw new HoldfastFailure('conflict', `This device was removed from the room by ${removed?.removedBy ?? 'the coordinator'}: ${removed?.reason ?? 'no reason given'}`);
    }
    this.peerVector = { ...hello.vector };
    const ours = this.host.store.log.versionVector();
    this.peer = {
      ...this.peer,
      device: hello.device,
      person: hello.person,
      clockOffsetMs: hello.wallClock - Math.floor(this.options.now()),
      theyLack: countMissing(ours, hello.vector),
      weLack: countMissing(hello.vector, ours),
    };
    this.update({});
    this.sendMissing(ours);
  }

  private sendMissing(ours: VersionVector): void {
    const ranges = missingFrom(ours, this.peerVector ?? {});
    let remaining = ranges.reduce((sum, range) => sum + range.toSeq - range.fromSeq + 1, 0);
    for (const range of ranges) {
      this.sendRange(range.device, range.fromSeq, range.toSeq, (batch) => (remaining = Math.max(0, remaining - batch.length)));
    }
    this.update({ theyLack: 0 });
  }

  /**
   * Live push, coalesced: a burst of local writes (or a relayed batch) goes
   * out as one message per device once the current turn of the event loop
   * ends, rather than one message per event.
   */
  private schedulePush(): void {
    if (this.pushScheduled || this.closed || this.peerVector === null) return;
    this.pushScheduled = true;
    setImmediate(() => {
      this.pushScheduled = false;
      this.pushLive();
    });
  }

  private pushLive(): void {
    if (this.closed || this.peerVector === null) return;
    // Each device's chain from just after what the peer holds, so a batch
    // never leaves a gap the peer would have to refuse.
    const ours = this.host.store.log.versionVector();
    for (const range of missingFrom(ours, this.peerVector)) this.sendRange(range.device, range.fromSeq, range.toSeq, () => 0);
  }

  /** Sends one device's events in batches; `remainingAfter` says how many are still to come after each. */
  private sendRange(device: string, fromSeq: number, toSeq: number, remainingAfter: (batch: readonly SignedEvent[]) => number): void {
    let from = fromSeq;
    while (from <= toSeq && !this.closed) {
      const batch = this.host.store.log.readRangeForPeer(device, from, toSeq, MAX_EVENTS_PER_BATCH);
      if (batch.length === 0) return;
      this.sendEvents(batch, remainingAfter(batch));
      from = batch[batch.length - 1]!.seq + 1;
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

  private update(change: Partial<PeerState>): void {
    this.peer = { ...this.peer, ...change, lastSeen: this.options.now() };
    this.options.onState?.(this.peer);
  }

  private describePeer(): string {
    if (this.peer.device === null) return 'a peer';
    return `${this.peer.person ?? 'someone'} (${this.peer.device.slice(0, 8)})`;
  }

  private send(message: SyncMessage): void {
    if (!this.closed) this.channel.send(JSON.stringify(message));
  }
}
