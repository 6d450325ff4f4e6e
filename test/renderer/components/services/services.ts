/** Services on a board, built by hand for the board's pure pieces. */
import type { ServiceCheckView, ServiceView } from '../../../../shared/projection/board-views.js';

export const MINUTE = 60_000;
export const NOW = Date.UTC(2026, 11, 7, 3, 30);

export function service(overrides: Partial<ServiceView> & { readonly id: string }): ServiceView {
  return {
    name: overrides.id,
    team: 'Platform',
    tier: 2,
    dependsOn: [],
    check: '',
    checkStep: null,
    customerFacing: false,
    freshnessMs: 15 * MINUTE,
    restartMs: null,
    confirm: 'one',
    state: 'unknown',
    lastCheck: null,
    history: [],
    confirmation: null,
    dependsOnInScope: [],
    scopedAt: NOW - 60 * MINUTE,
    scopedBy: 'Ana',
    ...overrides,
  };
}

export function check(overrides: Partial<ServiceCheckView> = {}): ServiceCheckView {
  return { state: 'up', evidence: '', by: 'Ana', device: 'dev-a', at: NOW - 2 * MINUTE, stamp: 's1', override: false, reason: '', ...overrides };
}

/** A service whose latest check found it in `state`, `minutesAgo`. */
export function checked(id: string, state: ServiceView['state'], minutesAgo: number, more: Partial<ServiceView> = {}): ServiceView {
  const last = check({ state, at: NOW - minutesAgo * MINUTE });
  return service({ id, state, lastCheck: last, history: [last], ...more });
}
