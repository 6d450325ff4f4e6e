/**
 * "Services affected", for the post-mortem: per service on the board, how
 * long it was down and how long it took to verify it up again, the restart
 * order as it happened against the plan's dependency layers, the overrides
 * with their reasons, and what was still not up when the document was made.
 * Read from each service's history of hand checks (every laptop's, in the
 * agreed order); the screen and every export show this one model.
 *
 * How the times are counted (docs/postmortem-json.md says the same):
 * - A service is "up" from an up check that stands: no later check found it
 *   otherwise, and, for a four-eyes service, a second person confirmed it.
 * - Time down runs from the first check that found it down, degraded or
 *   restoring to when it was up again (or to now, while it is not). When its
 *   first check already found it not up, nobody saw it up after the impact
 *   began, so it counts from the impact's start (the `started` milestone).
 *   A check that found it `unknown` says nothing either way and is passed over.
 * - Time to verified up runs from the impact's start, as every metric does.
 * - The restart order is the order services were first verified up after
 *   they were found not up (one only ever found up counts from its first up).
 *
 * Pure: `now` is when it is made, the right edge of anything still down.
 */
import type { ServiceBoardView, ServiceCheckView, ServiceView } from '../projection/board-views.js';
import { awaitingConfirmation } from '../services/freshness.js';
import type { ServiceState } from '../services/service-state.js';
import { restartPlan } from '../services/restart-plan.js';

export interface AffectedService {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly tier: number;
  /** Its layer in the restart plan: 0 depends on nothing on the board, n on something in layer n−1. */
  readonly layer: number;
  /** What its latest check found. */
  readonly state: ServiceState;
  /** When it is counted down from; null when no check found it down, degraded or restoring. */
  readonly downFrom: number | null;
  /** Counted from the impact's start, because its first check already found it not up. */
  readonly downFromImpactStart: boolean;
  /** When it was first verified up (confirmed, for four eyes); null if it never was. */
  readonly firstUpAt: number | null;
  /** When it came up for good (see the top of this file); null while it is not up. */
  readonly upAt: number | null;
  /** From `downFrom` to `upAt`, or to now while it is not up; null when never found down. */
  readonly downMs: number | null;
  /** `downMs` runs to now: it is not up yet. */
  readonly downOpen: boolean;
  /** From the impact's start to `upAt`; null while it is not up. */
  readonly toUpMs: number | null;
  readonly checks: number;
  /** Marking it up takes a second person (`confirm: two`). */
  readonly fourEyes: boolean;
  /** For four eyes: who marked it up, and who confirmed (null while nobody has). */
  readonly markedUpBy: string | null;
  readonly confirmedBy: string | null;
  readonly confirmedAt: number | null;
}

export interface RestartStep {
  readonly serviceId: string;
  readonly name: string;
  readonly layer: number;
  readonly upAt: number;
  /** Services it depends on that were not verified up yet when it was: it went ahead of them. */
  readonly aheadOfDependencies: readonly string[];
  /** Services of an earlier layer (not its own dependencies) verified up after it. */
  readonly aheadOfLayer: readonly string[];
  /** The check that first marked it up was recorded as an override (see `overrides`). */
  readonly override: boolean;
}

export interface ServiceOverride {
  readonly serviceId: string;
  readonly name: string;
  readonly state: ServiceState;
  readonly by: string;
  readonly at: number;
  readonly reason: string;
}

export interface ServiceNotUp {
  readonly serviceId: string;
  readonly name: string;
  readonly team: string;
  readonly tier: number;
  readonly state: ServiceState;
  /** Marked up, and still waiting for the second person a four-eyes service needs. */
  readonly awaitingConfirmation: boolean;
  /** The latest check; null when nobody checked it. */
  readonly lastCheckedAt: number | null;
  readonly lastCheckedBy: string | null;
}

export interface ServicesAffected {
  /** When the impact started: what times to verified up are measured from. */
  readonly impactStart: number;
  readonly generatedAt: number;
  /** As the board lists them: tier first, then name. */
  readonly services: readonly AffectedService[];
  /** Every service verified up, in the order it first was. */
  readonly restartOrder: readonly RestartStep[];
  /** Every check recorded as an override, oldest first. */
  readonly overrides: readonly ServiceOverride[];
  /** Not up when the document was made, as the board lists them. */
  readonly notUp: readonly ServiceNotUp[];
}

const NOT_UP: ReadonlySet<ServiceState> = new Set(['down', 'degraded', 'restoring']);

/** The latest check's time, or the second person's when it is the one a four-eyes confirmation names; null while it waits. */
function verifiedAt(service: ServiceView, check: ServiceCheckView): number | null {
  if (service.confirm !== 'two' || check !== service.lastCheck || service.confirmation === null) return check.at;
  return service.confirmation.confirmedAt;
}

/** The first up check after it was first found not up (a service found up before it went down was not restarted then). */
function firstUp(service: ServiceView): ServiceCheckView | undefined {
  const firstDown = service.history.findIndex((check) => NOT_UP.has(check.state));
  return service.history.find((check, index) => check.state === 'up' && index > firstDown);
}

/** The first up check of the final run of up checks, when the latest check is up. */
function standingUp(service: ServiceView): ServiceCheckView | undefined {
  const { history } = service;
  if (history.at(-1)?.state !== 'up' || awaitingConfirmation(service)) return undefined;
  let index = history.length - 1;
  while (index > 0 && (history[index - 1]!.state === 'up' || history[index - 1]!.state === 'unknown')) index -= 1;
  // An `unknown` check says nothing: the run starts at its first up, not at the unknown before it.
  while (history[index]!.state !== 'up') index += 1;
  return history[index];
}

function downSince(service: ServiceView, impactStart: number): { at: number | null; fromImpactStart: boolean } {
  const informative = service.history.filter((check) => check.state !== 'unknown');
  const firstDown = informative.find((check) => NOT_UP.has(check.state));
  if (firstDown === undefined) return { at: null, fromImpactStart: false };
  if (firstDown === informative[0] && impactStart <= firstDown.at) return { at: impactStart, fromImpactStart: true };
  return { at: firstDown.at, fromImpactStart: false };
}

function affectedService(service: ServiceView, layer: number, impactStart: number, now: number): AffectedService {
  const first = firstUp(service);
  const firstUpAt = first === undefined ? null : verifiedAt(service, first);
  const standing = standingUp(service);
  const upAt = standing === undefined ? null : verifiedAt(service, standing);
  const down = downSince(service, impactStart);
  const fourEyes = service.confirm === 'two';
  return {
    id: service.id,
    name: service.name,
    team: service.team,
    tier: service.tier,
    layer,
    state: service.state,
    downFrom: down.at,
    downFromImpactStart: down.fromImpactStart,
    firstUpAt,
    upAt,
    downMs: down.at === null ? null : Math.max(0, (upAt ?? now) - down.at),
    downOpen: down.at !== null && upAt === null,
    toUpMs: upAt === null ? null : Math.max(0, upAt - impactStart),
    checks: service.history.length,
    fourEyes,
    markedUpBy: fourEyes ? (service.confirmation?.requestedBy ?? null) : null,
    confirmedBy: fourEyes ? (service.confirmation?.confirmedBy ?? null) : null,
    confirmedAt: fourEyes ? (service.confirmation?.confirmedAt ?? null) : null,
  };
}

function restartOrder(board: ServiceBoardView, affected: readonly AffectedService[]): RestartStep[] {
  const byId = new Map(affected.map((service) => [service.id, service]));
  const up = affected.filter((service): service is AffectedService & { firstUpAt: number } => service.firstUpAt !== null);
  const upLater = (other: AffectedService, than: number) => other.firstUpAt === null || other.firstUpAt > than;
  return up
    .sort((a, b) => a.firstUpAt - b.firstUpAt || a.layer - b.layer || a.name.localeCompare(b.name))
    .map((service) => {
      const view = board.services.find((each) => each.id === service.id)!;
      const dependencies = view.dependsOnInScope.map((id) => byId.get(id)).filter((other) => other !== undefined);
      const ahead = dependencies.filter((other) => upLater(other, service.firstUpAt));
      const aheadIds = new Set(ahead.map((other) => other.id));
      // A lower layer never brought up is in "still not up"; naming it against every later service would bury the ones that matter.
      const aheadOfLayer = up.filter((other) => other.layer < service.layer && !aheadIds.has(other.id) && other.firstUpAt > service.firstUpAt);
      return {
        serviceId: service.id,
        name: service.name,
        layer: service.layer,
        upAt: service.firstUpAt,
        aheadOfDependencies: ahead.map((other) => other.name),
        aheadOfLayer: aheadOfLayer.map((other) => other.name).sort((a, b) => a.localeCompare(b)),
        override: firstUp(view)?.override ?? false,
      };
    });
}

function overrides(board: ServiceBoardView): ServiceOverride[] {
  return board.services
    .flatMap((service) =>
      service.history.filter((check) => check.override).map((check) => ({ serviceId: service.id, name: service.name, state: check.state, by: check.by, at: check.at, reason: check.reason })),
    )
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name));
}

/** Null when no service was on the board: the post-mortem then has no such part. */
export function servicesAffected(board: ServiceBoardView, impactStart: number, now: number): ServicesAffected | null {
  if (board.services.length === 0) return null;
  // The plan's own layers (they do not depend on the moment), so the post-mortem and the plan screen agree.
  const layers = new Map(restartPlan(board, now).layers.flatMap((layer) => layer.serviceIds.map((id) => [id, layer.index] as const)));
  const services = board.services.map((service) => affectedService(service, layers.get(service.id) ?? 0, impactStart, now));
  const notUp = board.services
    .filter((service, index) => services[index]!.upAt === null)
    .map((service) => ({
      serviceId: service.id,
      name: service.name,
      team: service.team,
      tier: service.tier,
      state: service.state,
      awaitingConfirmation: service.state === 'up' && awaitingConfirmation(service),
      lastCheckedAt: service.lastCheck?.at ?? null,
      lastCheckedBy: service.lastCheck?.by ?? null,
    }));
  return { impactStart, generatedAt: now, services, restartOrder: restartOrder(board, services), overrides: overrides(board), notUp };
}
