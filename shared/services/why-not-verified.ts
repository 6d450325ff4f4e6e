/**
 * Why a service does not count as verified up, in a few words a person can
 * act on (check it, check it again, find a second person), for refusals and
 * for what the restart plan says a service waits on.
 */
import type { ServiceView } from '../projection/board-views.js';
import { awaitingConfirmation, freshnessOf } from './freshness.js';
import { SERVICE_STATE_LABEL } from './service-state.js';

export function whyNotVerifiedUp(service: Pick<ServiceView, 'state' | 'lastCheck' | 'freshnessMs' | 'confirmation'>, now: number): string | null {
  const freshness = freshnessOf(service, now);
  if (freshness === 'never-checked') return 'not checked yet';
  if (service.state !== 'up') return `checked ${SERVICE_STATE_LABEL[service.state].toLocaleLowerCase('en')}`;
  if (freshness === 'unverified') return `its check is over ${minutes(service.freshnessMs)} old`;
  if (awaitingConfirmation(service)) return 'waiting for a second person to confirm it';
  return null;
}

function minutes(ms: number): string {
  const count = Math.round(ms / 60_000);
  if (count < 1) return `${Math.round(ms / 1000)} seconds`;
  return count === 1 ? '1 minute' : `${count} minutes`;
}
