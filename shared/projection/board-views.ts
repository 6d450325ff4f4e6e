/**
 * An incident's service board as the screens show it: every service in
 * scope with what a person last found when they checked it by hand, who
 * and when, and every check before (both of two laptops' concurrent checks
 * stay in the history). Freshness is not folded in: it depends on the time
 * the board is read, so `shared/services/freshness.ts` judges it with the
 * reader's clock, and the projection stays a pure fold of the log.
 */
import type { EventPayload } from '../events.js';
import type { ServiceState } from '../services/service-state.js';

/** A service as the catalogue described it when it was brought into scope. */
export type ServiceSpec = EventPayload<'services.scoped'>['services'][number];

/** A second person's confirmation of a four-eyes step or service, or what it still waits for. */
export interface ConfirmationView {
  /** Who marked the step done, or the service up, and from which device. */
  readonly requestedBy: string;
  readonly requestedDevice: string;
  readonly requestedAt: number;
  /** The stamp (encoded hlc) of that change: what a confirmation names. */
  readonly stamp: string;
  /** Null while it waits for a second person. */
  readonly confirmedBy: string | null;
  readonly confirmedDevice: string | null;
  readonly confirmedAt: number | null;
}

export interface ServiceCheckView {
  readonly state: ServiceState;
  readonly evidence: string;
  readonly by: string;
  readonly device: string;
  /** Wall time of the check's stamp. */
  readonly at: number;
  /** The check's stamp (encoded hlc): what a confirmation names. */
  readonly stamp: string;
  /** Marked up while something it depends on was not verified up. */
  readonly override: boolean;
  readonly reason: string;
}

export interface ServiceView extends Omit<ServiceSpec, 'serviceId'> {
  readonly id: string;
  /** The latest check's state in the agreed order; `unknown` until someone checks. */
  readonly state: ServiceState;
  /** The latest check, or null if nobody has checked it. */
  readonly lastCheck: ServiceCheckView | null;
  /** Oldest first, in the agreed order. */
  readonly history: readonly ServiceCheckView[];
  /**
   * For a `confirm: two` service whose latest check says up: the second
   * person's confirmation, or that it still waits for one. Null otherwise.
   */
  readonly confirmation: ConfirmationView | null;
  /** Of its `dependsOn`, the ones on this board (the others are not part of this incident). */
  readonly dependsOnInScope: readonly string[];
  readonly scopedAt: number;
  readonly scopedBy: string;
}

export interface ServiceBoardView {
  readonly incidentId: string;
  /** Tier first, then name. Services taken out of scope are not listed. */
  readonly services: readonly ServiceView[];
}

/** The board of an incident with no services in scope. */
export function emptyBoard(incidentId: string): ServiceBoardView {
  return { incidentId, services: [] };
}

/**
 * What changed on one board, as the host tells the screens: the services
 * whose view changed (or came onto the board), and the board's order whole.
 * A board of 150 services with 2,000 checks is half a megabyte; a check
 * changes one service, so only that one travels.
 */
export interface BoardChange {
  readonly incidentId: string;
  readonly services: readonly ServiceView[];
  /** Every service now on the board, in its order; one missing from it was taken off. */
  readonly serviceIds: readonly string[];
}

/** The board after a change, or null when the change names a service the board does not hold (it must be fetched again). */
export function applyBoardChange(board: ServiceBoardView, change: BoardChange): ServiceBoardView | null {
  const held = new Map(board.services.map((service) => [service.id, service]));
  for (const service of change.services) held.set(service.id, service);
  const services: ServiceView[] = [];
  for (const id of change.serviceIds) {
    const service = held.get(id);
    if (!service) return null;
    services.push(service);
  }
  return { incidentId: board.incidentId, services };
}

/** The board with one service's new view (after a check or a confirmation); unchanged if it is not on the board. */
export function withService(board: ServiceBoardView, service: ServiceView): ServiceBoardView {
  if (!board.services.some((one) => one.id === service.id)) return board;
  return { incidentId: board.incidentId, services: board.services.map((one) => (one.id === service.id ? service : one)) };
}
