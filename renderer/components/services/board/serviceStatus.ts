/**
 * What a tile says of a service at the moment it is read: one of seven
 * kinds, each a word and a symbol as well as a colour, so no state is told
 * by colour alone. Every service is exactly one kind, so the board's counts
 * add up to the services shown.
 */
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { awaitingConfirmation, shownState } from '../../../../shared/services/freshness.js';
import { SERVICE_STATE_LABEL, type ServiceState } from '../../../../shared/services/service-state.js';

/** `up` is verified up; `awaiting` is up by one person, waiting for a second; `unverified` is a check too old to believe. */
export type StatusKind = 'down' | 'degraded' | 'restoring' | 'awaiting' | 'up' | 'unverified' | 'unknown';

/** Worst first: the order of the counts, the bar and the state filter. */
export const STATUS_KINDS: readonly StatusKind[] = ['down', 'degraded', 'restoring', 'awaiting', 'unverified', 'unknown', 'up'];

export const STATUS_SYMBOL: Readonly<Record<StatusKind, string>> = {
  down: '▼',
  degraded: '◐',
  restoring: '↻',
  awaiting: '△',
  up: '▲',
  unverified: '◌',
  unknown: '?',
};

export const STATUS_WORD: Readonly<Record<StatusKind, string>> = {
  down: 'Down',
  degraded: 'Degraded',
  restoring: 'Restoring',
  awaiting: 'Up, awaiting a second person',
  up: 'Up',
  unverified: 'Unverified',
  unknown: 'Unknown',
};

/** The same kinds as the counts name them: "12 down", "9 unverified". */
export const STATUS_COUNT_WORD: Readonly<Record<StatusKind, string>> = {
  down: 'down',
  degraded: 'degraded',
  restoring: 'restoring',
  awaiting: 'awaiting a second person',
  up: 'verified up',
  unverified: 'unverified',
  unknown: 'unknown',
};

export type ServiceStatusInput = Pick<ServiceView, 'state' | 'lastCheck' | 'freshnessMs' | 'confirmation'>;

export function statusKind(service: ServiceStatusInput, now: number): StatusKind {
  const shown = shownState(service, now);
  if (shown === 'up' && awaitingConfirmation(service)) return 'awaiting';
  return shown;
}

/** "▼ Down", "◌ Unverified". */
export function statusLabel(kind: StatusKind): string {
  return `${STATUS_SYMBOL[kind]} ${STATUS_WORD[kind]}`;
}

/** A checked state as history and dependencies name it: "▲ Up". */
export function stateLabel(state: ServiceState): string {
  return `${STATUS_SYMBOL[state]} ${SERVICE_STATE_LABEL[state]}`;
}
