/**
 * TEMPORARY stand-in until the catalogue helper's loader lands on main: a
 * handful of services, so the board's operations can be built and tested.
 * Same name and shape as the real `serviceCatalogueOf(context)`.
 */
import type { CatalogueService, ServiceCatalogueView } from '../../shared/services/catalogue.js';
import { DEFAULT_FRESHNESS_MS } from '../../shared/services/service-state.js';
import type { OperationContext } from './operation-context.js';

const service = (serviceId: string, name: string, team: string, tier: number, dependsOn: string[], extra: Partial<CatalogueService> = {}): CatalogueService => ({
  serviceId,
  name,
  team,
  tier,
  dependsOn,
  check: '',
  checkStep: null,
  customerFacing: false,
  freshnessMs: DEFAULT_FRESHNESS_MS,
  restartMs: 10 * 60_000,
  confirm: 'one',
  file: 'stand-in.yaml',
  line: 1,
  origin: 'shipped',
  ...extra,
});

const SERVICES: CatalogueService[] = [
  service('core-network', 'Core network', 'Network', 1, []),
  service('dns', 'DNS resolvers', 'Network', 1, ['core-network'], { check: 'dig @10.0.0.53 example.internal' }),
  service('ldap', 'LDAP directory', 'Identity', 2, ['dns']),
  service('postgres-primary', 'Primary database', 'Databases', 2, ['dns'], { confirm: 'two', restartMs: 30 * 60_000 }),
  service('checkout-web', 'Checkout', 'Payments', 3, ['ldap', 'postgres-primary'], { customerFacing: true }),
];

export function serviceCatalogueOf(_context: OperationContext): ServiceCatalogueView {
  return { services: SERVICES, problems: [], teams: [...new Set(SERVICES.map((entry) => entry.team))].sort(), tiers: [] };
}
