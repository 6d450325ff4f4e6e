/**
 * Real headless peers (`holdfast serve`) in one room on 127.0.0.1, for the
 * multi-process sync tests: started with the room's name and secret, stopped
 * gently or killed, restarted on the same folder and sync port (so a proxy
 * or a peer that dials it finds it again), and the war room each one holds,
 * read from its data folder (SQLite's WAL lets a reader in while it runs).
 */
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';
import { WarRoomHost } from '../../electron/host/host.js';
import { WarRoomProjection } from '../../shared/projection/projection.js';
import { generateSecret } from '../../electron/room/room-keys.js';
import { ApiClient } from './api-client.js';
import { HOLDFAST_BIN, holdfast, lineMatching, type Child, type RunningProcesses } from './processes.js';
import { expectOk } from './results.js';
import type { TempFolders } from './temp-folders.js';
import { waitUntil } from './wait.js';
import { OPEN_ADDRESS_LINE } from './peer-address.js';

export interface RoomCredentials {
  readonly name: string;
  readonly secret: string;
}

export function freshRoom(name = 'Core network outage'): RoomCredentials {
  return { name, secret: generateSecret() };
}

export interface PeerOptions {
  /** Names the peer in failure messages ("Ana's laptop"). */
  readonly label: string;
  readonly room: RoomCredentials;
  /** A fresh folder unless given (a cloned folder, one seeded beforehand). */
  readonly dataDir?: string;
  /** host:port addresses it dials, as `--peer` gives them. */
  readonly dial?: readonly string[];
  /** Extra environment, such as HOLDFAST_CLOCK_SKEW_MS. */
  readonly env?: Record<string, string>;
}

export class SyncPeer {
  private child: Child | null = null;
  /** Every run's output, oldest first: a restart does not lose what it said before. */
  private readonly runs: Child[] = [];
  private readonly clients = new Set<ApiClient>();
  private currentUrl = '';
  private currentSyncPort = 0;

  constructor(
    private readonly processes: RunningProcesses,
    readonly label: string,
    readonly dataDir: string,
    private readonly options: PeerOptions,
  ) {}

  /** The UI and API address of the current run. */
  get url(): string {
    return this.currentUrl;
  }

  get syncPort(): number {
    return this.currentSyncPort;
  }

  get syncAddress(): string {
    return `127.0.0.1:${this.currentSyncPort}`;
  }

  get running(): boolean {
    const process = this.child?.process;
    return process !== undefined && process.exitCode === null && process.signalCode === null;
  }

  /** Starts (or starts again, on the same sync port) and waits until it listens for peers. */
  async start(): Promise<void> {
    if (this.running) throw new Error(`${this.label} is already running.`);
    const { room, dial = [], env = {} } = this.options;
    // Loopback only, no mDNS: the test decides who calls whom. The sync
    // port is 0 (any free one) the first time and the same one after.
    const args = [HOLDFAST_BIN, 'serve', '--data', this.dataDir, '--port', '0', '--room', room.name, '--secret', room.secret];
    args.push('--listen', '127.0.0.1', '--no-discovery', '--sync-port', String(this.currentSyncPort));
    for (const address of dial) args.push('--peer', address);
    const child = this.processes.startNode(args, env);
    this.child = child;
    this.runs.push(child);
    try {
      const [, port] = await lineMatching(child.stdout, /^sync: listening for peers of room ".*" on port (\d+)$/, `${this.label} to listen for peers`);
      const [, url] = await lineMatching(child.stdout, OPEN_ADDRESS_LINE, `${this.label} to print its address`);
      this.currentSyncPort = Number(port);
      this.currentUrl = url!;
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${this.label} said:\n${this.output()}\n${child.stderr.text()}`);
    }
  }

  /** Asks it to stop (SIGTERM) and waits until it has. */
  async stop(): Promise<void> {
    await this.end('SIGTERM');
  }

  /** Kills it outright (SIGKILL): a laptop whose battery died mid-sync. */
  async kill(): Promise<void> {
    await this.end('SIGKILL');
  }

  /**
   * Runs `holdfast ARGS` on its folder, as a person at that laptop's
   * terminal would (running or not); returns the last line printed (the id
   * of what was written), or throws with what it said on stderr.
   */
  async terminal(...args: string[]): Promise<string> {
    const run = await holdfast([...args, '--data', this.dataDir]);
    if (run.code !== 0) throw new Error(`holdfast ${args.join(' ')} on ${this.label} failed (${run.code}): ${run.stderr}`);
    return run.stdout.trimEnd().split('\n').pop()!;
  }

  /** An API client on the current run, as a browser would connect; closed when the peer stops. */
  async api(name = 'Test'): Promise<ApiClient> {
    const client = await ApiClient.connect(this.url, { origin: new URL(this.url).origin });
    this.clients.add(client);
    expectOk(await client.call('setName', { name }));
    return client;
  }

  /** Everything it printed on stdout, over all its runs. */
  output(): string {
    return this.runs.map((run) => run.stdout.text()).join('\n');
  }

  /** Its `sync: ` lines, over all its runs. */
  syncLines(): string[] {
    return this.runs.flatMap((run) => run.stdout.lines.filter((line) => line.startsWith('sync: ')));
  }

  /** Waits until it has logged a sync line matching `pattern`, and returns that line. */
  async syncLineMatching(pattern: RegExp, what: string, timeoutMs = 15_000): Promise<string> {
    try {
      return await waitUntil(() => this.syncLines().find((line) => pattern.test(line)), { what: `${this.label} to log ${what}`, timeoutMs });
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${this.label} said:\n${this.output()}`);
    }
  }

  async closeClients(): Promise<void> {
    await Promise.all([...this.clients].map((client) => client.close()));
    this.clients.clear();
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    await this.closeClients();
    const child = this.child;
    if (!child || !this.running) return;
    child.process.kill(signal);
    await child.exited();
  }
}

/**
 * Peers for one test file's tests, on fresh folders from the scratch space;
 * their API clients are closed after each test (the processes themselves
 * are killed by the scratch space).
 */
export function useSyncPeers(scratch: { folders: TempFolders; processes: RunningProcesses }) {
  const started: SyncPeer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((peer) => peer.closeClients()));
  });

  /** A peer in `options.room`, not started yet. */
  function peer(options: PeerOptions): SyncPeer {
    const made = new SyncPeer(scratch.processes, options.label, options.dataDir ?? scratch.folders.make(), options);
    started.push(made);
    return made;
  }

  /** A peer in `options.room`, started. */
  async function startPeer(options: PeerOptions): Promise<SyncPeer> {
    const made = peer(options);
    await made.start();
    return made;
  }

  return { peer, startPeer };
}

/** What a data folder holds, as another laptop would compare it. */
export interface HeldWarRoom {
  readonly device: string;
  /** {device: highest seq}. */
  readonly vector: Record<string, number>;
  /** Every event as "device seq hash", sorted: two folders with equal lists hold the same events. */
  readonly events: readonly string[];
  /** sha256 of the projection's canonical state: what the screens show. */
  readonly projectionHash: string;
  readonly incidentIds: ReadonlySet<string>;
  readonly entryIds: ReadonlySet<string>;
  /** Devices taken out of the room, as this folder knows it. */
  readonly removed: readonly { readonly device: string; readonly removedBy: string; readonly reason: string }[];
}

/** Opens the folder (without watching, without writing) and reads what it holds. */
export function heldIn(dataDir: string): HeldWarRoom {
  const host = WarRoomHost.open({ dataDir, watchMs: 0, fallbackAuthor: 'Reader' });
  try {
    // One read, so the projection and the vector describe the same events even
    // while the peer that owns the folder goes on storing more.
    const held = [...host.store.log.readAll()].map(({ event }) => event);
    const events = held.map((event) => `${event.device} ${String(event.seq).padStart(8, '0')} ${event.hash}`).sort();
    const projection = new WarRoomProjection();
    const vector: Record<string, number> = {};
    for (const event of held) {
      projection.apply(event);
      vector[event.device] = Math.max(vector[event.device] ?? 0, event.seq);
    }
    const state = projection.canonicalState();
    const { incidents, entries } = JSON.parse(state) as { incidents: { id: string }[]; entries: { id: string }[] };
    return {
      device: host.deviceId,
      vector,
      events,
      projectionHash: createHash('sha256').update(state).digest('hex'),
      incidentIds: new Set(incidents.map((incident) => incident.id)),
      entryIds: new Set(entries.map((entry) => entry.id)),
      removed: host.rooms.view().removedDevices.map(({ device, removedBy, reason }) => ({ device, removedBy, reason })),
    };
  } finally {
    host.close();
  }
}

/** The events of one device a folder holds, as "device seq hash". */
export function eventsOf(held: HeldWarRoom, device: string): string[] {
  return held.events.filter((line) => line.startsWith(`${device} `));
}

/** One line per peer: what it holds, for a failure message. */
export function describeHoldings(peers: readonly SyncPeer[], holdings: readonly HeldWarRoom[]): string {
  return peers
    .map((peer, index) => {
      const held = holdings[index]!;
      const vector = Object.entries(held.vector)
        .sort()
        .map(([device, seq]) => `${device.slice(0, 8)}:${seq}`)
        .join(' ');
      return `${peer.label}: ${held.events.length} events {${vector}} projection ${held.projectionHash.slice(0, 12)}`;
    })
    .join('\n');
}

/**
 * Waits (bounded) until every peer's folder holds the same events and shows
 * the same war room; returns what they all hold. On failure the message
 * says what each holds, `context` (the seed) and each peer's sync log tail.
 */
export async function waitForSameWarRoom(peers: readonly SyncPeer[], options: { timeoutMs: number; context?: string }): Promise<HeldWarRoom[]> {
  let last: HeldWarRoom[] = [];
  try {
    return await waitUntil(
      () => {
        last = peers.map((peer) => heldIn(peer.dataDir));
        const [first, ...rest] = last;
        const same = rest.every(
          (held) => held.projectionHash === first!.projectionHash && held.events.length === first!.events.length && held.events.every((line, i) => line === first!.events[i]),
        );
        return same ? last : undefined;
      },
      { what: 'every peer to hold the same events and show the same war room', timeoutMs: options.timeoutMs, intervalMs: 250 },
    );
  } catch (error) {
    const logs = peers.map((peer) => `--- ${peer.label}\n${peer.syncLines().slice(-15).join('\n')}`).join('\n');
    throw new Error(`${options.context ? `${options.context}: ` : ''}${(error as Error).message}\n${describeHoldings(peers, last)}\n${logs}`);
  }
}
