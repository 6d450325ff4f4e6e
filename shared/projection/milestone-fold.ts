/**
 * An incident's milestones: the times status changes give them, unless a
 * person set one by hand, in which case the last correction in the agreed
 * order wins (so every laptop shows the same) and all of them are kept.
 */
import { MILESTONES, type Milestone } from '../postmortem/milestones.js';
import type { MilestoneCorrection, MilestoneView, MilestonesView } from './postmortem-views.js';
import type { StatusChange } from './views.js';

export class MilestoneBook {
  private readonly corrections = new Map<Milestone, MilestoneCorrection[]>();

  /** A correction (`at` null puts the default back); returns the timeline's line for it. */
  set(milestone: Milestone, correction: MilestoneCorrection, describe: (at: number) => string): string {
    const list = this.corrections.get(milestone) ?? [];
    list.push(correction);
    this.corrections.set(milestone, list);
    const what = correction.at === null ? 'put back to what the status changes say' : `set to ${describe(correction.at)}`;
    return `Milestone ${milestone} ${what}${correction.reason ? ` (${correction.reason})` : ''}`;
  }

  /** Every milestone, each from its last correction or else its default. */
  views(declaredAt: number, statusHistory: readonly StatusChange[], resolvedAt: number | null): MilestonesView {
    const defaults = defaultMilestones(declaredAt, statusHistory, resolvedAt);
    const reopenedAt = statusHistory.findLast((change) => change.reopened)?.at ?? null;
    const views = {} as Record<Milestone, MilestoneView>;
    for (const milestone of MILESTONES) {
      const history = this.corrections.get(milestone) ?? [];
      // A reopened incident is not resolved: a resolution time set by hand before the reopening
      // stops counting (it stays in the history), or it would outlive the reopening and the next resolution.
      const inForce = milestone === 'resolved' && reopenedAt !== null ? history.filter((correction) => correction.recordedAt >= reopenedAt) : history;
      const last = inForce[inForce.length - 1];
      views[milestone] =
        last && last.at !== null
          ? { at: last.at, source: 'set', setBy: last.by, reason: last.reason, history }
          : { ...defaults[milestone], setBy: null, reason: last?.reason ?? '', history };
    }
    return views;
  }
}

/**
 * What the lifecycle says when nobody corrects it: the impact started and
 * was detected when the incident was declared; it was acknowledged at the
 * first move past investigating (someone understood it), mitigated at the
 * first move to mitigated or resolved, and resolved at the resolution in
 * force (none once reopened).
 */
export function defaultMilestones(
  declaredAt: number,
  statusHistory: readonly StatusChange[],
  resolvedAt: number | null,
): Record<Milestone, Pick<MilestoneView, 'at' | 'source'>> {
  const firstOf = (statuses: readonly string[]) => statusHistory.find((change) => !change.reopened && statuses.includes(change.status))?.at ?? null;
  const acknowledged = firstOf(['identified', 'mitigated', 'resolved']);
  const mitigated = firstOf(['mitigated', 'resolved']);
  return {
    started: { at: declaredAt, source: 'declared' },
    detected: { at: declaredAt, source: 'declared' },
    acknowledged: { at: acknowledged, source: 'status' },
    mitigated: { at: mitigated, source: 'status' },
    resolved: { at: resolvedAt, source: 'status' },
  };
}
