/**
 * Real signed events for tests and benchmarks, from several simulated
 * laptops each with its own key, chain and (skewable) clock.
 */
import { proveDevice } from '../../electron/identity/channel-proof.js';
import { SYNC_PROTOCOL_VERSION } from '../../shared/sync/messages.js';
import { HybridLogicalClock, decodeHlc, encodeHlc } from '../../shared/hlc.js';
import type { EventPayload, EventType, SignedEvent } from '../../shared/events.js';
import { generateDeviceKey, type DeviceKey } from '../../electron/identity/device-key.js';
import { signEvent } from '../../electron/identity/signing.js';

export class SimulatedLaptop {
  readonly clock: HybridLogicalClock;
  private seq = 0;
  private prev: string | null = null;

  /** A key given (rather than made) keeps device ids, and so the order of events, the same when a property test replays a case. */
  constructor(
    readonly author: string,
    now: () => number,
    readonly key: DeviceKey = generateDeviceKey(),
  ) {
    this.clock = new HybridLogicalClock(now, Number.MAX_SAFE_INTEGER);
  }

  get device(): string {
    return this.key.deviceId;
  }

  /** A hello as this laptop would send it on a connection with this binding. */
  hello(binding: Uint8Array, vector: Record<string, number> = {}, wallClock = Date.now()): string {
    return JSON.stringify({
      type: 'hello',
      protocol: SYNC_PROTOCOL_VERSION,
      schema: 1,
      device: this.device,
      person: this.author,
      vector,
      wallClock,
      proof: proveDevice(binding, this.key.privateKey),
    });
  }

  record<T extends EventType>(type: T, payload: EventPayload<T>): SignedEvent {
    this.seq += 1;
    const event = signEvent(
      { device: this.device, seq: this.seq, hlc: encodeHlc(this.clock.tick()), author: this.author, type, payload, prev: this.prev },
      this.key.privateKey,
    );
    this.prev = event.hash;
    return event;
  }

  /** Hears another laptop's event (as sync would), so later stamps follow it. */
  hear(event: SignedEvent): void {
    this.clock.witness(decodeHlc(event.hlc));
  }
}

/** A deterministic pseudo-random source (mulberry32), so failures replay. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
