/**
 * The sentences a tile and a service's details say: how long ago it was
 * checked, by whom, and the tile's accessible name, which a screen reader
 * reads as it moves across 150 tiles, so it says service, state and
 * freshness first and briefly.
 */
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { SERVICE_STATE_LABEL } from '../../../../shared/services/service-state.js';
import { formatAgo } from '../../../time/relative.js';
import { STATUS_WORD, statusKind, type StatusKind } from './serviceStatus.js';

export type TileService = Pick<ServiceView, 'name' | 'tier' | 'team' | 'state' | 'lastCheck' | 'freshnessMs' | 'confirmation'>;

/** "checked 23 min ago", "checked just now", or "never checked". */
export function checkedAgo(service: Pick<ServiceView, 'lastCheck'>, now: number): string {
  return service.lastCheck === null ? 'never checked' : `checked ${formatAgo(service.lastCheck.at, now)}`;
}

/** What the tile says under its state, besides who and when: the last state of a faded check, or who marked it up. */
export function statusDetail(service: TileService, kind: StatusKind): string | null {
  if (kind === 'unverified' && service.lastCheck !== null) return `was ${SERVICE_STATE_LABEL[service.lastCheck.state]}`;
  if (kind === 'awaiting' && service.confirmation !== null) return `marked by ${service.confirmation.requestedBy}`;
  if (kind === 'up' && service.confirmation?.confirmedBy) return `${service.confirmation.requestedBy} and ${service.confirmation.confirmedBy}`;
  return null;
}

/** The long form of the state, as the details heading says it. */
export function statusSentence(service: TileService, kind: StatusKind): string {
  if (kind === 'awaiting' && service.confirmation !== null) return `Up — awaiting a second person (marked by ${service.confirmation.requestedBy})`;
  if (kind === 'up' && service.confirmation?.confirmedBy)
    return `Up — marked by ${service.confirmation.requestedBy}, confirmed by ${service.confirmation.confirmedBy}`;
  if (kind === 'unverified' && service.lastCheck !== null)
    return `Unverified — last found ${SERVICE_STATE_LABEL[service.lastCheck.state].toLowerCase()}, but that check is too old to believe`;
  if (kind === 'unknown') return service.lastCheck === null ? 'Unknown — nobody has checked it yet' : 'Unknown — the last check could not tell';
  return STATUS_WORD[kind];
}

/**
 * "Payments API: Down, checked 23 min ago by Ana, tier 1". Service, state
 * and freshness come first, so moving across the grid is quick to listen to.
 */
export function tileName(service: TileService, now: number): string {
  const kind = statusKind(service, now);
  const detail = statusDetail(service, kind);
  const state = detail === null ? STATUS_WORD[kind] : `${STATUS_WORD[kind]} (${detail})`;
  const by = service.lastCheck === null ? '' : ` by ${service.lastCheck.by}`;
  return `${service.name}: ${state}, ${checkedAgo(service, now)}${by}, tier ${service.tier}`;
}
