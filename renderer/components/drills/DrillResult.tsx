import type { ChecklistView, DrillView } from '../../../shared/projection/checklist-views.js';
import { formatClock, formatFullTime } from '../../time/format.js';
import { describeAgainstTarget, formatMeasured } from './drillTime.js';
import { StepTimingTable } from './StepTimingTable.js';

/**
 * How a drill ended: completed, with its recovery time against the target
 * and each step against its estimate; or stopped, with why.
 */
export function DrillResult({ drill, checklist }: { readonly drill: DrillView; readonly checklist: ChecklistView | null }) {
  const ended =
    drill.endedAt === null ? null : (
      <time dateTime={new Date(drill.endedAt).toISOString()} title={formatFullTime(drill.endedAt)}>
        {formatClock(drill.endedAt)}
      </time>
    );
  if (drill.state === 'stopped') {
    const lasted = drill.endedAt === null ? null : formatMeasured(drill.endedAt - drill.startedAt);
    return (
      <p className="drill-outcome">
        <strong>Stopped</strong>
        {lasted !== null && <> after {lasted}</>} at {ended}: {sentence(drill.stopReason)}
      </p>
    );
  }
  if (drill.state !== 'completed' || drill.recoveryMs === null) return null;
  return (
    <>
      <p className="drill-outcome">
        <strong>Recovered in {formatMeasured(drill.recoveryMs)}</strong>
        {drill.targetMs !== null && <>: {describeAgainstTarget(drill.recoveryMs, drill.targetMs)}</>}. Completed at {ended}.
      </p>
      {checklist !== null && <StepTimingTable checklist={checklist} />}
    </>
  );
}

/** The reason as a sentence: a full stop added unless the person typed one. */
function sentence(reason: string | null): string {
  const text = reason?.trim() || 'no reason given';
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
