/**
 * The moment a reference room converged, or why it could not: settled by the
 * first outcome told, later ones (a socket closing after a failure, say)
 * ignored.
 */
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
