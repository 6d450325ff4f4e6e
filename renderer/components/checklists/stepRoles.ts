/**
 * A runbook names roles by id (`database-lead`); an incident's roles have a
 * name, maybe a card, and an id of their own (a role added during the
 * incident gets a generated one). A step's role is matched to the
 * incident's by id, by card, or by the name written as an id ("Database
 * lead" is `database-lead`), so "next for me" finds the steps of the roles a
 * person holds, however the role came to be in the incident.
 */
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import type { RoleView } from '../../../shared/projection/views.js';
import { KEY_ROLES } from '../../../shared/roles/roles.js';
import { slug } from '../../../shared/text/slug.js';

/** The role's name as a runbook would write it as an id; its own id when the name has no Latin letters or digits. */
const nameAsId = (role: RoleView) => slug(role.name, role.id);

function matches(role: RoleView, roleId: string): boolean {
  return role.id === roleId || role.cardId === roleId || nameAsId(role) === roleId;
}

const sameName = (a: string | null, b: string) => a !== null && a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

/** Every id a step could use for a role this person holds in the incident. */
export function heldRoleIds(roles: readonly RoleView[], person: string): Set<string> {
  const ids = new Set<string>();
  for (const role of roles) {
    if (!sameName(role.holder, person)) continue;
    ids.add(role.id);
    if (role.cardId !== null) ids.add(role.cardId);
    ids.add(nameAsId(role));
  }
  return ids;
}

/** The incident's role a step belongs to, if the incident has it. */
export function incidentRole(roles: readonly RoleView[], roleId: string): RoleView | null {
  return roles.find((role) => matches(role, roleId)) ?? null;
}

/** The role as people call it: the incident's name for it, else the id said in words ("Database lead"). */
export function roleName(roles: readonly RoleView[], roleId: string): string {
  const role = incidentRole(roles, roleId);
  if (role) return role.name;
  const words = roleId.replace(/-/g, ' ');
  return words.charAt(0).toLocaleUpperCase('en') + words.slice(1);
}

/** The roles a new step can belong to: the checklist's own, then the key roles every incident has. */
export function stepRoleChoices(checklist: Pick<ChecklistView, 'steps'>): string[] {
  const ids = new Set<string>();
  for (const step of checklist.steps) if (step.role !== null) ids.add(step.role);
  for (const role of KEY_ROLES) ids.add(role.id);
  return [...ids];
}
