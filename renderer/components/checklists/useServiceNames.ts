import { useHoldfast } from '../../store/context.js';
import { selectBoard } from '../../store/boards.js';

/**
 * The names people read for catalogue ids a step restores: as the incident's
 * board has them; a service not on the board goes by its id.
 */
export function useServiceNames(incidentId: string): (serviceId: string) => string {
  const board = useHoldfast((state) => selectBoard(state, incidentId));
  return (serviceId) => board.services.find((service) => service.id === serviceId)?.name ?? serviceId;
}
