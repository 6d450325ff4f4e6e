/**
 * The roles and services that exist on this laptop today, for judging the
 * runbooks that name them: a role with a card in runbooks/roles/, and the
 * services of the catalogue (shipped and own folders). A list this laptop
 * does not keep (no card, no service at all) judges nothing: every runbook
 * flagged for it would be noise, not news.
 */
import path from 'node:path';
import type { KnownNames } from '../../shared/readiness/runbook-attention.js';
import type { KnownRunbook } from '../../shared/services/build-catalogue.js';
import { loadRoleCards } from '../roles/role-cards.js';
import type { OperationContext } from './operation-context.js';
import { serviceCatalogueOf } from './service-catalogue-lookup.js';

/** `runbooks`: the library the caller has read already, so it is not read from disk again for the catalogue's check-steps. */
export function knownNamesOf(context: OperationContext, runbooks?: readonly KnownRunbook[]): KnownNames {
  const cards = loadRoleCards(path.join(context.runbooksDir, 'roles')).cards;
  const services = serviceCatalogueOf(context, runbooks).services;
  return {
    roles: cards.length === 0 ? null : new Set(cards.map((card) => card.id)),
    services: services.length === 0 ? null : new Set(services.map((service) => service.serviceId)),
  };
}
