/**
 * Bringing catalogue services onto an incident's board: each id resolved
 * through the catalogue (an unknown one is named), with everything it
 * depends on when asked, less what is already on the board, recorded as
 * the catalogue describes each now (a copy in the log, so every laptop
 * sees the same board whatever catalogue files it has).
 */
import type { ServiceSpec } from '../../shared/projection/board-views.js';
import { serviceSpecSchema } from '../../shared/events.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { CatalogueService } from '../../shared/services/catalogue.js';
import type { OperationContext } from './operation-context.js';
import { serviceCatalogueOf } from './service-catalogue-lookup.js';

/** The most services one `services.scoped` event carries (its schema's limit): more go in several. */
const SCOPED_PER_EVENT = 200;

/**
 * The specs to bring into scope for these ids, in catalogue order, or a
 * refusal naming every id the catalogue does not know. `field` names the
 * parameter the ids came in, for the form to point at.
 */
export function servicesToScope(context: OperationContext, incidentId: string | null, serviceIds: readonly string[], withDependencies: boolean, field: string): ServiceSpec[] {
  const catalogue = serviceCatalogueOf(context).services;
  const byId = new Map(catalogue.map((entry) => [entry.serviceId, entry] as const));
  const unknown = serviceIds.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    const refused = catalogue.length === 0 ? '' : ' Check the id against the service catalogue.';
    throw new HoldfastFailure('not_found', `The service catalogue has no service ${[...new Set(unknown)].join(', ')}.${refused}`, [field, serviceIds.indexOf(unknown[0]!)]);
  }
  const wanted = new Set<string>();
  const add = (id: string): void => {
    const entry = byId.get(id);
    if (!entry || wanted.has(id)) return;
    wanted.add(id);
    if (withDependencies) for (const dependency of entry.dependsOn) add(dependency);
  };
  for (const id of serviceIds) add(id);
  const onBoard = new Set(incidentId === null ? [] : context.projection.board(incidentId).services.map((service) => service.id));
  return catalogue.filter((entry) => wanted.has(entry.serviceId) && !onBoard.has(entry.serviceId)).map(specOf);
}

/**
 * The service as the log keeps it: only the fields of its schema, so where
 * this laptop keeps its files never goes into the log, and one the event
 * would refuse is named here, with its file and line.
 */
function specOf(entry: CatalogueService): ServiceSpec {
  const parsed = serviceSpecSchema.safeParse(entry);
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues[0]!;
  throw new HoldfastFailure('invalid_input', `${entry.file}:${entry.line}: the service ${entry.serviceId} cannot be brought into scope: ${problem.path.join('.')}: ${problem.message}`);
}

/** Records the specs, at most SCOPED_PER_EVENT to an event. */
export function recordScoping(context: OperationContext, incidentId: string, services: readonly ServiceSpec[], reason: string): void {
  for (let start = 0; start < services.length; start += SCOPED_PER_EVENT) {
    context.record('services.scoped', { incidentId, services: services.slice(start, start + SCOPED_PER_EVENT), reason });
  }
}
