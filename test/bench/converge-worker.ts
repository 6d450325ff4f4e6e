/**
 * One bench peer in a worker thread of its own, for the converge figure
 * "each peer in its own thread, as laptops are": in a real room every
 * laptop decodes, verifies, stores and projects on its own CPU, which one
 * shared event loop cannot show. peer-threads.ts starts three of these and
 * drives them with the messages in converge-messages.ts.
 *
 * Not run directly. Node 20 hands a worker the `--import tsx` of
 * `npm run bench` (execArgv is inherited) but not tsx's loader, so a worker
 * cannot load a .ts file by itself (ERR_UNKNOWN_FILE_EXTENSION); peer-threads
 * starts each worker from a line of JavaScript that registers tsx and then
 * imports this file, so the peer runs the same sources as the rest of the
 * bench rather than a separately built copy.
 */
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { WarRoomHost } from '../../electron/host/host.js';
import { RoomNetwork } from '../../electron/sync/room-network.js';
import type { FromPeerThread, PeerThreadStart, ToPeerThread } from './converge-messages.js';
import { eventsCounted, fingerprint } from './room-fingerprint.js';
import { countWebSocketSends, sentSoFar, type SentSoFar } from './sent-counter.js';

if (parentPort === null) throw new Error('converge-worker.ts runs as a worker thread of the sync bench');
const toMain = parentPort;
const say = (message: FromPeerThread): void => toMain.postMessage(message);
const start = workerData as PeerThreadStart;

const host = WarRoomHost.open({ dataDir: start.folder, watchMs: 0, fallbackAuthor: start.person });
let network: RoomNetwork | null = null;
let cpuAtDial: number | null = null;
let sentAtDial: SentSoFar = { messages: 0, bytes: 0 };
countWebSocketSends();

/**
 * The CPU time this thread has used, in ms, or null off Linux. Where the
 * machine has fewer free cores than the bench has peers, the threads take
 * turns and the wall-clock figure is above a laptop's; what a peer's thread
 * used is the work its laptop would do (V8's garbage-collection helper
 * threads aside). Node 20 has no per-thread CPU clock, but Linux counts each
 * thread's in /proc.
 */
function threadCpuMs(): number | null {
  let stat: string;
  try {
    stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
  } catch {
    return null;
  }
  // After the command name in parentheses, the state is field 3 of proc(5); utime and stime, fields 14 and 15, count USER_HZ ticks (100 a second).
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Tells the main thread, once, the moment this peer holds all `total` events: checked as each batch is stored. */
function watchForAll(total: number): void {
  let told = false;
  const check = (): void => {
    if (told || eventsCounted(host.store.log.versionVector()) !== total) return;
    told = true;
    stop();
    say({ type: 'holdsAll' });
  };
  const stop = host.sync.onStored(check);
  check();
}

/** The mean size of an event's JSON here, what "bytes per event delivered" is compared with; read before the clock starts. */
function meanEventBytes(): number {
  let count = 0;
  let bytes = 0;
  for (const stored of host.store.log.readAll()) {
    count += 1;
    bytes += Buffer.byteLength(JSON.stringify(stored.event));
  }
  return count === 0 ? 0 : bytes / count;
}

async function close(): Promise<void> {
  try {
    await network?.stop();
  } finally {
    host.close();
  }
}

async function handle(message: ToPeerThread): Promise<void> {
  switch (message.type) {
    case 'dial':
      cpuAtDial = threadCpuMs();
      sentAtDial = sentSoFar();
      watchForAll(message.total);
      for (const address of message.addresses) host.rooms.room.addPeer(address);
      return;
    case 'fingerprint': {
      const cpuNow = threadCpuMs();
      const cpuMs = cpuNow === null || cpuAtDial === null ? null : cpuNow - cpuAtDial;
      const sent = sentSoFar();
      say({
        type: 'fingerprint',
        fingerprint: fingerprint(host),
        cpuMs,
        messagesSent: sent.messages - sentAtDial.messages,
        bytesSent: sent.bytes - sentAtDial.bytes,
      });
      return;
    }
    case 'progress': {
      const cpuNow = threadCpuMs();
      say({ type: 'progress', held: eventsCounted(host.store.log.versionVector()), cpuMs: cpuNow === null || cpuAtDial === null ? null : cpuNow - cpuAtDial });
      return;
    }
    case 'close':
      await close();
      say({ type: 'closed' });
      toMain.close();
      return;
  }
}

toMain.on('message', (message: ToPeerThread) => {
  handle(message).catch((error: unknown) => say({ type: 'failed', message: String(error) }));
});

try {
  // The seeded folder was never on a network, but a stale address would dial outside the ring.
  for (const address of host.rooms.room.addedPeers()) host.rooms.room.forgetPeer(address);
  network = await RoomNetwork.start({ laptop: host.sync, syncPort: 0, bindAddress: '127.0.0.1', discovery: false, person: () => 'bench' });
  const port = host.rooms.view().syncing.port;
  if (port === null) throw new Error(`bench peer ${start.person} is not listening`);
  say({ type: 'listening', port, vector: host.store.log.versionVector(), eventBytes: meanEventBytes() });
} catch (error) {
  say({ type: 'failed', message: String(error) });
  await close();
}
