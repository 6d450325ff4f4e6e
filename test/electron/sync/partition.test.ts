/**
 * The room converges whatever the network and the laptops do in between:
 * four real `holdfast serve` processes on 127.0.0.1, each reached through a
 * TCP proxy that delays, drops and cuts its connections on a seeded
 * schedule, two of them killed (SIGKILL) and restarted mid-run, while people
 * keep writing on all four. Once the faults stop, every peer must hold the
 * same events and show the same war room, and every write that was
 * acknowledged must be on every peer.
 *
 * The seed is in the test's name and in every failure message; to replay
 * another, set HOLDFAST_SYNC_SEED.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WarRoomHost } from '../../../electron/host/host.js';
import { SEVERITIES } from '../../../shared/severity.js';
import { seededRandom } from '../../support/event-factory.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { freshRoom, useSyncPeers, waitForSameWarRoom, type HeldWarRoom, type SyncPeer } from '../../support/sync-peers.js';
import { runFaultSchedule, startTcpProxy, type TcpProxy } from '../../support/tcp-proxy.js';

const scratch = useScratch();
const { startPeer } = useSyncPeers(scratch);
const proxies: TcpProxy[] = [];
afterEach(async () => {
  await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
});

/**
 * Two rooms: in a ring each laptop calls only the next, so two of them never
 * talk directly and everything between them is relayed; in a mesh each
 * calls every other, so both ends of a pair dial and one connection is kept.
 */
const RUNS = [
  { topology: 'ring', seed: Number(process.env.HOLDFAST_SYNC_SEED ?? 20_261_123) },
  { topology: 'mesh', seed: Number(process.env.HOLDFAST_SYNC_SEED ?? 4_781) },
] as const;
const PEERS = 4;
const FAULT_STEPS = 12;
const FAULT_STEP_MS = 700;
/**
 * Writes made before the test stops writing: each laptop's own incident and
 * as many more. Each is a CLI process, slow on a busy two-core machine, so
 * the writing may run on a little past the faults, while the room recovers.
 */
const MIN_WRITES = 2 * PEERS;
/** How long the room may take to settle once the network is healthy again: bounded by the dialers' longest backoff (30 s). */
const SETTLE_MS = 45_000;

/** A write someone was told had been saved, and how to find it on a peer. */
interface Acknowledged {
  readonly what: string;
  readonly isHeldBy: (held: HeldWarRoom) => boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Changes the shared incident's severity on the peer's folder (to one it does
 * not have there yet) as a second writer would, since the CLI has no such
 * command; returns the event it made, as "device seq hash".
 */
function changeSeverityOn(peer: SyncPeer, incidentId: string, pick: () => number): { severity: string; event: string } {
  const host = WarRoomHost.open({ dataDir: peer.dataDir, watchMs: 0, fallbackAuthor: peer.label });
  try {
    const current = host.projection.incident(incidentId)?.severity;
    const choices = SEVERITIES.filter((severity) => severity !== current);
    const severity = choices[Math.floor(pick() * choices.length)]!;
    expectOk(host.run('changeSeverity', { incidentId, severity, reason: `Set on ${peer.label}` }));
    const seq = host.store.log.versionVector()[host.deviceId]!;
    const [event] = host.store.log.readRange(host.deviceId, seq, seq, 1);
    return { severity, event: `${event!.device} ${String(seq).padStart(8, '0')} ${event!.hash}` };
  } finally {
    host.close();
  }
}

describe.each(RUNS)('a room ($topology) partitioned by a faulty network and by killed laptops', ({ topology, seed }) => {
  it(`converges on the same events and the same war room, losing no acknowledged write (seed ${seed})`, async () => {
    // Separate streams for the writes and the kills: they interleave differently from run to run.
    const random = seededRandom(seed);
    const killRandom = seededRandom(seed + 1);
    const context = `${topology}, seed ${seed}`;
    const room = freshRoom();
    const peers: SyncPeer[] = [];
    for (let i = 0; i < PEERS; i++) peers.push(await startPeer({ label: `peer ${i}`, room }));
    for (const peer of peers) proxies.push(await startTcpProxy({ targetPort: peer.syncPort }));
    // Peers call each other through the proxy in front of the one called.
    const calls = (i: number, j: number) => (topology === 'ring' ? j === (i + 1) % PEERS : j !== i);
    for (const [i, peer] of peers.entries()) {
      const api = await peer.api();
      for (const [j, proxy] of proxies.entries()) if (calls(i, j)) expectOk(await api.call('addPeer', { address: `127.0.0.1:${proxy.port}` }));
    }
    const shared = await peers[0]!.terminal('declare', 'Datacenter power event', '--severity', 'SEV2');
    await waitForSameWarRoom(peers, { timeoutMs: 20_000, context: `${context}, before the faults` });

    const happened: string[] = [];
    const note = (line: string) => happened.push(`${(performance.now() / 1000).toFixed(1)}s ${line}`);
    const schedules = proxies.map((proxy, j) =>
      runFaultSchedule(proxy, { seed: seed * 31 + j, steps: FAULT_STEPS, stepMs: FAULT_STEP_MS, onStep: (step, what) => note(`proxy of peer ${j}, step ${step}: ${what}`) }),
    );
    let faultsOver = false;
    const faults = Promise.all(schedules.map((schedule) => schedule.done)).finally(() => (faultsOver = true));

    // Two laptops die (SIGKILL) and come back on the same folder and port.
    const faultMs = FAULT_STEPS * FAULT_STEP_MS;
    const first = Math.floor(killRandom() * PEERS);
    const victims = [first, (first + 1 + Math.floor(killRandom() * (PEERS - 1))) % PEERS];
    const outages = victims.map(async (index) => {
      const peer = peers[index]!;
      const [killAt, downFor] = [500 + killRandom() * (faultMs - 3_500), 500 + killRandom() * 2_000];
      await sleep(killAt);
      note(`${peer.label}: killed`);
      await peer.kill();
      await sleep(downFor);
      await peer.start();
      note(`${peer.label}: restarted`);
    });

    // People keep writing on every laptop, dead or alive: the terminal writes to the folder.
    const acknowledged: Acknowledged[] = [];
    const ownIncident = new Map<number, string>();
    let written = 0;
    while (!faultsOver || written < MIN_WRITES) {
      // Each laptop raises its own incident first, then writes land anywhere.
      const index = written < PEERS ? written : Math.floor(random() * PEERS);
      const peer = peers[index]!;
      const roll = random();
      written += 1;
      const own = ownIncident.get(index);
      if (own === undefined) {
        const id = await peer.terminal('declare', `Raised on ${peer.label}`, '--severity', 'SEV3');
        ownIncident.set(index, id);
        acknowledged.push({ what: `incident ${id} declared on ${peer.label}`, isHeldBy: (held) => held.incidentIds.has(id) });
      } else if (roll < 0.7) {
        const id = await peer.terminal('note', `Note ${written} from ${peer.label}`, '--incident', own);
        acknowledged.push({ what: `entry ${id} noted on ${peer.label}`, isHeldBy: (held) => held.entryIds.has(id) });
      } else {
        const { severity, event } = changeSeverityOn(peer, shared, random);
        acknowledged.push({ what: `severity ${severity} set on ${peer.label} (${event.slice(0, 60)})`, isHeldBy: (held) => held.events.includes(event) });
      }
      note(`${peer.label}: write ${written}`);
    }
    await faults;
    await Promise.all(outages);
    for (const peer of peers) expect(peer.running, `${context}: ${peer.label} is running after the faults`).toBe(true);

    const holdings = await waitForSameWarRoom(peers, { timeoutMs: SETTLE_MS, context: `${context}\n${happened.join('\n')}` });

    for (const [index, held] of holdings.entries()) {
      const missing = acknowledged.filter((write) => !write.isHeldBy(held)).map((write) => write.what);
      expect(missing, `${context}: acknowledged writes missing on ${peers[index]!.label}`).toEqual([]);
    }
    // Every laptop's own writes are there: one device per peer, each chain complete.
    expect(Object.keys(holdings[0]!.vector).sort(), context).toEqual(holdings.map((held) => held.device).sort());
    expect(holdings[0]!.events.length, context).toBe(Object.values(holdings[0]!.vector).reduce((sum, seq) => sum + seq, 0));
  }, 150_000);
});

describe('a link that silently lost what was sent on it', () => {
  // Bytes swallowed by a dead link are counted as delivered by the sender,
  // and nothing else would be written to bring the receiver up to date. The
  // heartbeat's next ping after the gap cannot be decrypted (TLS numbers its
  // records), the connection ends, the dialer calls again and the new hello's
  // version vectors bring across what was lost.
  it('the events sent into it arrive once it carries data again, without anyone writing more', async () => {
    const room = freshRoom();
    const bo = await startPeer({ label: 'Bo', room });
    const proxy = await startTcpProxy({ targetPort: bo.syncPort });
    proxies.push(proxy);
    const ana = await startPeer({ label: 'Ana', room, dial: [`127.0.0.1:${proxy.port}`] });
    await ana.terminal('declare', 'Core switch flapping', '--severity', 'SEV1');
    await waitForSameWarRoom([ana, bo], { timeoutMs: 15_000 });

    proxy.setMode({ kind: 'blackhole' });
    const lost = await ana.terminal('note', 'Written while the link was dead');
    await sleep(1_000);
    proxy.setMode({ kind: 'pass' });

    // A ping within one heartbeat (5 s) ends the connection; the dialer's next call follows within its backoff.
    const [, boHolds] = await waitForSameWarRoom([ana, bo], { timeoutMs: 20_000 });
    expect(boHolds!.entryIds).toContain(lost);
  }, 60_000);
});
