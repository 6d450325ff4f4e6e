/**
 * One sync conversation with one peer, whatever carries it (a TLS WebSocket
 * on the LAN, or an in-memory pair in tests). Both sides say hello with
 * their version vectors and a proof of which device they are, each sends
 * what the other lacks in batches, then every event newly held here
 * (written here, or relayed from a third laptop) is pushed on live.
 * Anything refused ends the conversation with a reason; nothing of a refused
 * batch is stored.
 *
 * Relaying is for laptops that cannot hear each other. Each side says in
 * `have` what it holds and which devices it is talking to itself; a device's
 * events are not relayed to a peer that hears that device first-hand, since
 * the device sends them itself. In a room where everyone reaches everyone
 * that halves what is sent. Should the first-hand copy not come (a link
 * stuck, a copied data folder's other history), what the peer still lacks
 * after RELAY_FALLBACK_MS is relayed after all; while the peer's `have`
 * shows that copy arriving, it waits on, however slow.
 *
 * A laptop meeting a room brings its links up one after another, so its
 * first `have` names only those already up. Relaying on that alone sent a
 * laptop the events of writers it was about to hear first-hand, a second
 * copy of each, so nothing is relayed while the meeting lasts: MEETING_MS after hello, and again after each link
 * the peer's `have` adds, up to RELAY_FALLBACK_MS after hello.
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
import { deviceProofHolds } from '../identity/channel-proof.js';
import { SCHEMA_VERSION } from '../store/migrations.js';
import { Conversations, type Conversation } from './conversations.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';
import { MessageBudget } from './message-budget.js';
import type { SyncPort } from './sync-port.js';

/** How long a peer that hears a device first-hand may lack its events before we relay them anyway. */
export const RELAY_FALLBACK_MS = 5_000;
/** How long after hello, or after the peer names a new link, relays wait for the room's other links to come up. */
export const MEETING_MS = 500;
/** A peer's refused events of one device are sent again at most this often. */
const RESEND_REFUSED_EVERY_MS = 1_000;
/** At most one `have` per this, while events keep arriving. */
const HAVE_EVERY_MS = 250;

export interface SyncChannel {
  /** One message: JSON text, as a string or as its UTF-8 bytes (a catch-up batch goes as the bytes SQLite wrote). */
  send(message: string | Uint8Array): void;
  close(reason: string): void;
  /** Keying material unique to this connection (TLS exporter): what the device proof signs. */
  readonly binding: Uint8Array;
}

export interface PeerState {
  readonly device: string | null;
  readonly person: string | null;
  /** Their clock minus the room's time here when they said hello, in ms. */
  readonly clockOffsetMs: number | null;
  /** Events they still lack of ours, and we of theirs, as of the last exchange. */
  readonly theyLack: number;
  readonly weLack: number;
  /** Of the catch-up they announced in hello, how many we have received. */
  readonly received: number;
  readonly lastSeen: number | null;
}

export interface SyncSessionOptions {
  /** Who is at this laptop when the conversation starts; personChanged says it again when that changes. */
  readonly person: string | null;
  readonly now: () => number;
  /** Told whenever the peer's state changes (hello, a batch), for the peer list. */
  readonly onState?: (state: PeerState) => void;
  /** One line per notable thing: refusals with their reason, events refused from removed devices. */
  readonly log?: (line: string) => void;
  /** How long relays wait for a first-hand copy; RELAY_FALLBACK_MS unless a test says otherwise. */
  readonly relayFallbackMs?: number;
  /** How long relays wait for the room's links to come up; MEETING_MS unless a test says otherwise. */
  readonly meetingMs?: number;
}

/** A message handled at once. */
const HANDLED: Promise<void> = Promise.resolve();

const EVENTS_MESSAGE_HEAD = Buffer.from('{"type":"events","events":');

/** An `events` message around a range's JSON array, in UTF-8. */
function eventsMessage(eventsJson: Buffer, remaining: number): Buffer {
  return Buffer.concat([EVENTS_MESSAGE_HEAD, eventsJson, Buffer.from(`,"remaining":${remaining}}`)]);
}

/** Relays left to the peer's own link with their writer, while we wait to see that copy arrive. */
interface HeldRelays {
  /** Per device, the newest seq held back when the wait began. */
  readonly upTo: Map<string, number>;
  /** Per device, what the peer held of it when the wait began: if that moved, the first-hand copy is coming. */
  readonly peerHeld: Map<string, number>;
  readonly timer: NodeJS.Timeout;
}

export class SyncSession implements Conversation {
  private peerVector: Record<string, number> | null = null;
  /**
   * Devices the peer hears first-hand, as of its last `have`; null until the
   * first, which it sends right after its catch-up to us. Until then nothing
   * is relayed to it: we do not yet know what it will hear from elsewhere.
   */
  private peerLinks: Set<string> | null = null;
  /** Relays held back because the peer hears their device first-hand: the newest seq of each held back when the wait began. */
  private heldRelays: HeldRelays | null = null;
  /** When the peer said hello, and until when its links are still coming up (nothing relayed before then). */
  private metAt = 0;
  private meetingEndsAt = 0;
  private meetingTimer: NodeJS.Timeout | null = null;
  private haveTimer: NodeJS.Timeout | null = null;
  private lastHaveAt = Number.NEGATIVE_INFINITY;
  private readonly conversations: Conversations;
  private peer: PeerState = { device: null, person: null, clockOffsetMs: null, theyLack: 0, weLack: 0, received: 0, lastSeen: null };
  private readonly stopListening: () => void;
  private readonly budget: MessageBudget;
  private pushScheduled = false;
  /** Devices whose events we refused since our last `have`: the peer is told, and sends them again once we may take them. */
  private readonly refusedSinceHave = new Set<string>();
  /** When we last sent a device's refused events again, so two laptops that disagree for a while do not loop. */
  private readonly resentRefused = new Map<string, number>();
  /** Refusals heard within that pause, answered when it ends: what the peer held of each device then, and the timer. */
  private readonly refusalsWaiting = new Map<string, { peerHolds: number; timer: NodeJS.Timeout }>();
  private closed = false;
  private person: string | null;

  constructor(
    private readonly laptop: SyncPort,
    private readonly channel: SyncChannel,
    private readonly options: SyncSessionOptions,
  ) {
    this.person = options.person;
    this.budget = new MessageBudget(options.now);
    this.conversations = Conversations.of(laptop);
    this.stopListening = laptop.onStored((_events, asTheyAre) => {
      this.pushAsTheyAre(asTheyAre);
      this.schedulePush();
      this.scheduleHave();
    });
  }

  get peerDevice(): string | null {
    return this.peerVector === null ? null : this.peer.device;
  }

  linksChanged(): void {
    this.scheduleHave(0);
  }

  /** Someone signed in here, or left: the peer is told in the next `have`, at once. */
  personChanged(person: string | null): void {
    if (person === this.person) return;
    this.person = person;
    this.scheduleHave(0);
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
      device: this.laptop.deviceId,
      person: this.person,
      vector: this.laptop.versionVector(),
      // The room's time as this laptop knows it (shared/room/room-clock.ts).
      wallClock: Math.floor(this.laptop.roomTime()),
      proof: this.laptop.proveDevice(this.channel.binding),
    });
  }

  /**
   * One message from the peer: JSON text, or its UTF-8 bytes as the socket
   * gave them. An `events` message is stored with whatever else arrives in
   * this turn of the event loop (host/received-batches.ts); the promise
   * settles once the message is handled (its events on disk, or the
   * conversation ended), and never rejects.
   */
  receive(message: string | Uint8Array): Promise<void> {
    if (this.closed) return HANDLED;
    if (!this.budget.take()) {
      this.end('The peer sent more messages than any honest laptop would (a flood); the connection was closed.');
      return HANDLED;
    }
    // ws already refused anything over MAX_SYNC_MESSAGE_BYTES; decoding bytes that are not UTF-8 gives U+FFFD, which fails the hash check.
    const parsed = parseSyncMessage(typeof message === 'string' ? message : Buffer.from(message.buffer, message.byteOffset, message.byteLength).toString());
    if (!parsed.ok) {
      this.end(parsed.error.message);
      return HANDLED;
    }
    try {
      return this.handle(parsed.value);
    } catch (error) {
      this.endOn(error);
      return HANDLED;
    }
  }

  /** Ends the conversation (the channel went away, or we refused something). */
  end(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.stopListening();
    this.conversations.leave(this);
    if (this.haveTimer) clearTimeout(this.haveTimer);
    if (this.heldRelays) clearTimeout(this.heldRelays.timer);
    if (this.meetingTimer) clearTimeout(this.meetingTimer);
    for (const waiting of this.refusalsWaiting.values()) clearTimeout(waiting.timer);
    this.options.log?.(`sync with ${this.describePeer()} ended: ${reason}`);
    this.channel.close(reason);
  }

  private handle(message: SyncMessage): Promise<void> {
    if (message.type === 'hello') {
      this.greet(message);
      return HANDLED;
    }
    if (this.peerVector === null) throw new HoldfastFailure('invalid_input', 'The peer sent events before saying hello.');
    if (message.type === 'have') {
      this.heard(message);
      return HANDLED;
    }
    // Answers come in the order the messages went in, each once its events are on disk.
    return this.laptop.receive(message.events, this).then(
      (outcome) => this.guarded(() => this.stored(message, outcome)),
      (error: unknown) => this.endOn(error),
    );
  }

  /** An `events` message's events are on disk (or held back, or kept as another history). */
  private stored(message: Extract<SyncMessage, { type: 'events' }>, outcome: ReceiveOutcome): void {
    if (outcome.refusedRemoved > 0) {
      this.options.log?.(`refused ${outcome.refusedRemoved} events from ${this.describePeer()}: their device was removed from the room`);
      for (const device of outcome.refusedDevices) this.refusedSinceHave.add(device);
      this.scheduleHave();
    }
    if (outcome.quarantined > 0) {
      this.options.log?.(`held back ${outcome.quarantined} events from ${this.describePeer()}: stamped too far in the future`);
    }
    if (outcome.forked.length > 0) {
      this.options.log?.(`kept ${outcome.forked.length} events from ${this.describePeer()} as a second history of a device whose data folder was copied`);
    }
    // A device's other history is not what the peer's vector counts: only the log's events say what it holds.
    const otherHistory = new Set(outcome.forked);
    for (const event of message.events) if (!otherHistory.has(event)) this.notePeerHolds(event.device, event.seq);
    this.update({ weLack: message.remaining, received: this.peer.received + message.events.length });
  }

  private greet(hello: Extract<SyncMessage, { type: 'hello' }>): void {
    if (this.peerVector !== null) throw new HoldfastFailure('invalid_input', 'The peer said hello twice.');
    if (hello.protocol !== SYNC_PROTOCOL_VERSION) {
      throw new HoldfastFailure('conflict', `The peer speaks sync protocol ${hello.protocol}; this Holdfast speaks ${SYNC_PROTOCOL_VERSION}. Update the older one.`);
    }
    if (!deviceProofHolds(hello.device, this.channel.binding, hello.proof)) {
      throw new HoldfastFailure('invalid_input', 'The peer could not prove it holds the key of the device it claims to be.');
    }
    if (hello.device === this.laptop.deviceId) {
      // It holds this laptop's key: a copy of this data folder that could not tell it was one (a cloned machine).
      this.laptop.identityInUseElsewhere('a laptop that holds this laptop\'s device key called it (its data folder was copied from here)');
      throw new HoldfastFailure(
        'conflict',
        'The peer signs as this laptop\'s own device: one of the two is a copy of the other\'s data folder. Both histories are kept; restart Holdfast here to give this laptop a new identity.',
      );
    }
    const removed = this.laptop.whyRemoved(hello.device);
    if (removed !== null) throw new HoldfastFailure('conflict', removed);
    this.peerVector = { ...hello.vector };
    this.laptop.heardClock(hello.device, hello.wallClock);
    const ours = this.laptop.versionVector();
    this.peer = {
      ...this.peer,
      device: hello.device,
      person: hello.person,
      clockOffsetMs: hello.wallClock - Math.floor(this.laptop.roomTime()),
      theyLack: countMissing(ours, hello.vector),
      weLack: countMissing(hello.vector, ours),
    };
    this.update({});
    this.metAt = this.options.now();
    this.extendMeeting();
    this.sendMissing(ours);
    for (const history of this.laptop.bothHistoriesOfCopiedDevices()) this.pushAsTheyAre(history);
    this.conversations.join(this);
    this.scheduleHave(0);
  }

  /** The peer says what it holds and whom it hears first-hand. */
  private heard(have: Extract<SyncMessage, { type: 'have' }>): void {
    const vector = this.peerVector!;
    for (const [device, seq] of Object.entries(have.vector)) vector[device] = Math.max(vector[device] ?? 0, seq);
    for (const device of have.refusedFrom ?? []) this.refused(device, have.vector[device] ?? 0);
    const before = this.peerLinks;
    this.peerLinks = new Set(have.linked);
    if (before !== null && have.linked.some((device) => !before.has(device))) this.extendMeeting();
    this.update({ theyLack: countMissing(this.laptop.versionVector(), vector), ...(have.person === undefined ? {} : { person: have.person }) });
    // It may have lost a link whose events we were leaving to it.
    this.schedulePush();
  }

  /**
   * The peer refused `device`'s events (device-removals.ts): it does not
   * hold them, so they go again from what it does, at most every
   * RESEND_REFUSED_EVERY_MS. A refusal heard sooner waits for the pause to
   * end rather than being dropped: the word that lets the peer take them
   * may be only moments behind, and nothing else would ever ask again.
   */
  private refused(device: string, peerHolds: number): void {
    const waitMs = (this.resentRefused.get(device) ?? Number.NEGATIVE_INFINITY) + RESEND_REFUSED_EVERY_MS - this.options.now();
    if (waitMs <= 0) return this.sendRefusedAgain(device, peerHolds);
    const waiting = this.refusalsWaiting.get(device);
    if (waiting) return void (waiting.peerHolds = Math.min(waiting.peerHolds, peerHolds));
    const timer = setTimeout(() => this.guarded(() => this.sendRefusedAgain(device, this.refusalsWaiting.get(device)!.peerHolds)), waitMs);
    timer.unref();
    this.refusalsWaiting.set(device, { peerHolds, timer });
  }

  private sendRefusedAgain(device: string, peerHolds: number): void {
    const waiting = this.refusalsWaiting.get(device);
    if (waiting) clearTimeout(waiting.timer);
    this.refusalsWaiting.delete(device);
    this.resentRefused.set(device, this.options.now());
    this.peerVector![device] = peerHolds;
    this.schedulePush();
  }

  /** Tells the peer what we hold and whom we hear, soon: at once after a change of links, else at most every HAVE_EVERY_MS. */
  private scheduleHave(afterMs = Math.max(0, this.lastHaveAt + HAVE_EVERY_MS - this.options.now())): void {
    if (this.closed || this.peerVector === null) return;
    if (this.haveTimer) {
      if (afterMs > 0) return;
      clearTimeout(this.haveTimer);
    }
    this.haveTimer = setTimeout(() => this.guarded(() => this.sendHave()), afterMs);
    this.haveTimer.unref();
  }

  private sendHave(): void {
    this.haveTimer = null;
    if (this.closed) return;
    this.lastHaveAt = this.options.now();
    const refusedFrom = [...this.refusedSinceHave];
    this.refusedSinceHave.clear();
    this.send({
      type: 'have',
      vector: this.laptop.versionVector(),
      linked: this.conversations.devicesBesides(this.peer.device),
      ...(refusedFrom.length > 0 ? { refusedFrom } : {}),
      person: this.person,
    });
  }

  /**
   * The catch-up at hello: what the peer lacks of this laptop's own events.
   * Other devices' events wait for the peer's first `have`, a round trip
   * away, which says whom it hears first-hand: those it does not hear are
   * relayed then (pushLive), the rest left to their writer. Sent here at
   * once, a laptop meeting a whole room would get every event from every
   * laptop that holds it.
   */
  private sendMissing(ours: VersionVector): void {
    const ranges = missingFrom(ours, this.peerVector ?? {}).filter((range) => range.device === this.laptop.deviceId);
    let remaining = ranges.reduce((sum, range) => sum + range.toSeq - range.fromSeq + 1, 0);
    for (const range of ranges) {
      this.sendRange(range.device, range.fromSeq, range.toSeq, (sent) => (remaining = Math.max(0, remaining - sent)));
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
      this.guarded(() => this.pushLive());
    });
  }

  private pushLive(): void {
    if (this.closed || this.peerVector === null) return;
    // Each device's chain from just after what the peer holds, so a batch
    // never leaves a gap the peer would have to refuse.
    const ours = this.laptop.versionVector();
    const meeting = this.options.now() < this.meetingEndsAt;
    for (const range of missingFrom(ours, this.peerVector)) {
      const firstHand = range.device === this.laptop.deviceId;
      if (!firstHand && meeting) this.pushAfterMeeting();
      else if (!firstHand && (this.peerLinks === null || this.peerLinks.has(range.device))) this.holdRelay(range.device, range.toSeq);
      else this.sendRange(range.device, range.fromSeq, range.toSeq, () => 0);
    }
  }

  /** The peer's links are (still) coming up: relays wait MEETING_MS more, but never past RELAY_FALLBACK_MS after hello. */
  private extendMeeting(): void {
    const fallbackMs = this.options.relayFallbackMs ?? RELAY_FALLBACK_MS;
    const now = this.options.now();
    this.meetingEndsAt = Math.min(Math.max(this.meetingEndsAt, now + (this.options.meetingMs ?? MEETING_MS)), this.metAt + fallbackMs);
    if (this.meetingTimer) {
      clearTimeout(this.meetingTimer);
      this.meetingTimer = null;
      this.pushAfterMeeting();
    }
  }

  /** Looks again at what to relay once the meeting is over. */
  private pushAfterMeeting(): void {
    if (this.meetingTimer) return;
    this.meetingTimer = setTimeout(() => {
      this.meetingTimer = null;
      this.guarded(() => this.pushLive());
    }, Math.max(0, this.meetingEndsAt - this.options.now()));
    this.meetingTimer.unref();
  }

  /** Leaves `device`'s events up to `upTo` to the peer's own link with it, for RELAY_FALLBACK_MS. */
  private holdRelay(device: string, upTo: number): void {
    if (!this.heldRelays) {
      const timer = setTimeout(() => this.guarded(() => this.relayWhatIsStillLacking()), this.options.relayFallbackMs ?? RELAY_FALLBACK_MS);
      timer.unref();
      this.heldRelays = { upTo: new Map(), peerHeld: new Map(), timer };
    }
    if (!this.heldRelays.upTo.has(device)) {
      this.heldRelays.upTo.set(device, upTo);
      this.heldRelays.peerHeld.set(device, this.peerVector?.[device] ?? 0);
    }
  }

  /** The first-hand copy did not come in time: relay what the peer still lacks of what was held back. */
  private relayWhatIsStillLacking(): void {
    const held = this.heldRelays;
    this.heldRelays = null;
    if (!held || this.closed || this.peerVector === null) return;
    const ours = this.laptop.versionVector();
    for (const [device, upTo] of held.upTo) {
      const toSeq = Math.min(upTo, ours[device] ?? 0);
      const peerHolds = this.peerVector[device] ?? 0;
      if (peerHolds >= toSeq) continue;
      // Its writer's copy is arriving, only slowly (a busy laptop, a room
      // catching up at once): a second copy would only add to the load.
      if (peerHolds > (held.peerHeld.get(device) ?? 0)) this.holdRelay(device, upTo);
      else this.sendRange(device, peerHolds + 1, toSeq, () => 0);
    }
    // Whatever arrived meanwhile waits its own turn.
    this.pushLive();
  }

  /** Runs work outside a received message (a timer): a failure ends the conversation instead of escaping. */
  private guarded(work: () => void): void {
    if (this.closed) return;
    try {
      work();
    } catch (error) {
      this.endOn(error);
    }
  }

  /** Ends the conversation for what was refused or failed, saying why. */
  private endOn(error: unknown): void {
    this.end(error instanceof HoldfastFailure ? error.message : `Sync failed: ${(error as Error).message}`);
  }

  /**
   * Sends events of devices with two histories (a copied data folder) as
   * they are: version vectors count one history per device, so the peer
   * could not tell it lacks the other. It skips what it holds already.
   */
  private pushAsTheyAre(events: readonly SignedEvent[]): void {
    if (this.closed || this.peerVector === null || events.length === 0) return;
    for (let start = 0; start < events.length; start += MAX_EVENTS_PER_BATCH) {
      this.send({ type: 'events', events: events.slice(start, start + MAX_EVENTS_PER_BATCH), remaining: 0 });
    }
  }

  /** Sends one device's events in batches; `remainingAfter` says how many are still to come after each. */
  private sendRange(device: string, fromSeq: number, toSeq: number, remainingAfter: (sent: number) => number): void {
    let from = fromSeq;
    while (from <= toSeq && !this.closed) {
      const batch = this.laptop.rangeForPeer(device, from, toSeq, MAX_EVENTS_PER_BATCH);
      if (batch.count === 0) return;
      // The events go out as the JSON bytes SQLite wrote from the rows, never decoded here.
      if (!this.closed) this.channel.send(eventsMessage(batch.json, remainingAfter(batch.count)));
      this.notePeerHolds(device, batch.lastSeq);
      from = batch.lastSeq + 1;
    }
  }

  private notePeerHolds(device: string, seq: number): void {
    if (this.peerVector === null) return;
    this.peerVector[device] = Math.max(this.peerVector[device] ?? 0, seq);
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
