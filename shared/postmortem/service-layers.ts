/**
 * Each service's dependency layer on a board: 0 for one that depends on
 * nothing on the board, otherwise one more than the highest layer among
 * what it depends on. A cycle cannot come from a checked catalogue, but a
 * board is made of snapshots from many laptops: a service met again while
 * its own layer is being worked out counts as layer 0 rather than looping.
 */
import type { ServiceView } from '../projection/board-views.js';

export function dependencyLayers(services: readonly Pick<ServiceView, 'id' | 'dependsOnInScope'>[]): Map<string, number> {
  const byId = new Map(services.map((service) => [service.id, service]));
  const layers = new Map<string, number>();
  const visiting = new Set<string>();
  function layerOf(id: string): number {
    const known = layers.get(id);
    if (known !== undefined) return known;
    const service = byId.get(id);
    if (service === undefined || visiting.has(id)) return -1;
    visiting.add(id);
    const layer = 1 + Math.max(-1, ...service.dependsOnInScope.map(layerOf));
    visiting.delete(id);
    layers.set(id, layer);
    return layer;
  }
  for (const service of services) layerOf(service.id);
  return layers;
}
