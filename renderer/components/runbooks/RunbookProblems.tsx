import type { RunbookProblem } from '../../../shared/runbooks/runbook.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';

/**
 * Runbook files that were refused, each as FILE:LINE: reason (the same line
 * `holdfast runbooks check` prints), so whoever wrote one sees at once why
 * it is missing from the library and where to fix it.
 */
export function RunbookProblems({ problems, headingId }: { readonly problems: readonly RunbookProblem[]; readonly headingId: string }) {
  if (problems.length === 0) return null;
  return (
    <section className="runbook-problems" aria-labelledby={headingId}>
      <h2 id={headingId}>Runbooks that could not be loaded</h2>
      <p className="hint">
        {problems.length === 1 ? 'One problem' : `${problems.length} problems`}; every other runbook loaded. Fix the file and open this screen again.
      </p>
      <ul aria-labelledby={headingId}>
        {problems.map((problem, index) => (
          <li key={`${formatProblem(problem)}-${index}`}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
