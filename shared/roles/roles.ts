/**
 * The roles of an incident (DOMAIN.md, "roles and responsibilities"). Three
 * are key and exist in every incident; any other is added while it runs.
 * A vacant key role is flagged: nobody coordinating, reporting or talking to
 * partners is how an outage turns into chaos.
 */
export const KEY_ROLES = [
  { id: 'coordinator', name: 'Coordinator' },
  { id: 'reporter', name: 'Reporter' },
  { id: 'partner-liaison', name: 'Partner liaison' },
] as const;

export type KeyRoleId = (typeof KEY_ROLES)[number]['id'];

export function isKeyRole(roleId: string): roleId is KeyRoleId {
  return KEY_ROLES.some((role) => role.id === roleId);
}
