/**
 * Converge after a partition (issue 18), ours beside three references on
 * the same workload in the same run: Yjs + y-protocols in memory, Yjs with
 * every update fsync'd to SQLite before it counts as held (the fair peer for
 * a store that loses nothing), and Automerge with its own sync protocol.
 * Everything here runs all peers in this one event loop, over loopback
 * WebSockets (ours over TLS-PSK), so each figure includes every peer's work,
 * serialised, and the ratios compare like with like.
 *
 * Automerge takes minutes on 3 × 10,000 on this machine (its list insert is
 * far from constant time; it did not converge within 3 minutes under load),
 * so it meets us on 3 × 2,000, beside ours and Yjs on that same workload;
 * HOLDFAST_BENCH_AUTOMERGE_FULL=1 also tries it on the full workload.
 */
import { automergePartitionConvergence, automergePartitioned } from './automerge-reference.js';
import { removeFolders } from './bench-room.js';
import { percentile, report, seconds } from './stats.js';
import { partitionConvergence, partitionedFolders } from './sync.bench.js';
import { yjsPartitionConvergence } from './yjs-reference.js';

const PEERS = 3;

interface Contender {
  readonly name: string;
  readonly run: () => Promise<number>;
}

/** Runs every contender once per round, so all meet the same machine, and returns each one's timings. */
async function roundRobin(contenders: readonly Contender[], runs: number): Promise<Map<string, number[]>> {
  const took = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const contender of contenders) took.get(contender.name)!.push(await contender.run());
  }
  return took;
}

function printRatios(ours: string, took: Map<string, number[]>, workload: string): void {
  const medians = new Map([...took].map(([name, runs]) => [name, percentile(runs, 50)]));
  for (const [name, runs] of took) {
    report(`references: ${workload}, ${name}`, { median: seconds(medians.get(name)!), runs: runs.map(seconds).join(' / ') });
  }
  const oursMs = medians.get(ours)!;
  for (const [name, ms] of medians) {
    if (name !== ours) report(`references: ${workload}, Holdfast / ${name}`, { ratio: `${(oursMs / ms).toFixed(2)} ×` });
  }
}

async function holdfastOn(entriesPerPeer: number): Promise<{ contender: Contender; seeded: readonly string[] }> {
  const seeded = await partitionedFolders(entriesPerPeer);
  return { seeded, contender: { name: 'Holdfast', run: async () => (await partitionConvergence(seeded)).convergeMs } };
}

export async function benchReferences(options: { entriesPerPeer?: number; smallEntriesPerPeer?: number; runs?: number } = {}): Promise<void> {
  const entriesPerPeer = options.entriesPerPeer ?? 10_000;
  const small = options.smallEntriesPerPeer ?? 2_000;
  const runs = options.runs ?? 3;
  const yjs = (entries: number, durable: boolean): Contender => ({
    name: durable ? "Yjs, every update fsync'd to SQLite" : 'Yjs in memory',
    run: async () => (await yjsPartitionConvergence({ peers: PEERS, entriesPerPeer: entries, durable })).convergeMs,
  });

  process.stdout.write(`(${PEERS} peers each writing ${entriesPerPeer.toLocaleString('en')} entries apart, then healed; all in one event loop…)\n`);
  const full = await holdfastOn(entriesPerPeer);
  try {
    const took = await roundRobin([full.contender, yjs(entriesPerPeer, false), yjs(entriesPerPeer, true)], runs);
    printRatios('Holdfast', took, `${PEERS} × ${entriesPerPeer.toLocaleString('en')}`);
  } finally {
    removeFolders(full.seeded);
  }

  process.stdout.write(`(Automerge on ${PEERS} × ${small.toLocaleString('en')}, beside ours and Yjs on that same workload; once each, as Automerge takes long…)\n`);
  const saved = automergePartitioned(PEERS, small);
  const smaller = await holdfastOn(small);
  try {
    const automerge: Contender = { name: 'Automerge', run: async () => (await automergePartitionConvergence({ saved })).convergeMs };
    const took = await roundRobin([smaller.contender, yjs(small, false), yjs(small, true), automerge], 1);
    printRatios('Holdfast', took, `${PEERS} × ${small.toLocaleString('en')}`);
  } finally {
    removeFolders(smaller.seeded);
  }

  if (process.env.HOLDFAST_BENCH_AUTOMERGE_FULL === '1') {
    try {
      const { convergeMs } = await automergePartitionConvergence({ saved: automergePartitioned(PEERS, entriesPerPeer), giveUpMs: 10 * 60_000 });
      report(`references: ${PEERS} × ${entriesPerPeer.toLocaleString('en')}, Automerge`, { once: seconds(convergeMs) });
    } catch (error) {
      report(`references: ${PEERS} × ${entriesPerPeer.toLocaleString('en')}, Automerge`, { failed: (error as Error).message });
    }
  }
}
