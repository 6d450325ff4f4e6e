import type { FileProblem } from '../../../shared/roles/role-card.js';

/**
 * Role cards that could not be read, each with its file, line and reason:
 * whoever edited one should see at once why it is missing.
 */
export function CardProblems({ problems }: { readonly problems: readonly FileProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <details className="card-problems">
      <summary>
        {problems.length === 1 ? '1 role card could not be read' : `${problems.length} role cards could not be read`}
      </summary>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.file}:${problem.line ?? ''}`}>
            <code>{problem.file}</code>
            {problem.line !== null && `, line ${problem.line}`}: {problem.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
