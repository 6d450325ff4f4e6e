/** A service as the catalogue would describe it, for board and restart plan tests: tier 1, Network, ten minutes to restart, unless told. */
import type { ServiceSpec } from '../../shared/projection/board-views.js';

export const serviceSpec = (serviceId: string, name: string, extra: Partial<ServiceSpec> = {}): ServiceSpec => ({
  serviceId,
  name,
  team: 'Network',
  tier: 1,
  dependsOn: [],
  check: '',
  checkStep: null,
  customerFacing: false,
  freshnessMs: 900_000,
  restartMs: 600_000,
  confirm: 'one',
  ...extra,
});
