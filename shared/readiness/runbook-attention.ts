/**
 * Why a runbook needs someone's attention before the next outage, judged
 * when read with `now`: not reviewed within its period (or never), no owner,
 * never rehearsed to the end, or naming a role or a service that no longer
 * exists (no role card, not in the service catalogue). Each reason is a
 * sentence a coordinator understands without the file open.
 */
import { isKeyRole } from '../roles/roles.js';
import type { Runbook } from '../runbooks/runbook.js';

export const ATTENTION_KINDS = ['never-reviewed', 'review-overdue', 'no-owner', 'never-drilled', 'unknown-role', 'unknown-service'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export interface AttentionReason {
  readonly kind: AttentionKind;
  readonly words: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** What exists today to be named: null when this laptop keeps no such list (nothing is judged against it). */
export interface KnownNames {
  readonly roles: ReadonlySet<string> | null;
  readonly services: ReadonlySet<string> | null;
}

export type JudgedRunbook = Pick<Runbook, 'owner' | 'reviewed' | 'reviewEveryMs' | 'roles' | 'services'>;

export function runbookAttention(runbook: JudgedRunbook, lastRehearsedAt: number | null, known: KnownNames, now: number): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const every = `every ${Math.round(runbook.reviewEveryMs / DAY_MS)} days`;
  if (runbook.reviewed === null) {
    reasons.push({ kind: 'never-reviewed', words: `Never reviewed: its file has no "reviewed" date, and it is due ${every}.` });
  } else if (now - Date.parse(`${runbook.reviewed}T00:00:00Z`) > runbook.reviewEveryMs) {
    reasons.push({ kind: 'review-overdue', words: `Review overdue: last reviewed on ${runbook.reviewed}, and it is due ${every}.` });
  }
  if (runbook.owner === null) reasons.push({ kind: 'no-owner', words: 'No owner: nobody is named to keep it up to date.' });
  if (lastRehearsedAt === null) reasons.push({ kind: 'never-drilled', words: 'Never drilled: no drill of it has been completed.' });

  const roles = known.roles;
  const goneRoles = roles === null ? [] : runbook.roles.filter((role) => !isKeyRole(role) && !roles.has(role));
  if (goneRoles.length > 0) {
    reasons.push({ kind: 'unknown-role', words: `Names ${plural(goneRoles.length, 'a role', 'roles')} with no role card: ${goneRoles.join(', ')}.` });
  }
  const services = known.services;
  const goneServices = services === null ? [] : runbook.services.filter((service) => !services.has(service));
  if (goneServices.length > 0) {
    reasons.push({ kind: 'unknown-service', words: `Names ${plural(goneServices.length, 'a service', 'services')} not in the service catalogue: ${goneServices.join(', ')}.` });
  }
  return reasons;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
