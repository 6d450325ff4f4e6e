/**
 * The moment a reference room converged, or why it could not: settled by the
 * first outcome told, later ones (a socket closing after a failure, say)
 * ignored; and the healing of a partition that runs the clock until then.
 */
import { performance } from 'node:perf_hooks';
import type WebSocket from 'ws';
import { dialLoopback } from './loopback-ws.js';

export type Outcome = { readonly at: number } | { readonly error: unknown };

export interface FirstOutcome {
  /** Resolves with the moment of convergence; awaited only once the partition heals. */
  readonly converged: Promise<number>;
  readonly done: (outcome: Outcome) => void;
  /** True until an outcome was told. */
  readonly pending: () => boolean;
}

export function firstOutcome(): FirstOutcome {
  let settle: { resolve: (at: number) => void; reject: (error: unknown) => void } | null = null;
  const converged = new Promise<number>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A failure before the partition heals is thrown from where it happens, not as an unhandled rejection.
  converged.catch(() => undefined);
  return {
    converged,
    done: (outcome) => {
      if (settle === null) return;
      const { resolve, reject } = settle;
      settle = null;
      if ('at' in outcome) resolve(outcome.at);
      else reject(outcome.error);
    },
    pending: () => settle !== null,
  };
}

export interface RingHealing {
  /** Each peer's listening port, in ring order. */
  readonly ports: readonly number[];
  /** Wires a peer's dialled socket once it opens. */
  readonly attach: (index: number, socket: WebSocket) => void;
  readonly outcome: FirstOutcome;
  /** Where the dialled sockets are kept, for the caller to close. */
  readonly dialled: WebSocket[];
  readonly giveUpMs: number;
  /** Who failed to converge, for the give-up message ("Yjs peers"). */
  readonly who: string;
}

/**
 * The partition heals: each peer dials the next in a ring (two peers need
 * one link, not two), and the clock runs until the room converged. Returns
 * how long that took, in ms.
 */
export async function healRing(healing: RingHealing): Promise<number> {
  const { ports, attach, outcome, dialled, giveUpMs, who } = healing;
  const giveUp = setTimeout(() => outcome.done({ error: new Error(`${who} did not converge within ${giveUpMs / 1_000} s`) }), giveUpMs);
  const healedAt = performance.now();
  const links = ports.length === 2 ? 1 : ports.length;
  for (let i = 0; i < links; i += 1) {
    const socket = dialLoopback(ports[(i + 1) % ports.length]!);
    dialled.push(socket);
    socket.once('open', () => attach(i, socket));
    socket.once('error', (error) => outcome.done({ error }));
  }
  try {
    return (await outcome.converged) - healedAt;
  } finally {
    clearTimeout(giveUp);
  }
}
