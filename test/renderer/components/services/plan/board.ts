/** Hand-built boards and people for the restart plan's tests. */
import type { ServiceBoardView, ServiceCheckView, ServiceView } from '../../../../../shared/projection/board-views.js';
import type { ServiceState } from '../../../../../shared/services/service-state.js';
import type { PersonView } from '../../../../../shared/projection/views.js';

export const NOW = Date.UTC(2026, 11, 7, 3, 0);
export const MINUTE = 60_000;

export function check(state: ServiceState, minutesAgo = 1, by = 'Ana'): ServiceCheckView {
  return { state, evidence: '', by, device: 'laptop-a', at: NOW - minutesAgo * MINUTE, stamp: `s-${state}-${minutesAgo}`, override: false, reason: '' };
}

export function service(id: string, options: Partial<ServiceView> & { readonly needs?: readonly string[]; readonly checked?: ServiceCheckView } = {}): ServiceView {
  const { needs = [], checked, ...rest } = options;
  return {
    id,
    name: id.toUpperCase(),
    team: 'Platform',
    tier: 2,
    dependsOn: [...needs],
    dependsOnInScope: needs,
    check: '',
    checkStep: null,
    customerFacing: false,
    freshnessMs: 15 * MINUTE,
    restartMs: null,
    confirm: 'one',
    state: checked?.state ?? 'unknown',
    lastCheck: checked ?? null,
    history: checked ? [checked] : [],
    confirmation: null,
    scopedAt: NOW - 60 * MINUTE,
    scopedBy: 'Ana',
    ...rest,
  };
}

export function board(...services: ServiceView[]): ServiceBoardView {
  return { incidentId: 'incident-1', services };
}

export function person(name: string, team: string, options: Partial<PersonView> = {}): PersonView {
  return {
    id: `p-${name}`,
    name,
    team,
    phone: '',
    email: '',
    chat: '',
    notes: '',
    onCall: false,
    phones: [],
    emails: [],
    updatedAt: NOW,
    updatedBy: 'Ana',
    ...options,
  };
}

/** core-network → dns → ldap → sso → storefront, each needing the one before. */
export function chain(): ServiceView[] {
  return [
    service('core-network', { name: 'Core network', team: 'Network', tier: 1, restartMs: 20 * MINUTE }),
    service('dns', { name: 'DNS resolvers', team: 'Network', tier: 1, needs: ['core-network'], restartMs: 10 * MINUTE }),
    service('ldap', { name: 'LDAP', team: 'Identity', tier: 1, needs: ['dns'] }),
    service('sso', { name: 'SSO', team: 'Identity', tier: 1, needs: ['ldap'], restartMs: 30 * MINUTE }),
    service('storefront', { name: 'Storefront', team: 'Shop', tier: 1, needs: ['sso', 'dns'] }),
  ];
}
