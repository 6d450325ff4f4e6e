import { useId, useMemo } from 'react';
import { criticalPath } from '../../shared/runbooks/critical-path.js';
import { hrefFor } from '../navigation/route.js';
import { CriticalPathChart } from '../components/runbooks/CriticalPathChart.js';
import { DrillHistory } from '../components/runbooks/DrillHistory.js';
import { RunbookFacts } from '../components/runbooks/RunbookFacts.js';
import { RunbookSteps } from '../components/runbooks/RunbookSteps.js';
import { AttentionFlags } from '../components/runbooks/AttentionFlags.js';
import { StaleFlag } from '../components/runbooks/StaleFlag.js';
import { StartDrillButton } from '../components/runbooks/StartDrillButton.js';
import { useRunbookDetail } from '../components/runbooks/useRunbookLibrary.js';
import '../components/runbooks/runbooks.css';

/**
 * One runbook: what it recovers and how fast it should, its steps in the
 * order they can be worked, its critical path, and every drill of it, with
 * the button that starts the next one.
 */
export function RunbookScreen({ runbookId }: { readonly runbookId: string }) {
  const id = useId();
  const { resource: loaded } = useRunbookDetail(runbookId);
  const steps = loaded.state === 'loaded' ? loaded.value.runbook.steps : null;
  const critical = useMemo(() => new Set(steps === null ? [] : criticalPath(steps).steps.map((step) => step.id)), [steps]);

  if (loaded.state === 'loading') return <p role="status">Loading the runbook…</p>;
  if (loaded.state === 'failed') {
    return (
      <section className="runbook-screen">
        <p role="alert" className="alert">
          {loaded.message}
        </p>
        <p>
          <a href={hrefFor({ screen: 'runbooks' })}>Back to the runbooks</a>
        </p>
      </section>
    );
  }

  const { runbook, summary } = loaded.value;
  return (
    <article className="runbook-screen" aria-labelledby={`${id}-title`}>
      <p className="runbook-breadcrumb">
        <a href={hrefFor({ screen: 'runbooks' })}>Runbooks</a>
      </p>
      <header className="runbook-head">
        <div className="runbook-title-line">
          <h1 id={`${id}-title`}>{runbook.title}</h1>
          <StaleFlag runbook={summary} />
          <StartDrillButton runbookId={runbook.id} title={runbook.title} />
        </div>
        {runbook.summary !== null && <p className="runbook-summary">{runbook.summary}</p>}
        <RunbookFacts runbook={summary} roles />
        <AttentionFlags runbook={summary} />
        <p className="hint">
          <code>{runbook.file}</code>
        </p>
      </header>
      <CriticalPathChart steps={runbook.steps} targetMs={runbook.targetMs} headingId={`${id}-path`} />
      <DrillHistory runbook={summary} headingId={`${id}-drills`} />
      <RunbookSteps steps={runbook.steps} critical={critical} headingId={`${id}-steps`} />
    </article>
  );
}
