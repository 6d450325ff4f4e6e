/**
 * The plan's layers as drawn: each with the services the filter keeps and
 * how many of those are verified up now. A layer the filter empties is left
 * out, but keeps its number, so "Layer 3" means the same with or without it.
 */
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { isVerifiedUp } from '../../../../shared/services/freshness.js';
import type { RestartPlanView } from '../../../../shared/services/restart-plan-view.js';
import { matchesFilter, type PlanFilter } from './planFilter.js';
import { layerProgressText, layerTitle } from './planWords.js';

export interface DrawnLayer {
  readonly index: number;
  readonly title: string;
  readonly services: readonly ServiceView[];
  readonly verifiedUp: number;
  readonly progress: string;
}

export function drawnLayers(plan: RestartPlanView, byId: ReadonlyMap<string, ServiceView>, filter: PlanFilter, now: number): readonly DrawnLayer[] {
  return plan.layers.flatMap((layer) => {
    const services = layer.serviceIds.flatMap((id) => {
      const service = byId.get(id);
      return service !== undefined && matchesFilter(service, filter) ? [service] : [];
    });
    if (services.length === 0) return [];
    const verifiedUp = services.filter((service) => isVerifiedUp(service, now)).length;
    return [{ index: layer.index, title: layerTitle(layer.index), services, verifiedUp, progress: layerProgressText(verifiedUp, services.length) }];
  });
}
