import type { RunbookSummary } from '../../../shared/api.js';
import { useNow } from '../../time/useNow.js';
import { staleReason } from './rehearsalWords.js';
import './runbooks.css';

/** Plans that are not tested go stale: said in words, beside the runbook's title. */
export function StaleFlag({ runbook }: { readonly runbook: Pick<RunbookSummary, 'stale' | 'lastRehearsedAt'> }) {
  const now = useNow();
  if (!runbook.stale) return null;
  return <span className="stale-flag">{staleReason(runbook.lastRehearsedAt, now)}</span>;
}
