import { useEffect, useId, useState } from 'react';
import { useHoldfast } from '../../store/context.js';
import { IncidentSearchResults } from './IncidentSearchResults.js';
import './search.css';

/** Typing pauses this long before the host is asked: one search per word, not per key. */
const SETTLE_MS = 250;

/**
 * Search every incident's timeline from the incident list: "what did we do
 * the last time db-3 lagged?". The host searches (this screen holds only the
 * open incident's timeline); Escape clears.
 */
export function IncidentSearch() {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  // Asked again as people write: what matched a minute ago is not all that matches now.
  const written = useHoldfast((state) => Object.values(state.incidents).reduce((sum, incident) => sum + incident.entryCount, 0));

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed.trim()), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  return (
    <div className="incident-search">
      <div role="search" aria-label="Search all incidents">
        <label htmlFor={id}>Search all timelines</label>
        <input
          id={id}
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && typed !== '') {
              event.preventDefault();
              setTyped('');
            }
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      {query !== '' && <IncidentSearchResults query={query} changedWhen={String(written)} />}
    </div>
  );
}
