/**
 * Readiness (issue 17): the runbooks needing attention before the next
 * outage, with the reasons in words, and each team's checklist of questions
 * (kept as data, runbooks/readiness.yaml) with their answers, who gave them,
 * when, and whether each has gone stale. Judged by the host when read.
 */
import type { ReadinessAnswer } from '../projection/readiness-fold.js';
import type { RunbookProblem } from '../runbooks/runbook.js';
import type { AttentionReason } from './runbook-attention.js';

export interface RunbookNeedingAttention {
  readonly id: string;
  readonly title: string;
  readonly owner: string | null;
  readonly reviewed: string | null;
  readonly file: string;
  /** Never empty: a runbook with nothing wrong is not listed. */
  readonly reasons: readonly AttentionReason[];
}

/** `stale`: the latest answer is older than the question's period. */
export type QuestionState = 'answered' | 'stale' | 'unanswered';

export interface TeamQuestion {
  readonly id: string;
  /** As this laptop's file asks it. */
  readonly text: string;
  readonly everyMs: number;
  readonly state: QuestionState;
  /** The answer standing, or null when the team never answered. */
  readonly latest: ReadinessAnswer | null;
  /** When the standing answer goes (or went) stale; null when unanswered. */
  readonly staleAt: number | null;
  /** Every answer, newest first. */
  readonly history: readonly ReadinessAnswer[];
}

export interface TeamChecklist {
  readonly team: string;
  readonly questions: readonly TeamQuestion[];
  /** How many questions are stale or unanswered. */
  readonly needingAnswer: number;
}

export interface ReadinessView {
  /** Worst first: the most reasons, then by title. */
  readonly runbooks: readonly RunbookNeedingAttention[];
  readonly runbookCount: number;
  /** By team name. */
  readonly teams: readonly TeamChecklist[];
  /** Readiness files and runbooks that could not be read, each with file, line and reason. */
  readonly problems: readonly RunbookProblem[];
  /** When it was judged: "3 days ago" is counted from here. */
  readonly judgedAt: number;
}
