/**
 * Words the post-mortem's readers share, so the screen, the Markdown and
 * the HTML file say the same thing in the same words.
 */
import { formatDuration } from '../duration.js';
import { STEP_STATUS_LABEL } from '../projection/checklist-fold.js';
import type { ExecutedStep } from './executed-checklists.js';
import { exportMinute, type ExportZone } from '../time/export-time.js';

export const DRAFT_BANNER = 'DRAFT';

/**
 * "10m 00s (5m 00s over)": how long a step took, and by how much it overran
 * what was expected. A step ticked done without being started says it was
 * not measured, so an empty cell is not read as "no time at all".
 */
export function stepTook(step: Pick<ExecutedStep, 'status' | 'startedAt' | 'tookMs' | 'expectMs'>): string {
  if (step.tookMs === null) return step.status === 'done' && step.startedAt === null ? 'not measured (never started)' : '';
  const over = step.expectMs !== null && step.tookMs > step.expectMs ? ` (${formatDuration(step.tookMs - step.expectMs)} over)` : '';
  return `${formatDuration(step.tookMs)}${over}`;
}

/** "8 entries", "1 entry" */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Ana took it", "Ana → Ben", "Ben left it vacant". */
export function holderChange(change: { readonly from: string | null; readonly to: string | null }): string {
  if (change.to === null) return `${change.from ?? 'nobody'} left it vacant`;
  if (change.from === null) return `${change.to} took it`;
  return `${change.from} → ${change.to}`;
}

/** Where a milestone's time comes from, in words. */
export function milestoneSource(milestone: { readonly at: number | null; readonly source: 'declared' | 'status' | 'set'; readonly setBy: string | null; readonly reason: string }): string {
  if (milestone.at === null) return 'not reached yet';
  if (milestone.source === 'declared') return 'when it was declared';
  if (milestone.source === 'status') return 'from a status change';
  return `set by ${milestone.setBy ?? 'someone'}${milestone.reason ? `: ${milestone.reason}` : ''}`;
}

/** "Done (needs overridden), checked by hand". */
export function stepStatus(step: Pick<ExecutedStep, 'status' | 'overridden' | 'checkedByHand'>): string {
  return `${STEP_STATUS_LABEL[step.status]}${step.overridden ? ' (needs overridden)' : ''}${step.checkedByHand ? ', checked by hand' : ''}`;
}

/** "Done by Ana, confirmed by Bo at 03:14" for a four-eyes step, or that it still awaits a second person; '' for any other step. */
export function stepFourEyes(step: { readonly fourEyes?: ExecutedStep['fourEyes'] }, zone: ExportZone): string {
  const fourEyes = step.fourEyes ?? null;
  if (fourEyes === null) return '';
  if (fourEyes.confirmedBy === null || fourEyes.confirmedAt === null) return `Done by ${fourEyes.doneBy}, not confirmed by a second person`;
  return `Done by ${fourEyes.doneBy}, confirmed by ${fourEyes.confirmedBy} at ${exportMinute(fourEyes.confirmedAt, zone)}`;
}

/** Who confirmed a four-eyes step, why it was skipped or blocked, why it went ahead of its needs, and its notes (their times in `zone`): one line each, none when there is nothing to say. */
export function stepWhy(step: Pick<ExecutedStep, 'reason' | 'overrideReason' | 'notes'> & { readonly fourEyes?: ExecutedStep['fourEyes'] }, zone: ExportZone): string[] {
  return [
    stepFourEyes(step, zone),
    step.reason,
    step.overrideReason === '' ? '' : `Went ahead before its needs were done: ${step.overrideReason}`,
    ...step.notes.map((note) => `Note (${note.by}, ${exportMinute(note.at, zone)}): ${note.text}`),
  ].filter((line) => line !== '');
}

/** "1 struck-out entry is left out.", or '' when none is. */
export function struckLeftOutSentence(entries: number): string {
  return entries === 0 ? '' : `${count(entries, 'struck-out entry is', 'struck-out entries are')} left out.`;
}
