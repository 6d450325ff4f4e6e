import type { PeopleImportSummary } from '../../../shared/api.js';

/** What an import did, in numbers, and every row or card it left out with its line. */
export function ImportSummary({ fileName, summary }: { readonly fileName: string; readonly summary: PeopleImportSummary }) {
  const { added, updated, unchanged, problems } = summary;
  return (
    <div className="import-summary">
      <p>
        <strong>{fileName}</strong>: {added} added, {updated} updated, {unchanged} unchanged
        {problems.length === 0 ? '.' : `, ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:`}
      </p>
      {problems.length > 0 && (
        <ul className="import-problems" aria-label={`Problems in ${fileName}`}>
          {problems.map((problem, index) => (
            <li key={`${problem.line}-${index}`}>
              line {problem.line}: {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
