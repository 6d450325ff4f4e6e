/**
 * A runbook's role ids matched to the roles of the incident, however the
 * role came to be there: a key role, one added from a card, one added by
 * name. "Next for me" depends on it.
 */
import { describe, expect, it } from 'vitest';
import type { RoleView } from '../../../../shared/projection/views.js';
import { heldRoleIds, roleName, stepRoleChoices } from '../../../../renderer/components/checklists/stepRoles.js';
import { step } from './steps.js';

function role(fields: Partial<RoleView> & Pick<RoleView, 'id' | 'name'>): RoleView {
  return { key: false, cardId: null, holder: null, holderPersonId: null, since: null, history: [], ...fields };
}

const roles = [
  role({ id: 'coordinator', name: 'Coordinator', key: true, cardId: 'coordinator', holder: 'Ana Lopez' }),
  role({ id: 'reporter', name: 'Reporter', key: true, cardId: 'reporter', holder: 'Ben Okafor' }),
  role({ id: 'a1b2c3d4e5f6', name: 'Database lead', holder: 'ana lopez' }),
  role({ id: 'f6e5d4c3b2a1', name: 'Ops', cardId: 'operations-lead', holder: 'Ana Lopez' }),
];

describe('the roles a person holds, as a runbook names them', () => {
  it('include a key role, a role added by name and one added from a card, whatever the case of the holder’s name', () => {
    const held = heldRoleIds(roles, 'Ana Lopez');
    for (const id of ['coordinator', 'database-lead', 'operations-lead']) expect(held.has(id)).toBe(true);
    expect(held.has('reporter')).toBe(false);
  });

  it('are none for someone who holds no role', () => {
    expect(heldRoleIds(roles, 'Dev Patel').size).toBe(0);
  });

  it('include a role added by a name with accents and punctuation, written as an id the way runbooks do', () => {
    const held = heldRoleIds([role({ id: '0a1b2c3d4e5f', name: '  Réseau & DNS ', holder: 'Ana Lopez' })], 'Ana Lopez');
    expect(held.has('reseau-dns')).toBe(true);
  });

  it('are called by the incident’s name for them, or the id in words when the incident has no such role', () => {
    expect(roleName(roles, 'database-lead')).toBe('Database lead');
    expect(roleName(roles, 'operations-lead')).toBe('Ops');
    expect(roleName(roles, 'application-lead')).toBe('Application lead');
  });

  it('offer a new step the checklist’s roles, then the key roles', () => {
    const checklist = { steps: [step({ id: 'promote-it', role: 'database-lead' }), step({ id: 'decide-it', role: 'coordinator' }), step({ id: 'no-role-step' })] };
    expect(stepRoleChoices(checklist)).toEqual(['database-lead', 'coordinator', 'reporter', 'partner-liaison']);
  });
});
