import type { RunbookSummary } from '../../../shared/api.js';
import { AttentionReasons } from '../readiness/RunbooksNeedingAttention.js';

/**
 * Why a runbook needs someone before the next outage, in words, beside its
 * card or page. "Never drilled" is left to the stale flag, which says the
 * same thing already.
 */
export function AttentionFlags({ runbook }: { readonly runbook: Pick<RunbookSummary, 'attention' | 'title'> }) {
  const reasons = runbook.attention.filter((reason) => reason.kind !== 'never-drilled');
  return <AttentionReasons reasons={reasons} label={`Why ${runbook.title} needs attention`} />;
}
