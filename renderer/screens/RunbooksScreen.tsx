import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { RunbookSummary } from '../../shared/api.js';
import { SearchBox } from '../components/people/SearchBox.js';
import { OwnFolders } from '../components/runbooks/OwnFolders.js';
import { RunbookCard } from '../components/runbooks/RunbookCard.js';
import { FileProblems } from '../components/runbooks/FileProblems.js';
import { filterRunbooks } from '../components/runbooks/librarySearch.js';
import { useRunbookCatalogue } from '../components/runbooks/useRunbookLibrary.js';
import '../components/people/people.css';
import '../components/runbooks/runbooks.css';

/**
 * The runbook library: what to restore, in which order and how, prepared
 * before the outage. Each runbook with its target and when it was last
 * rehearsed (a stale one is flagged), the files that could not be loaded,
 * and this laptop's own folders.
 */
export function RunbooksScreen() {
  const id = useId();
  const { resource: loaded, replace } = useRunbookCatalogue();
  const [query, setQuery] = useState('');
  const [staleOnly, setStaleOnly] = useState(false);
  const wanted = useDeferredValue(query);
  const runbooks = loaded.state === 'loaded' ? loaded.value.runbooks : null;
  const shown = useMemo(() => (runbooks === null ? [] : filterRunbooks(runbooks, wanted, staleOnly)), [runbooks, wanted, staleOnly]);

  return (
    <section className="runbooks-screen" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>Runbooks</h1>
      <p className="intro">Recovery plans prepared in advance, and how each fared when rehearsed. A plan not rehearsed for 90 days is flagged: plans that are not tested go stale.</p>
      <div className="roster-toolbar">
        <SearchBox id={`${id}-search`} label="Search runbooks" hint="By title, service, role or tag. Escape clears." value={query} onChange={setQuery} />
        <div className="checkbox-row">
          <input type="checkbox" id={`${id}-stale`} checked={staleOnly} onChange={(event) => setStaleOnly(event.target.checked)} />
          <label htmlFor={`${id}-stale`}>Stale only</label>
        </div>
      </div>
      {loaded.state === 'loading' && <p role="status">Loading the runbooks…</p>}
      {loaded.state === 'failed' && (
        <p role="alert" className="alert">
          {loaded.message}
        </p>
      )}
      {runbooks !== null && (
        <>
          <p role="status" className="roster-count">
            {countLine(runbooks, shown, wanted, staleOnly)}
          </p>
          {shown.length > 0 && (
            <ul className="runbook-list" aria-label="Runbooks">
              {shown.map((runbook) => (
                <RunbookCard key={runbook.id} runbook={runbook} />
              ))}
            </ul>
          )}
        </>
      )}
      {loaded.state === 'loaded' && (
        <>
          <FileProblems problems={loaded.value.problems} headingId={`${id}-problems`} heading="Runbooks that could not be loaded" rest="every other runbook loaded" />
          <OwnFolders folders={loaded.value.ownFolders} onChanged={replace} />
        </>
      )}
    </section>
  );
}

function countLine(runbooks: readonly RunbookSummary[], shown: readonly RunbookSummary[], query: string, staleOnly: boolean): string {
  if (runbooks.length === 0) return 'No runbooks loaded. Add a folder of your own below.';
  const stale = runbooks.filter((runbook) => runbook.stale).length;
  const total = `${runbooks.length} ${runbooks.length === 1 ? 'runbook' : 'runbooks'}`;
  const asked = [query.trim() !== '' ? `“${query.trim()}”` : '', staleOnly ? 'stale only' : ''].filter((part) => part !== '').join(', ');
  if (asked === '') return `${total}, ${stale} stale.`;
  if (shown.length === 0) return `No runbook matches ${asked} (${total} in the library).`;
  return `Showing ${shown.length} of ${total} (${asked}).`;
}
