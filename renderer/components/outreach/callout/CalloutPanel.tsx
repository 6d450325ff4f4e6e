import type { CalloutPlanView } from '../../../../shared/outreach/callout-plan.js';
import type { RunbookProblem } from '../../../../shared/runbooks/runbook.js';
import type { Severity } from '../../../../shared/severity.js';
import type { CalleeView } from '../../../../shared/projection/outreach-views.js';
import { calloutEscalations, calloutProgress } from '../../../../shared/outreach/escalation.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useNow } from '../../../time/useNow.js';
import { FileProblems } from '../../runbooks/FileProblems.js';
import { AddCalleeForm } from './AddCalleeForm.js';
import { CalleeRow } from './CalleeRow.js';
import { CalloutOffers } from './CalloutOffers.js';
import { CalloutProgress } from './CalloutProgress.js';
import { CalloutStart } from './CalloutStart.js';
import { useCalloutPlan } from './useCalloutPlan.js';
import './callout.css';

/** What is wrong in the files, and the names this incident's severity has that nobody knows: other severities' wait until they matter. */
function problemsFor(plan: CalloutPlanView, severity: Severity): readonly RunbookProblem[] {
  return [...plan.problems, ...(plan.severities.find((planned) => planned.severity === severity)?.problems ?? [])];
}

const BY_HAND = 'Added by hand';

/** The list by chain, in the order the fold gives (chain, then rank); people added outside any chain together. */
function byChain(callees: readonly CalleeView[]): [string, CalleeView[]][] {
  const chains = new Map<string, CalleeView[]>();
  for (const callee of callees) {
    const chain = callee.chain || BY_HAND;
    chains.set(chain, [...(chains.get(chain) ?? []), callee]);
  }
  return [...chains];
}

/**
 * The incident's call-out: who the call-out file says to call for its
 * severity, then per chain each person with why, their numbers, how far
 * calling them got and a button per step; people not reached in time, with
 * the next in their chain offered; and the file's problems.
 */
export function CalloutPanel({ incident }: { readonly incident: IncidentView }) {
  const callout = useHoldfast((state) => selectOutreach(state, incident.id).callout);
  const now = useNow();
  const read = useCalloutPlan();
  const listed = new Set(callout?.callees.map((callee) => callee.key) ?? []);
  const progress = calloutProgress(callout);
  return (
    <section className="callout-panel" aria-labelledby="callout-heading">
      <h2 id="callout-heading">Call-out</h2>
      {read.state === 'loading' && <p className="hint">Reading the call-out file…</p>}
      {read.state === 'failed' && <p className="form-error">Could not read the call-out file: {read.message}</p>}
      {read.state === 'loaded' && <CalloutStart incident={incident} plan={read.plan} listed={listed} />}
      {callout && (
        <>
          <CalloutProgress reached={progress.reached} total={progress.total} />
          <CalloutOffers incidentId={incident.id} escalations={calloutEscalations(callout, now)} />
          {byChain(callout.callees).map(([chain, callees]) => (
            <section key={chain} className="callout-chain" aria-label={`Chain: ${chain}`}>
              <h3>{chain}</h3>
              <ul className="callees">
                {callees.map((callee) => (
                  <CalleeRow key={callee.key} incidentId={incident.id} callee={callee} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <AddCalleeForm incidentId={incident.id} listed={listed} />
      {read.state === 'loaded' && (
        <FileProblems problems={problemsFor(read.plan, incident.severity)} headingId="callout-problems-heading" heading="Problems in the call-out file" rest="everyone else in it is called" />
      )}
    </section>
  );
}
