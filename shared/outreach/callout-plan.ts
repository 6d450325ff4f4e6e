/**
 * Who must be told when an incident of each severity is declared, kept as
 * data in `runbooks/outreach/call-out.yaml`. CONTRACT (issue 16): the
 * call-out work fills in the reading and the drawing of an incident's list;
 * this is the shape the rest of Holdfast sees.
 */
import type { RunbookProblem } from '../runbooks/runbook.js';
import type { Severity } from '../severity.js';

export interface CalloutPlanView {
  /** Per severity, in the file's words: who to call, in what chains, and after how long to escalate. */
  readonly severities: readonly { readonly severity: Severity; readonly escalateAfterMs: number; readonly lines: readonly string[] }[];
  readonly problems: readonly RunbookProblem[];
}
