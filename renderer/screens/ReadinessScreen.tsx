import { useId } from 'react';
import { FileProblems } from '../components/runbooks/FileProblems.js';
import { RunbooksNeedingAttention } from '../components/readiness/RunbooksNeedingAttention.js';
import { TeamReadiness } from '../components/readiness/TeamReadiness.js';
import { useReadiness } from '../components/readiness/useReadiness.js';
import '../components/people/people.css';
import '../components/runbooks/runbooks.css';
import '../components/readiness/readiness.css';

/**
 * Readiness: what to fix before the next outage, not during it. The
 * runbooks needing attention, with the reasons in words, and each team's
 * checklist of questions (runbooks/readiness.yaml) answered with who and
 * when, flagged once an answer is older than its period.
 */
export function ReadinessScreen() {
  const id = useId();
  const { resource: loaded, replace } = useReadiness();
  return (
    <section className="readiness-screen" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>Readiness</h1>
      <p className="intro">What to put right before the next outage: runbooks not reviewed, never drilled or naming what no longer exists, and each team’s checklist, answered and kept fresh.</p>
      {loaded.state === 'loading' && <p role="status">Loading readiness…</p>}
      {loaded.state === 'failed' && (
        <p role="alert" className="alert">
          {loaded.message}
        </p>
      )}
      {loaded.state === 'loaded' && (
        <>
          <TeamReadiness teams={loaded.value.teams} onAnswered={replace} />
          <RunbooksNeedingAttention runbooks={loaded.value.runbooks} total={loaded.value.runbookCount} />
          <FileProblems problems={loaded.value.problems} headingId={`${id}-problems`} heading="Files that could not be read" rest="everything else loaded" />
        </>
      )}
    </section>
  );
}
