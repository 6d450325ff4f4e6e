/**
 * Words the post-mortem renderers share, so the Markdown and the HTML file
 * say the same thing in the same words.
 */
import { formatDuration } from '../duration.js';
import type { ExecutedStep } from './executed-checklists.js';

export const DRAFT_BANNER = 'DRAFT';

/** "10m 00s (5m 00s over)": how long a step took, and by how much it overran what was expected. */
export function stepTook(step: Pick<ExecutedStep, 'tookMs' | 'expectMs'>): string {
  if (step.tookMs === null) return '';
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
