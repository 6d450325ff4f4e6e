import { useId } from 'react';
import type { RunbookNeedingAttention } from '../../../shared/readiness/readiness-view.js';
import { hrefFor } from '../../navigation/route.js';
import './readiness.css';

/** The runbooks to look at before the next outage, each with why in words and who owns it. */
export function RunbooksNeedingAttention({ runbooks, total }: { readonly runbooks: readonly RunbookNeedingAttention[]; readonly total: number }) {
  const id = useId();
  return (
    <section className="readiness-runbooks" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Runbooks needing attention</h2>
      <p className="hint">
        {runbooks.length === 0 ? `All ${total} runbooks are owned, reviewed, drilled and name only roles and services that exist.` : `${runbooks.length} of ${total} runbooks need someone before the next outage.`}
      </p>
      {runbooks.length > 0 && (
        <ul className="readiness-runbook-list" aria-labelledby={`${id}-heading`}>
          {runbooks.map((runbook) => (
            <li key={runbook.id} className="readiness-runbook" aria-labelledby={`${id}-${runbook.id}`}>
              <h3 id={`${id}-${runbook.id}`} className="readiness-runbook-title">
                <a href={hrefFor({ screen: 'runbook', runbookId: runbook.id })}>{runbook.title}</a>
              </h3>
              <p className="readiness-runbook-owner">{runbook.owner === null ? 'No owner named' : `Owner: ${runbook.owner}`}</p>
              <AttentionReasons reasons={runbook.reasons} label={`Why ${runbook.title} needs attention`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The reasons as flags in words; shared with the runbook cards and page. A
 * group of lines rather than a list: a card is a list item already, and
 * its reasons are not more runbooks to count.
 */
export function AttentionReasons({ reasons, label }: { readonly reasons: RunbookNeedingAttention['reasons']; readonly label: string }) {
  if (reasons.length === 0) return null;
  return (
    <div className="attention-reasons" role="group" aria-label={label}>
      {reasons.map((reason) => (
        <p key={reason.kind} className={`attention-reason attention-${reason.kind}`}>
          {reason.words}
        </p>
      ))}
    </div>
  );
}
