/**
 * A readiness answer in the words a coordinator reads at 3 a.m.: who gave
 * it and how long ago, and whether it still holds ("Stale", "Not answered"),
 * never by colour alone.
 */
import type { QuestionState, TeamQuestion } from '../../../shared/readiness/readiness-view.js';
import { formatHowLongAgo } from '../runbooks/rehearsalWords.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export const STATE_WORDS: Readonly<Record<QuestionState, string>> = {
  answered: 'Up to date',
  stale: 'Stale',
  unanswered: 'Not answered',
};

/** "answered by Ana, 3 days ago" */
export function answeredBy(by: string, at: number, now: number): string {
  return `answered by ${by}, ${formatHowLongAgo(at, now)}`;
}

/** "every day", "every 30 days" */
export function periodWords(everyMs: number): string {
  const days = Math.round(everyMs / DAY_MS);
  return days === 1 ? 'every day' : `every ${days} days`;
}

/** Why the state is what it is, in one line. */
export function stateReason(question: TeamQuestion): string {
  if (question.state === 'unanswered') return `Nobody has answered yet; it should be answered ${periodWords(question.everyMs)}.`;
  if (question.state === 'stale') return `Older than its period: it should be answered again ${periodWords(question.everyMs)}.`;
  return `Holds for now; it should be answered again ${periodWords(question.everyMs)}.`;
}
