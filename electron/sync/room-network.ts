/**
 * Everything that keeps this laptop in touch with the room: the TLS-PSK
 * listener, a dialer per known address (added by hand, from an invite or
 * found on the LAN), one sync session per connection, and the peer list the
 * UI shows. Joining another room restarts it all with the new keys.
 *
 * Two laptops that know each other both dial; the connection dialled by the
 * smaller device id is kept and the other closed, the same choice on both
 * ends, so they never close each other's in turn.
 *
 * Every connection, dialled or accepted, carries a heartbeat: a link that
 * went silent is ended, so the dialer calls again and the new hello brings
 * across whatever was lost in the dead one.
 *
 * When this laptop stores the removal of a device, every connection to that
 * device is ended at once (its next hello is refused, so it stays out),
 * rather than left open until it happens to reconnect.
 *
 * This laptop never calls itself: its own addresses are skipped, and an
 * address that leads back here another way is recognised when both ends of
 * one TLS session turn up in this process, and not called again. (Another
 * process with our device id is a copied data folder: the session refuses
 * it, loudly.)
 */
import os from 'node:os';
import type { TLSSocket } from 'node:tls';
import type { WebSocket } from 'ws';
import type { SignedEvent } from '../../shared/events.js';
import type { PeerView, SyncingView } from '../../shared/room/views.js';
import { roomKeys, type RoomKeys } from '../room/room-keys.js';
import type { LiveSync } from '../room/room-service.js';
import { startDiscovery, type Discovery } from './discovery.js';
import { DEFAULT_HEARTBEAT_MS, startHeartbeat } from './heartbeat.js';
import { isOwnSyncAddress } from './own-address.js';
import { PeerDialer } from './peer-dialer.js';
import { removalsIn } from './removals-heard.js';
import { DEFAULT_SYNC_PORT, startSyncListener, type SyncListener } from './sync-listener.js';
import { SyncSession, type PeerState } from './sync-session.js';
import { explainLinkFailure } from './tls-psk.js';
import type { LiveShown, SyncPort } from './sync-port.js';
import { webSocketChannel } from './ws-channel.js';

/**
 * How long a removed device's connections stay open after the removal is
 * stored: long enough for the sessions to push the removal itself, so the
 * removed laptop learns why it was cut off.
 */
const REMOVAL_GRACE_MS = 250;

export interface RoomNetworkOptions {
  /** This laptop, as sync sees it. */
  readonly laptop: SyncPort;
  /** The sync port; 0 picks a free one. */
  readonly syncPort?: number;
  /** Where to listen for peers; all interfaces unless told otherwise. */
  readonly bindAddress?: string;
  readonly discovery?: boolean;
  /** Who is at this laptop, for the other laptops' peer lists. */
  readonly person: () => string | null;
  readonly log?: (line: string) => void;
  readonly now?: () => number;
  readonly backoff?: { readonly firstMs: number; readonly maxMs: number };
  /** How often each connection is pinged; one silent for two of these is ended. */
  readonly heartbeatMs?: number;
}

interface Connection {
  readonly session: SyncSession;
  readonly dialedByUs: boolean;
  readonly address: string | null;
  /** The TLS session's keying material: the same at both ends of one connection. */
  readonly binding: Uint8Array;
  /** Set when the connection turned out to be this laptop calling itself: nothing about it is worth a log line. */
  quiet: boolean;
}

interface DialTarget {
  readonly dialer: PeerDialer;
  readonly via: 'added' | 'discovered';
  device: string | null;
  problem: string | null;
}

interface PeerRecord {
  state: PeerState;
  address: string | null;
  via: PeerView['via'];
  online: boolean;
}

export class RoomNetwork implements LiveSync {
  private listener: SyncListener | null = null;
  private discovery: Discovery | null = null;
  private discoveryState: SyncingView['discovery'] = 'off';
  private problem: string | null = null;
  private keys: RoomKeys | null = null;
  private readonly targets = new Map<string, DialTarget>();
  private readonly connections = new Set<Connection>();
  private readonly records = new Map<string, PeerRecord>();
  /** Addresses that reach this laptop's own listener, never called (until the room restarts). */
  private readonly ownAddresses = new Set<string>();
  private readonly stopWatchingRoom: () => void;
  private readonly stopWatchingStored: () => void;
  private readonly removalTimers = new Set<NodeJS.Timeout>();
  private shown: LiveShown | null = null;
  private restarting: Promise<void> = Promise.resolve();
  private stopped = false;

  private constructor(private readonly options: RoomNetworkOptions) {
    this.stopWatchingRoom = options.laptop.onRoomChange((change) => {
      if (change === 'peers') this.reconcileAddedPeers();
      else this.restarting = this.restarting.then(() => this.restart());
    });
    this.stopWatchingStored = options.laptop.onStored((events) => this.cutOffRemoved(events));
  }

  static async start(options: RoomNetworkOptions): Promise<RoomNetwork> {
    const network = new RoomNetwork(options);
    network.shown = options.laptop.showLive(network);
    await network.restart();
    return network;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopWatchingRoom();
    this.stopWatchingStored();
    for (const timer of this.removalTimers) clearTimeout(timer);
    this.removalTimers.clear();
    await this.restarting;
    await this.shutDown();
    this.shown?.withdraw();
    this.shown = null;
  }

  /** Resolves once a room change has been acted on (for tests and the CLI). */
  settled(): Promise<void> {
    return this.restarting;
  }

  /** Who is at this laptop changed (options.person says the new one): every peer is told. */
  presenceChanged(): void {
    const person = this.options.person();
    for (const { session } of this.connections) session.personChanged(person);
  }

  peers(): PeerView[] {
    const views: PeerView[] = [];
    for (const [device, record] of this.records) {
      views.push({
        device,
        person: record.state.person,
        address: record.address,
        via: record.via,
        online: record.online,
        lastSeen: record.state.lastSeen,
        theyLack: record.state.theyLack,
        weLack: record.state.weLack,
        clockOffsetMs: record.state.clockOffsetMs,
        problem: null,
      });
    }
    for (const [address, target] of this.targets) {
      if (target.device !== null && this.records.has(target.device)) {
        const view = views.find((peer) => peer.device === target.device);
        if (view && !view.online && target.problem) views[views.indexOf(view)] = { ...view, problem: target.problem };
        continue;
      }
      views.push({
        device: null,
        person: null,
        address,
        via: target.via,
        online: false,
        lastSeen: null,
        theyLack: 0,
        weLack: 0,
        clockOffsetMs: null,
        problem: target.problem,
      });
    }
    return views;
  }

  syncing(): SyncingView {
    const port = this.listener?.port ?? null;
    return {
      listening: this.listener !== null,
      port,
      addresses: port === null ? [] : this.reachableHosts().map((address) => `${address}:${port}`),
      discovery: this.discoveryState,
      problem: this.problem,
    };
  }

  catchUp(): { received: number; total: number } | null {
    let received = 0;
    let remaining = 0;
    for (const { session } of this.connections) {
      if (session.isClosed || session.state.weLack === 0) continue;
      received += session.state.received;
      remaining += session.state.weLack;
    }
    return remaining === 0 ? null : { received, total: received + remaining };
  }

  private async restart(): Promise<void> {
    await this.shutDown();
    if (this.stopped) return;
    const membership = this.options.laptop.membership();
    this.problem = null;
    if (!membership) {
      this.changed();
      return;
    }
    this.keys = roomKeys(membership.name, membership.secret);
    try {
      this.listener = await startSyncListener({
        keys: this.keys,
        port: this.options.syncPort ?? DEFAULT_SYNC_PORT,
        bindAddress: this.bindAddress,
        onConnection: (socket, tls) => this.adopt(socket, tls, false, null),
        log: this.log,
      });
      this.log(`listening for peers of room "${membership.name}" on port ${this.listener.port}`);
    } catch (error) {
      // Without a listener this laptop can still call the others.
      this.problem = (error as Error).message;
      this.log(this.problem);
    }
    for (const address of this.options.laptop.addedPeers()) this.dialTo(address, 'added');
    if (this.options.discovery !== false && this.listener) this.startDiscovery(this.keys, this.listener.port);
    this.changed();
  }

  /** Dials peers newly added by hand and stops calling those forgotten, without dropping anyone else. */
  private reconcileAddedPeers(): void {
    if (!this.keys) return;
    const added = new Set(this.options.laptop.addedPeers());
    for (const [address, target] of this.targets) {
      if (target.via === 'added' && !added.has(address)) {
        target.dialer.stop();
        this.targets.delete(address);
      }
    }
    for (const address of added) this.dialTo(address, 'added');
    this.changed();
  }

  private startDiscovery(keys: RoomKeys, port: number): void {
    this.discoveryState = 'on';
    this.discovery = startDiscovery({
      roomTag: keys.discoveryTag,
      device: this.options.laptop.deviceId,
      port,
      onFound: (peer) => {
        const address = peer.host.includes(':') ? `[${peer.host}]:${peer.port}` : `${peer.host}:${peer.port}`;
        const existing = this.targets.get(address);
        if (existing) existing.dialer.nudge();
        else this.dialTo(address, 'discovered');
      },
      log: (line) => {
        if (/unavailable/i.test(line)) {
          this.discoveryState = 'unavailable';
          this.changed();
        }
        this.log(line);
      },
    });
  }

  private dialTo(address: string, via: DialTarget['via']): void {
    if (this.targets.has(address) || this.ownAddresses.has(address) || !this.keys) return;
    if (this.listener && isOwnSyncAddress(address, { port: this.listener.port, bindAddress: this.bindAddress })) {
      return this.skipOwnAddress(address, 'that is this laptop\'s own sync address');
    }
    const target: DialTarget = {
      via,
      device: null,
      problem: null,
      dialer: new PeerDialer({
        address,
        keys: this.keys,
        ...(this.options.backoff ? { backoff: this.options.backoff } : {}),
        onOpen: (socket, tls) => this.adopt(socket, tls, true, address),
        onProblem: (problem) => {
          if (problem !== null && problem !== target.problem) this.log(`calling ${address}: ${problem}`);
          target.problem = problem;
          this.changed();
        },
        // A removed device would only be refused again: stop calling it (forgetting and re-adding the address calls afresh).
        shouldDial: () => target.device === null || (!this.isConnected(target.device) && !this.isRemoved(target.device)),
      }),
    };
    this.targets.set(address, target);
    target.dialer.start();
  }

  private adopt(socket: WebSocket, tls: TLSSocket, dialedByUs: boolean, address: string | null): void {
    const channel = webSocketChannel(socket, tls);
    const otherEnd = [...this.connections].find((other) => Buffer.compare(other.binding, channel.binding) === 0);
    if (otherEnd) return this.hangUpOnOurselves(otherEnd, socket, dialedByUs ? address : otherEnd.address);
    const session: SyncSession = new SyncSession(this.options.laptop, channel, {
      person: this.options.person(),
      now: this.now,
      log: (line) => {
        if (!connection.quiet) this.log(line);
      },
      onState: (state) => this.noteState(connection, state),
    });
    const connection: Connection = { session, dialedByUs, address, binding: channel.binding, quiet: false };
    this.connections.add(connection);
    socket.on('message', (data, isBinary) => {
      if (isBinary) return session.end('The peer sent a binary message; sync speaks JSON text.');
      // The bytes as they came: the session measures them before decoding (sync-listener.ts skips ws's UTF-8 check).
      session.receive(Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data));
    });
    startHeartbeat(socket, {
      intervalMs: this.options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
      onSilent: (silentMs) => {
        session.end(`the link went silent: nothing heard for ${(silentMs / 1000).toFixed(1)} s (a laptop asleep, or the network gone)`);
        // No closing handshake: nobody is there to answer it.
        socket.terminate();
      },
    });
    // ws closes quietly when the TLS socket under it fails; keep why for the log.
    let failure: Error | null = null;
    tls.once('error', (error) => (failure = error));
    socket.on('close', () => {
      session.end(failure ? `the connection failed: ${explainLinkFailure(failure)}` : 'the connection closed');
      this.connections.delete(connection);
      const device = session.state.device;
      const record = device ? this.records.get(device) : undefined;
      if (record && device && !this.isConnected(device)) record.online = false;
      this.changed();
    });
    // ws has already started closing (with 1009 for an oversized message, say):
    // ending the socket here would cut off the close code the peer should see.
    socket.on('error', (error) => session.end(`the connection failed: ${error.message}`));
    session.start();
  }

  /**
   * Both ends of one TLS session are here: this laptop called its own
   * listener (a host name or a forwarded port that leads back here). Ends
   * both quietly and stops calling that address; it is not a copied folder.
   */
  private hangUpOnOurselves(otherEnd: Connection, socket: WebSocket, dialledAddress: string | null): void {
    otherEnd.quiet = true;
    otherEnd.session.end('this laptop called itself');
    socket.terminate();
    if (dialledAddress !== null) {
      this.targets.get(dialledAddress)?.dialer.stop();
      this.targets.delete(dialledAddress);
      this.skipOwnAddress(dialledAddress, 'it leads back to this laptop');
    }
    this.changed();
  }

  private skipOwnAddress(address: string, why: string): void {
    this.ownAddresses.add(address);
    this.log(`not calling ${address}: ${why}`);
  }

  private noteState(connection: Connection, state: PeerState): void {
    const device = state.device;
    if (device === null || connection.session.isClosed) return;
    if (this.closeIfDuplicate(connection, device)) return;
    const target = connection.address ? this.targets.get(connection.address) : undefined;
    if (target) target.device = device;
    const previous = this.records.get(device);
    this.records.set(device, {
      state,
      address: connection.address ?? previous?.address ?? null,
      via: target?.via ?? previous?.via ?? 'incoming',
      online: true,
    });
    this.changed();
  }

  private closeIfDuplicate(connection: Connection, device: string): boolean {
    const other = [...this.connections].find(
      (candidate) => candidate !== connection && !candidate.session.isClosed && candidate.session.state.device === device,
    );
    if (!other) return false;
    // The connection dialled by the smaller device id wins, on both ends alike.
    const weAreSmaller = this.options.laptop.deviceId < device;
    const keepDialedByUs = weAreSmaller;
    const loser = connection.dialedByUs === keepDialedByUs && other.dialedByUs !== keepDialedByUs ? other : connection;
    loser.session.end('duplicate');
    return loser === connection;
  }

  /** Ends every connection to a device whose removal was just stored here, saying why. */
  private cutOffRemoved(events: readonly SignedEvent[]): void {
    for (const removal of removalsIn(events)) {
      if (removal.device === this.options.laptop.deviceId) continue;
      const timer = setTimeout(() => {
        this.removalTimers.delete(timer);
        for (const { session } of this.connections) if (session.state.device === removal.device) session.end(removal.reason);
      }, REMOVAL_GRACE_MS);
      timer.unref();
      this.removalTimers.add(timer);
    }
  }

  private isRemoved(device: string): boolean {
    return this.options.laptop.whyRemoved(device) !== null;
  }

  private isConnected(device: string): boolean {
    for (const { session } of this.connections) if (!session.isClosed && session.state.device === device) return true;
    return false;
  }

  private async shutDown(): Promise<void> {
    for (const target of this.targets.values()) target.dialer.stop();
    this.targets.clear();
    this.ownAddresses.clear();
    for (const { session } of this.connections) session.end('this laptop is leaving the room');
    this.connections.clear();
    for (const record of this.records.values()) record.online = false;
    await this.discovery?.stop();
    this.discovery = null;
    this.discoveryState = 'off';
    await this.listener?.close();
    this.listener = null;
  }

  private get bindAddress(): string {
    return this.options.bindAddress ?? '0.0.0.0';
  }

  private reachableHosts(): string[] {
    const bind = this.bindAddress;
    return bind === '0.0.0.0' || bind === '::' ? lanAddresses() : [bind];
  }

  private changed(): void {
    this.shown?.changed();
  }

  private readonly log = (line: string): void => {
    this.options.log?.(line);
  };

  private get now(): () => number {
    return this.options.now ?? Date.now;
  }
}

/** This laptop's IPv4 addresses on its networks, for the invite and for adding by hand. */
export function lanAddresses(): string[] {
  const addresses: string[] = [];
  for (const entries of Object.values(os.networkInterfaces())) {
    for (const entry of entries ?? []) if (entry.family === 'IPv4' && !entry.internal) addresses.push(entry.address);
  }
  return addresses;
}
