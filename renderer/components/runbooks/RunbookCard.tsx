import { useId } from 'react';
import type { RunbookSummary } from '../../../shared/api.js';
import { hrefFor } from '../../navigation/route.js';
import { AttentionFlags } from './AttentionFlags.js';
import { RunbookFacts } from './RunbookFacts.js';
import { StaleFlag } from './StaleFlag.js';

/** One runbook in the library, named by its title, which links to its page. */
export function RunbookCard({ runbook }: { readonly runbook: RunbookSummary }) {
  const id = useId();
  return (
    <li className={`runbook-card${runbook.stale ? ' stale' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="runbook-card-head">
        <h2 id={`${id}-title`} className="runbook-card-title">
          <a href={hrefFor({ screen: 'runbook', runbookId: runbook.id })}>{runbook.title}</a>
        </h2>
        <StaleFlag runbook={runbook} />
      </div>
      <RunbookFacts runbook={runbook} />
      <AttentionFlags runbook={runbook} />
    </li>
  );
}
