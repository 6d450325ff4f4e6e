import { sameName } from '../../../../shared/checklists/four-eyes.js';
import { latestBriefs } from '../../../../shared/outreach/brief-due.js';
import type { BriefView } from '../../../../shared/projection/outreach-views.js';
import type { RoleView } from '../../../../shared/projection/views.js';

/**
 * The brief waiting for the person at this laptop on this role: the role's
 * latest, not acknowledged, not their own, and for them (named, or the role
 * is theirs now). Null when there is none.
 */
export function briefWaitingFor(me: string | null, role: RoleView, briefs: readonly BriefView[]): BriefView | null {
  if (me === null) return null;
  const brief = latestBriefs(briefs).find((one) => one.roleId === role.id);
  if (!brief || brief.acknowledged !== null) return null;
  if ((brief.from !== null && sameName(brief.from, me)) || sameName(brief.writtenBy, me)) return null;
  const holdsIt = role.holder !== null && sameName(role.holder, me);
  return (brief.to !== null && sameName(brief.to, me)) || holdsIt ? brief : null;
}
