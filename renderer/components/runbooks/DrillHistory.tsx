import type { RunbookSummary } from '../../../shared/api.js';
import type { DrillRecord } from '../../../shared/checklists/rehearsal.js';
import { hrefFor } from '../../navigation/route.js';
import { useNow } from '../../time/useNow.js';
import { againstTarget, formatMeasured } from '../drills/drillTime.js';
import { RecoveryTrendChart } from './RecoveryTrendChart.js';
import { formatDateTime, formatLastRehearsed } from './rehearsalWords.js';

/**
 * How this runbook fared each time it was rehearsed: the recovery time of
 * every drill against the target, the trend, and the drills stopped before
 * the end with why. The teams that recovered best had timed their plans.
 */
export function DrillHistory({ runbook, headingId }: { readonly runbook: RunbookSummary; readonly headingId: string }) {
  const now = useNow();
  const completed = runbook.drills.flatMap((drill) => (drill.state === 'completed' && drill.recoveryMs !== null ? [{ startedAt: drill.startedAt, recoveryMs: drill.recoveryMs }] : []));
  return (
    <section className="drill-history" aria-labelledby={headingId}>
      <h2 id={headingId}>Drills</h2>
      <p className="drill-last-rehearsed">Last rehearsed: {formatLastRehearsed(runbook.lastRehearsedAt, now)}.</p>
      {runbook.drills.length === 0 ? (
        <p className="hint">No drill of this runbook yet. Start one to measure how long the recovery really takes.</p>
      ) : (
        <>
          <RecoveryTrendChart drills={completed} targetMs={runbook.targetMs} />
          <table className="drill-table">
            <caption>Drill history, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Recovery time</th>
                <th scope="col">Against the target</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {runbook.drills.map((drill) => (
                <DrillRow key={drill.incidentId} drill={drill} targetMs={drill.targetMs ?? runbook.targetMs} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function DrillRow({ drill, targetMs }: { readonly drill: DrillRecord; readonly targetMs: number }) {
  const verdict = drill.recoveryMs === null ? null : againstTarget(drill.recoveryMs, targetMs);
  return (
    <tr className={verdict?.met === false ? 'missed' : undefined}>
      <td>
        <a href={hrefFor({ screen: 'incident', incidentId: drill.incidentId })}>{formatDateTime(drill.startedAt)}</a>
      </td>
      <td>{drill.recoveryMs !== null ? formatMeasured(drill.recoveryMs) : drill.state === 'running' ? 'not yet' : 'not measured'}</td>
      <td>{verdict === null ? '' : verdict.met ? `Met, ${formatMeasured(verdict.marginMs)} under` : `Missed by ${formatMeasured(verdict.marginMs)}`}</td>
      <td>{stateWords(drill)}</td>
    </tr>
  );
}

function stateWords(drill: DrillRecord): string {
  switch (drill.state) {
    case 'completed':
      return 'Completed';
    case 'running':
      return 'Running';
    case 'stopped':
      return drill.stopReason ? `Stopped: ${drill.stopReason}` : 'Stopped (no reason given)';
  }
}
