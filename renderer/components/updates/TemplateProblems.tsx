import type { FileProblem } from '../../../shared/roles/role-card.js';

/**
 * Templates (or the cadence) that could not be read, each with its file,
 * line and why: whoever edited one sees at once why it is not offered.
 */
export function TemplateProblems({ problems }: { readonly problems: readonly FileProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <details className="template-problems" open>
      <summary>{problems.length === 1 ? '1 template problem' : `${problems.length} template problems`}</summary>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.file}:${problem.line ?? ''}:${index}`}>
            <code>{problem.file}</code>
            {problem.line !== null && `, line ${problem.line}`}: {problem.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
