/**
 * Who must be told when an incident of each severity is declared, kept as
 * data in `runbooks/outreach/call-out.yaml`. This is the
 * shape the rest of Holdfast sees of it, once read.
 */
import type { RunbookProblem } from '../runbooks/runbook.js';
import type { Severity } from '../severity.js';

/** One person the file would call, as the roster has them now. */
export interface PlannedCallee {
  readonly key: string;
  readonly name: string;
  readonly why: string;
  readonly chain: string;
  readonly rank: number;
}

export interface CalloutPlanView {
  /** Per severity, in the file's words: who to call, in what chains, and after how long to escalate. */
  readonly severities: readonly {
    readonly severity: Severity;
    readonly escalateAfterMs: number;
    readonly lines: readonly string[];
    /** The first of each chain, called when the call-out starts, as the roster resolves them now. */
    readonly first: readonly PlannedCallee[];
    /** The later ranks, offered one by one when the one before is not reached in time. */
    readonly standby: readonly PlannedCallee[];
    /** Names in this severity the roster or the partner list does not know. */
    readonly problems: readonly RunbookProblem[];
  }[];
  /** The files' own mistakes (what could not be read at all). */
  readonly problems: readonly RunbookProblem[];
}
