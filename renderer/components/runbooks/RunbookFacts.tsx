import type { RunbookSummary } from '../../../shared/api.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';
import { useNow } from '../../time/useNow.js';
import { formatCriticalPath } from './criticalPathBars.js';
import { formatLastRehearsed } from './rehearsalWords.js';

const ORIGIN_WORDS: Record<RunbookSummary['origin'], string> = { shipped: 'Shipped with Holdfast', own: 'From your folder' };

/**
 * What a runbook commits to, at a glance: what it recovers, how fast it
 * should, how long its critical path is, and when it was last practised.
 */
export function RunbookFacts({ runbook, roles = false }: { readonly runbook: RunbookSummary; readonly roles?: boolean }) {
  const now = useNow();
  return (
    <dl className="runbook-facts">
      <div>
        <dt>Services</dt>
        <dd>{runbook.services.length === 0 ? 'none named' : runbook.services.join(', ')}</dd>
      </div>
      {roles && (
        <div>
          <dt>Roles</dt>
          <dd>{runbook.roles.length === 0 ? 'none named' : runbook.roles.join(', ')}</dd>
        </div>
      )}
      <div>
        <dt>Target</dt>
        <dd>{formatRunbookDuration(runbook.targetMs)}</dd>
      </div>
      <div>
        <dt>Steps</dt>
        <dd>{runbook.stepCount}</dd>
      </div>
      <div>
        <dt>Critical path</dt>
        <dd>{formatCriticalPath(runbook.criticalPathMs, runbook.unestimated)}</dd>
      </div>
      <div>
        <dt>Origin</dt>
        <dd>{ORIGIN_WORDS[runbook.origin]}</dd>
      </div>
      {roles && (
        <>
          <div>
            <dt>Owner</dt>
            <dd>{runbook.owner ?? 'none named'}</dd>
          </div>
          <div>
            <dt>Reviewed</dt>
            <dd>{runbook.reviewed === null ? 'never' : `${runbook.reviewed}, due every ${Math.round(runbook.reviewEveryMs / 86_400_000)} days`}</dd>
          </div>
        </>
      )}
      <div>
        <dt>Last rehearsed</dt>
        <dd>{formatLastRehearsed(runbook.lastRehearsedAt, now)}</dd>
      </div>
    </dl>
  );
}
