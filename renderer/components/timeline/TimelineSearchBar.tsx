import { useId } from 'react';
import type { KeyboardEvent } from 'react';
import type { TimelineSearch } from './useTimelineSearch.js';

function resultsText(search: TimelineSearch): string {
  if (search.query.trim() === '') return '';
  if (search.matchIds.length === 0) return 'No matches';
  return `${search.position + 1} of ${search.matchIds.length} ${search.matchIds.length === 1 ? 'match' : 'matches'}`;
}

/**
 * Find in the timeline: Enter goes to the next result, Shift+Enter to the
 * previous one, Escape clears. The count is a live status, so a screen
 * reader hears it as results change.
 */
export function TimelineSearchBar({
  search,
  onGo,
}: {
  readonly search: TimelineSearch;
  /** Brings a result into view. */
  readonly onGo: (entryId: string) => void;
}) {
  const id = useId();
  const go = (step: 1 | -1) => {
    const entryId = search.move(step);
    if (entryId !== null) onGo(entryId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && search.query !== '') {
      event.preventDefault();
      search.setQuery('');
    }
  };
  const none = search.matchIds.length === 0;

  return (
    <div className="timeline-search" role="search" aria-label="Search this timeline">
      <label htmlFor={id}>Search timeline</label>
      <input
        id={id}
        type="search"
        value={search.query}
        onChange={(event) => search.setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      <span className="timeline-search-count" role="status">
        {resultsText(search)}
      </span>
      <button type="button" className="quiet" onClick={() => go(-1)} disabled={none} aria-label="Previous match" title="Previous match (Shift+Enter)">
        ↑
      </button>
      <button type="button" className="quiet" onClick={() => go(1)} disabled={none} aria-label="Next match" title="Next match (Enter)">
        ↓
      </button>
    </div>
  );
}
