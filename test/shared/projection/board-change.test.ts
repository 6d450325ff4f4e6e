/**
 * What travels when a board changes: a check of one service sends that
 * service (and the board's order), not the whole board; a screen applies
 * it to the board it holds, drops what was taken off, and asks for the
 * board again when the change names a service it never held.
 */
import { describe, expect, it } from 'vitest';
import { applyBoardChange, type ServiceBoardView } from '../../../shared/projection/board-views.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { BoardChanges } from '../../../electron/host/board-changes.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { serviceSpec } from '../../support/service-specs.js';

const incidentId = 'incident-board';
const SERVICES = Array.from({ length: 40 }, (_, index) => serviceSpec(`service-${index}`, `Service ${index}`));

function boardRoom() {
  let clock = 1_795_000_000_000;
  const ana = new SimulatedLaptop('Ana', () => clock);
  const projection = new WarRoomProjection();
  const record = (...args: Parameters<SimulatedLaptop['record']>) => {
    clock += 1_000;
    projection.apply(ana.record(...args));
  };
  record('incident.declared', { incidentId, title: 'Data centre power loss', severity: 'SEV1', summary: '' });
  record('services.scoped', { incidentId, services: SERVICES, reason: '' });
  return { projection, record };
}

describe('a board change', () => {
  it('carries only the service a check changed, and the board it lands on equals the board the host holds', () => {
    const { projection, record } = boardRoom();
    const changes = new BoardChanges();
    const held: ServiceBoardView = projection.board(incidentId);
    expect(changes.changeOf(held).services).toHaveLength(40);

    record('service.checked', { incidentId, serviceId: 'service-7', state: 'down', evidence: 'no answer', override: false, reason: '' });
    const change = changes.changeOf(projection.board(incidentId));
    expect(change.services.map((service) => service.id)).toEqual(['service-7']);
    expect(applyBoardChange(held, change)).toEqual(projection.board(incidentId));
  });

  it('takes off the screen a service taken off the board', () => {
    const { projection, record } = boardRoom();
    const changes = new BoardChanges();
    const held = projection.board(incidentId);
    changes.changeOf(held);
    record('service.unscoped', { incidentId, serviceId: 'service-3', reason: 'not affected' });
    const shown = applyBoardChange(held, changes.changeOf(projection.board(incidentId)))!;
    expect(shown.services.map((service) => service.id)).not.toContain('service-3');
    expect(shown).toEqual(projection.board(incidentId));
  });

  it('cannot be applied to a board that never held a service it names, so that board is fetched again', () => {
    const { projection } = boardRoom();
    const board = projection.board(incidentId);
    const partial: ServiceBoardView = { incidentId, services: board.services.slice(1) };
    expect(applyBoardChange(partial, { incidentId, services: [], serviceIds: board.services.map((service) => service.id) })).toBeNull();
  });
});
