import type { Step } from '../../../shared/runbooks/runbook.js';
import { dependencyOrder } from '../../../shared/runbooks/dependency-order.js';
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';

/**
 * The steps in the order they can be worked: each after what it needs, with
 * who owns it and how long it should take. The ones on the critical path
 * are marked: they set the recovery time, so they are what to staff first.
 */
export function RunbookSteps({ steps, critical, headingId }: { readonly steps: readonly Step[]; readonly critical: ReadonlySet<string>; readonly headingId: string }) {
  const titles = new Map(steps.map((step) => [step.id, step.title] as const));
  return (
    <section className="runbook-steps" aria-labelledby={headingId}>
      <h2 id={headingId}>Steps, in the order they can be worked</h2>
      <ol aria-labelledby={headingId}>
        {dependencyOrder(steps).map((step) => (
          <li key={step.id} className={critical.has(step.id) ? 'on-critical-path' : undefined}>
            <div className="runbook-step-line">
              <span className="runbook-step-title">{step.title}</span>
              {critical.has(step.id) && <span className="critical-marker">Critical path</span>}
            </div>
            <p className="runbook-step-meta">
              <span>Needs: {step.needs.length === 0 ? 'nothing' : step.needs.map((need) => titles.get(need) ?? need).join('; ')}</span>
              <span>Role: {step.role ?? 'anyone'}</span>
              <span>Expected: {step.expectMs === null ? 'no estimate' : formatRunbookDuration(step.expectMs)}</span>
              {step.phase !== null && <span>Phase: {step.phase}</span>}
            </p>
            {step.details !== '' && (
              <details className="runbook-step-details">
                <summary>
                  How<span className="visually-hidden">: {step.title}</span>
                </summary>
                <pre>{step.details}</pre>
              </details>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
