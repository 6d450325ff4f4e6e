import type { RunbookProblem } from '../../../shared/runbooks/runbook.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';

/**
 * Prepared files that were refused (runbooks, catalogue entries), each as
 * FILE:LINE: reason (the same line `holdfast runbooks check` and `holdfast
 * services check` print), so whoever wrote one sees at once why it is
 * missing and where to fix it.
 */
export function FileProblems({
  problems,
  headingId,
  heading,
  rest,
}: {
  readonly problems: readonly RunbookProblem[];
  readonly headingId: string;
  /** "Runbooks that could not be loaded" */
  readonly heading: string;
  /** What did load: "every other runbook loaded" */
  readonly rest: string;
}) {
  if (problems.length === 0) return null;
  return (
    <section className="runbook-problems" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="hint">
        {problems.length === 1 ? 'One problem' : `${problems.length} problems`}; {rest}. Fix the file and open this again.
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
