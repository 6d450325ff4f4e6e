/**
 * Whether what the board says of a service is still true: a hand check is
 * believed for the service's freshness (15 minutes unless its tier says
 * otherwise), then fades to "unverified", so nobody reads a stale green as
 * truth. Judged at the moment the board is read, never folded into the log.
 */
import type { ServiceView } from '../projection/board-views.js';
import type { ServiceState } from './service-state.js';

export type Freshness = 'fresh' | 'unverified' | 'never-checked';

export function freshnessOf(service: Pick<ServiceView, 'lastCheck' | 'freshnessMs'>, now: number): Freshness {
  if (service.lastCheck === null) return 'never-checked';
  return now - service.lastCheck.at <= service.freshnessMs ? 'fresh' : 'unverified';
}

/** When the latest check stops being believed; null when nobody has checked. */
export function staleAt(service: Pick<ServiceView, 'lastCheck' | 'freshnessMs'>): number | null {
  return service.lastCheck === null ? null : service.lastCheck.at + service.freshnessMs;
}

/** A four-eyes service marked up is up only once a second person confirmed it. */
export function awaitingConfirmation(service: Pick<ServiceView, 'confirmation'>): boolean {
  return service.confirmation !== null && service.confirmation.confirmedBy === null;
}

/**
 * Up, as a person checked it within its freshness, and confirmed by a
 * second person when it needs one: what a dependency must be before what
 * needs it may be marked up.
 */
export function isVerifiedUp(service: Pick<ServiceView, 'state' | 'lastCheck' | 'freshnessMs' | 'confirmation'>, now: number): boolean {
  return service.state === 'up' && freshnessOf(service, now) === 'fresh' && !awaitingConfirmation(service);
}

/** What the board shows: the checked state while fresh, `unverified` once it is not, `unknown` before any check. */
export type ShownState = ServiceState | 'unverified';

export function shownState(service: Pick<ServiceView, 'state' | 'lastCheck' | 'freshnessMs'>, now: number): ShownState {
  const freshness = freshnessOf(service, now);
  if (freshness === 'never-checked') return 'unknown';
  return freshness === 'fresh' ? service.state : 'unverified';
}
