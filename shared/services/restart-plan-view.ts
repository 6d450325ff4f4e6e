/**
 * The restart plan as the screens, the post-mortem and the status page read
 * it: the board's services in dependency layers, judged at one moment (a
 * check goes stale with time). Built by `restartPlan(board, now)` in
 * shared/services/restart-plan.ts.
 */

/** Layer 0 depends on nothing in scope; layer n on something in layer n-1. */
export interface RestartLayerView {
  readonly index: number;
  /** Service ids, tier first then name. */
  readonly serviceIds: readonly string[];
  /** How many of them are verified up now. */
  readonly verifiedUp: number;
}

export interface WaitingServiceView {
  readonly serviceId: string;
  /** Its in-scope dependencies not verified up now. */
  readonly waitingOn: readonly string[];
}

export interface ReadyTeamView {
  /** '' for services with no owning team. */
  readonly team: string;
  readonly serviceIds: readonly string[];
}

export interface RestartPlanView {
  readonly layers: readonly RestartLayerView[];
  /** Not verified up, and everything they depend on in scope is: what can start now. */
  readonly ready: readonly string[];
  /** The same, grouped by owning team, to offer each team its next services. */
  readonly readyByTeam: readonly ReadyTeamView[];
  /** Not verified up, and waiting on something that is not. */
  readonly waiting: readonly WaitingServiceView[];
  /** The longest chain of services still to bring back that ends at a top-tier service, first to last. */
  readonly criticalPath: readonly string[];
  /** The chain's expected restart time; services on it without an estimate count as zero. */
  readonly criticalPathMs: number;
  readonly unestimated: readonly string[];
}
