/**
 * The services of the benchmarks' big board: the shipped catalogue
 * (runbooks/services/), topped up to 150 with services that depend on
 * shipped ones, as a company a little bigger would. Shared by the host-side
 * board bench and the Chromium one, so both measure the same board.
 */
import type { ServiceSpec } from '../../shared/projection/board-views.js';
import { loadServiceCatalogue } from '../../electron/services/service-library.js';

export const BOARD_SERVICES = 150;

export function boardServices(count = BOARD_SERVICES): ServiceSpec[] {
  const shipped = loadServiceCatalogue().services.map(({ file: _file, line: _line, origin: _origin, ...spec }) => spec);
  const extra = Array.from({ length: Math.max(0, count - shipped.length) }, (_, index): ServiceSpec => ({
    ...shipped[index % shipped.length]!,
    serviceId: `extra-service-${index}`,
    name: `Extra service ${index}`,
    dependsOn: [shipped[(index * 7) % shipped.length]!.serviceId, shipped[(index * 13 + 5) % shipped.length]!.serviceId],
    confirm: 'one',
  }));
  return [...shipped, ...extra].slice(0, count);
}
