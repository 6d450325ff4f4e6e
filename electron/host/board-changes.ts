/**
 * Which services of a board to tell the screens about: those whose view is
 * not the one last told. The projection keeps a service's view object
 * while nothing about it changes (shared/projection/board-fold.ts), so a
 * check sends one service, not half a megabyte of board. A screen that
 * fetched the board since still gets every change after its fetch: what
 * was last told can only be older than what it holds.
 */
import type { BoardChange, ServiceBoardView, ServiceView } from '../../shared/projection/board-views.js';

export class BoardChanges {
  private readonly told = new Map<string, Map<string, ServiceView>>();

  changeOf(board: ServiceBoardView): BoardChange {
    const before = this.told.get(board.incidentId);
    const services = board.services.filter((service) => before?.get(service.id) !== service);
    this.told.set(board.incidentId, new Map(board.services.map((service) => [service.id, service])));
    return { incidentId: board.incidentId, services, serviceIds: board.services.map((service) => service.id) };
  }
}
