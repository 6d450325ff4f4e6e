/**
 * Shift hand-over briefs: drafted for a role from what it holds open, written
 * by (or for) the outgoing holder, acknowledged by the incoming one. A brief
 * acknowledged twice, or by the person who wrote it, would say a hand-over
 * happened that did not: both are refused with who and when.
 */
import path from 'node:path';
import { sameName } from '../../shared/checklists/four-eyes.js';
import { draftBrief } from '../../shared/outreach/draft-brief.js';
import type { BriefView } from '../../shared/projection/outreach-views.js';
import type { RoleView } from '../../shared/projection/views.js';
import { HoldfastFailure } from '../../shared/result.js';
import { exportMinute, UTC_ZONE } from '../../shared/time/export-time.js';
import { loadReporterKit, STATUS_UPDATES_FOLDER } from '../updates/reporter-kit.js';
import { incidentDetailOf, incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';

export type BriefMethod = 'draftBrief' | 'writeBrief' | 'acknowledgeBrief';

function roleOf(context: OperationContext, incidentId: string, roleId: string): RoleView {
  const role = incidentOf(context, incidentId).roles.find((candidate) => candidate.id === roleId);
  if (!role) throw new HoldfastFailure('not_found', `This incident has no role with id ${roleId}.`, ['roleId']);
  return role;
}

function briefOf(context: OperationContext, incidentId: string, briefId: string): BriefView {
  incidentOf(context, incidentId);
  const brief = context.projection.outreach(incidentId).briefs.find((candidate) => candidate.id === briefId);
  if (!brief) throw new HoldfastFailure('not_found', `This incident has no shift brief with id ${briefId}.`, ['briefId']);
  return brief;
}

/** Why the person at this laptop may not acknowledge the brief; null when they may. */
function acknowledgementRefusal(brief: BriefView, role: RoleView | undefined, me: string | null): string | null {
  if (brief.acknowledged !== null) {
    return `${brief.acknowledged.by} already acknowledged this ${brief.roleName} brief, at ${exportMinute(brief.acknowledged.at, UTC_ZONE)}.`;
  }
  if (me === null) return null;
  if ((brief.from !== null && sameName(me, brief.from)) || sameName(me, brief.writtenBy)) {
    return `This ${brief.roleName} brief is ${brief.from !== null && sameName(me, brief.from) ? 'from you' : 'one you wrote'}: the person taking over acknowledges it, on their own laptop.`;
  }
  // Going off shift names nobody: whoever holds the role after the writer is the one taking over.
  const holder = role?.holder ?? null;
  const incoming = brief.to ?? (holder !== null && brief.from !== null && sameName(holder, brief.from) ? null : holder);
  const holdsIt = holder !== null && sameName(me, holder);
  if (incoming !== null && !sameName(me, incoming) && !holdsIt) return `This ${brief.roleName} brief is for ${incoming}: ${incoming} acknowledges it, on their own laptop.`;
  return null;
}

export const briefOperations: OperationsFor<BriefMethod> = {
  draftBrief: (context, { incidentId, roleId, hours, zone }) => {
    const role = roleOf(context, incidentId, roleId);
    const { cadenceMinutes } = loadReporterKit(path.join(context.runbooksDir, STATUS_UPDATES_FOLDER));
    return draftBrief({ detail: incidentDetailOf(context, incidentId), role, hours, now: context.now(), cadence: cadenceMinutes, zone });
  },

  writeBrief: (context, { incidentId, roleId, to, hours, sections, questions }) => {
    const role = roleOf(context, incidentId, roleId);
    if (sections.length === 0 && questions.trim() === '') {
      throw new HoldfastFailure('invalid_input', `A brief needs at least one section or an open question: say what ${to ?? 'the next holder'} should know.`, ['sections']);
    }
    if (to !== null && role.holder !== null && sameName(to, role.holder)) {
      throw new HoldfastFailure('conflict', `${role.holder} holds ${role.name} now: a brief is for the person taking it over.`, ['to']);
    }
    context.record('brief.written', { incidentId, briefId: context.newId(), roleId, roleName: role.name, from: role.holder, to, hours, sections, questions: questions.trim() });
    return context.projection.outreach(incidentId);
  },

  acknowledgeBrief: (context, { incidentId, briefId, note }) => {
    const brief = briefOf(context, incidentId, briefId);
    const role = incidentOf(context, incidentId).roles.find((candidate) => candidate.id === brief.roleId);
    const refusal = acknowledgementRefusal(brief, role, context.session().name);
    if (refusal !== null) throw new HoldfastFailure('conflict', refusal, ['briefId']);
    context.record('brief.acknowledged', { incidentId, briefId, note });
    return context.projection.outreach(incidentId);
  },
};
