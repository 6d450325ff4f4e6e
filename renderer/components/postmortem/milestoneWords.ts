/**
 * What the milestone list says about each milestone: where its time comes
 * from, and whether a correction typed in would put the milestones in an
 * impossible order (the host's own check, run before sending, so the same
 * sentence shows beside the field at once).
 */
import { dateTimeInputValue } from '../../time/format.js';
import { milestoneInFutureProblem, milestoneOrderProblem } from '../../../shared/postmortem/milestone-order.js';
import type { Milestone } from '../../../shared/postmortem/milestones.js';
import type { MilestoneView, MilestonesView } from '../../../shared/projection/postmortem-views.js';

/** Where a default comes from, in the room's words. */
const DEFAULT_ORIGIN: Readonly<Record<Milestone, string>> = {
  started: 'when the incident was declared',
  detected: 'when the incident was declared',
  acknowledged: 'the first status past investigating',
  mitigated: 'the first move to mitigated or resolved',
  resolved: 'when the incident was resolved',
};

/** What sets it while nobody has: shown for a milestone not reached yet. */
const PENDING_ORIGIN: Readonly<Record<Milestone, string>> = {
  started: 'set when the incident is declared',
  detected: 'set when the incident is declared',
  acknowledged: 'set when the status moves past investigating',
  mitigated: 'set when the status moves to mitigated or resolved',
  resolved: 'set when the incident is resolved',
};

/** "declared: when the incident was declared", "status: …", "set by Bo: the alert fired late"; for one not reached, what will set it. */
export function milestoneOrigin(milestone: Milestone, view: MilestoneView): string {
  if (view.source === 'set') return `set by ${view.setBy ?? 'someone'}${view.reason === '' ? '' : `: ${view.reason}`}`;
  if (view.at === null) return PENDING_ORIGIN[milestone];
  const putBack = view.history.length > 0 ? ' (a correction was put back)' : '';
  return `${view.source === 'declared' ? 'declared' : 'status'}: ${DEFAULT_ORIGIN[milestone]}${putBack}`;
}

/**
 * Why setting `milestone` to `at` would be refused, as the host would say
 * it, or null. Only the rules this milestone takes part in: a crossing two
 * other milestones were merged into must not block fixing this one.
 */
export function correctionProblem(milestones: MilestonesView, milestone: Milestone, at: number, now: number): string | null {
  const future = milestoneInFutureProblem(milestone, at, now);
  if (future) return future;
  return milestoneOrderProblem({ ...milestones, [milestone]: { at } }, milestone);
}

/** The value a datetime-local field with seconds shows for a moment: "2026-03-01T14:30:05", in the zone the screen shows. */
export function localInputSeconds(ms: number): string {
  return dateTimeInputValue(ms, true);
}
