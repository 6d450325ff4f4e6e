/**
 * A runbook's review fields: `reviewed` (the day it was last read through,
 * YYYY-MM-DD) and `review_every` (how often it should be, 90 days unless
 * said). Whether a review is overdue depends on today, so it is judged when
 * read (shared/readiness/runbook-attention.ts), never here.
 */
import { isScalar, type Node } from 'yaml';
import { dayDateSchema } from '../events.js';
import { parseDuration } from './duration.js';

export const DEFAULT_REVIEW_EVERY_MS = 90 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewFields {
  readonly reviewed: string | null;
  readonly reviewEveryMs: number;
}

/**
 * `valueLine` finds the line of a field's value (or its key when it has
 * none); `problem` reports a mistake at a line. Mistaken values still give
 * fields, so the caller refuses the runbook on the problems alone.
 */
export function readReview(
  fields: ReadonlyMap<string, Node | null>,
  valueLine: (key: string, node: Node | null | undefined) => number,
  problem: (line: number, reason: string) => void,
): ReviewFields {
  let reviewed: string | null = null;
  if (fields.has('reviewed')) {
    const node = fields.get('reviewed');
    const written = isScalar(node) && node.value !== null ? String(node.value).trim() : '';
    if (dayDateSchema.safeParse(written).success) reviewed = written;
    else problem(valueLine('reviewed', node), written === '' ? '"reviewed" is empty: write the day the runbook was last reviewed, like "reviewed: 2026-03-31"' : `"reviewed: ${written}" is not a real day: write it as YYYY-MM-DD, like 2026-03-31`);
  }

  let reviewEveryMs = DEFAULT_REVIEW_EVERY_MS;
  if (fields.has('review_every')) {
    const node = fields.get('review_every');
    const written = isScalar(node) && node.value !== null ? String(node.value).trim() : '';
    const parsed = parseDuration(written);
    if (parsed === null || parsed < DAY_MS) {
      problem(valueLine('review_every', node), `"review_every: ${written}" is not a review period: write a number of days, like 90d or 180d (at least 1d)`);
    } else {
      reviewEveryMs = parsed;
    }
  }
  return { reviewed, reviewEveryMs };
}
