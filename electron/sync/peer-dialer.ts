/**
 * Keeps calling one peer address: connect over TLS-PSK, hand the socket to
 * the network, and when it drops (Wi-Fi gone, laptop asleep, peer killed
 * mid-batch), try again with exponential backoff and jitter so a room full
 * of laptops coming back at once does not call in lockstep.
 */
import type { TLSSocket } from 'node:tls';
import WebSocket from 'ws';
import { MAX_SYNC_MESSAGE_BYTES } from '../../shared/sync/messages.js';
import type { RoomKeys } from '../room/room-keys.js';
import { SYNC_PATH } from './sync-listener.js';
import { explainTlsFailure, pskClientOptions } from './tls-psk.js';
import { CLOSE_DUPLICATE, CLOSE_REFUSED, LEAN_WEBSOCKET, zeroMask } from './ws-channel.js';

export interface DialerOptions {
  readonly address: string;
  readonly keys: RoomKeys;
  readonly onOpen: (socket: WebSocket, tls: TLSSocket) => void;
  /** Why the last attempt failed, or null once connected. */
  readonly onProblem: (problem: string | null) => void;
  /** False while this peer is already connected another way (it called us). */
  readonly shouldDial: () => boolean;
  readonly backoff?: { readonly firstMs: number; readonly maxMs: number };
}

const DEFAULT_BACKOFF = { firstMs: 500, maxMs: 30_000 };
/** A connection that lasted this long was a good one: the next failure starts the backoff afresh. */
const STABLE_MS = 10_000;

export class PeerDialer {
  private socket: WebSocket | null = null;
  private timer: NodeJS.Timeout | undefined;
  private delayMs: number;
  private stopped = false;

  constructor(private readonly options: DialerOptions) {
    this.delayMs = this.backoff.firstMs;
  }

  get address(): string {
    return this.options.address;
  }

  start(): void {
    this.dial();
  }

  /** Try again now (the peer was just seen on the LAN, or a person asked). */
  nudge(): void {
    if (this.stopped || this.socket) return;
    clearTimeout(this.timer);
    this.delayMs = this.backoff.firstMs;
    this.dial();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.socket?.terminate();
    this.socket = null;
  }

  private get backoff(): { firstMs: number; maxMs: number } {
    return this.options.backoff ?? DEFAULT_BACKOFF;
  }

  private dial(): void {
    if (this.stopped || this.socket) return;
    if (!this.options.shouldDial()) return this.retryLater();
    const socket = new WebSocket(`wss://${this.options.address}${SYNC_PATH}`, {
      ...pskClientOptions(this.options.keys),
      maxPayload: MAX_SYNC_MESSAGE_BYTES,
      handshakeTimeout: 5_000,
      ...LEAN_WEBSOCKET,
      generateMask: zeroMask,
    });
    this.socket = socket;
    let openedAt: number | null = null;
    let tls: TLSSocket | null = null;
    socket.on('upgrade', (response) => {
      tls = response.socket as TLSSocket;
    });
    socket.on('open', () => {
      openedAt = Date.now();
      this.options.onProblem(null);
      if (tls) this.options.onOpen(socket, tls);
      else socket.terminate();
    });
    socket.on('error', (error) => this.options.onProblem(explainTlsFailure(error)));
    socket.on('close', (code, reason) => {
      if (this.socket === socket) this.socket = null;
      if (code === CLOSE_REFUSED && reason.length > 0) this.options.onProblem(reason.toString());
      if (code === CLOSE_DUPLICATE) this.options.onProblem(null);
      if (openedAt !== null && Date.now() - openedAt > STABLE_MS) this.delayMs = this.backoff.firstMs;
      this.retryLater();
    });
  }

  private retryLater(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const jitter = 0.8 + Math.random() * 0.4;
    this.timer = setTimeout(() => this.dial(), Math.round(this.delayMs * jitter));
    this.timer.unref();
    this.delayMs = Math.min(this.backoff.maxMs, this.delayMs * 2);
  }
}
