/**
 * Progress as the room reads it, for one checklist or the whole incident:
 * done of total first, then what awaits a second person, is skipped,
 * blocked and under way. The bar
 * and the sentence come from the same counts, so what is drawn is what is
 * said.
 */
import type { ChecklistProgressView } from '../../../shared/projection/checklist-views.js';

export type ProgressCounts = Pick<ChecklistProgressView, 'total' | 'done' | 'skipped' | 'blocked' | 'inProgress' | 'awaitingConfirmation'>;

export type SegmentKind = 'done' | 'awaiting' | 'skipped' | 'in-progress' | 'blocked' | 'todo';

export interface ProgressSegment {
  readonly kind: SegmentKind;
  readonly count: number;
  /** Of the whole bar, 0 to 1; the segments add up to 1 (or all are 0 when there are no steps). */
  readonly fraction: number;
}

export const SEGMENT_LABEL: Readonly<Record<SegmentKind, string>> = {
  done: 'done',
  awaiting: 'awaiting confirmation',
  skipped: 'skipped',
  'in-progress': 'in progress',
  blocked: 'blocked',
  todo: 'to do',
};

export function sumProgress(progresses: readonly ProgressCounts[]): ProgressCounts {
  return progresses.reduce<ProgressCounts>(
    (sum, each) => ({
      total: sum.total + each.total,
      done: sum.done + each.done,
      skipped: sum.skipped + each.skipped,
      blocked: sum.blocked + each.blocked,
      inProgress: sum.inProgress + each.inProgress,
      awaitingConfirmation: sum.awaitingConfirmation + each.awaitingConfirmation,
    }),
    { total: 0, done: 0, skipped: 0, blocked: 0, inProgress: 0, awaitingConfirmation: 0 },
  );
}

/** Left to right: finished work, then work under way, then what stands still, then what is left. */
export function progressSegments(progress: ProgressCounts): ProgressSegment[] {
  const todo = Math.max(0, progress.total - progress.done - progress.awaitingConfirmation - progress.skipped - progress.blocked - progress.inProgress);
  const counts: [SegmentKind, number][] = [
    ['done', progress.done],
    ['awaiting', progress.awaitingConfirmation],
    ['skipped', progress.skipped],
    ['in-progress', progress.inProgress],
    ['blocked', progress.blocked],
    ['todo', todo],
  ];
  return counts.map(([kind, count]) => ({ kind, count, fraction: progress.total === 0 ? 0 : count / progress.total }));
}

/** The figures in words, done of total first, then the ones that are not zero: awaiting confirmation, skipped, blocked, in progress. */
export function progressParts(progress: ProgressCounts): { readonly kind: SegmentKind; readonly text: string }[] {
  if (progress.total === 0) return [];
  const rest: [SegmentKind, number][] = [
    ['awaiting', progress.awaitingConfirmation],
    ['skipped', progress.skipped],
    ['blocked', progress.blocked],
    ['in-progress', progress.inProgress],
  ];
  return [
    { kind: 'done', text: `${progress.done} of ${progress.total} done` },
    ...rest.filter(([, count]) => count > 0).map(([kind, count]) => ({ kind, text: `${count} ${SEGMENT_LABEL[kind]}` })),
  ];
}

/** "3 of 12 done, 1 awaiting confirmation, 1 skipped, 1 blocked, 2 in progress". */
export function describeProgress(progress: ProgressCounts): string {
  const parts = progressParts(progress);
  return parts.length === 0 ? 'no steps' : parts.map((part) => part.text).join(', ');
}
