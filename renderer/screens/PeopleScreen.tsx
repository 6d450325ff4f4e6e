import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import type { PersonView } from '../../shared/projection/views.js';
import { PersonCard } from '../components/people/PersonCard.js';
import { PersonForm } from '../components/people/PersonForm.js';
import { RosterFilePanel } from '../components/people/RosterFilePanel.js';
import { SearchBox } from '../components/people/SearchBox.js';
import { personMatches } from '../components/people/search.js';
import { useHoldfast } from '../store/context.js';
import '../components/people/people.css';

/**
 * The roster: whom to call, found on this laptop with no network. Search
 * by name, team, phone, e-mail or chat handle; see who is on call; add,
 * change and delete people; bring a roster in from a spreadsheet or an
 * address book, and take it out as a spreadsheet.
 */
export function PeopleScreen() {
  const people = useHoldfast((state) => state.people);
  const id = useId();
  const [query, setQuery] = useState('');
  const [onCallOnly, setOnCallOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const wanted = useDeferredValue(query);

  const shown = useMemo(
    () => (people ?? []).filter((person) => (!onCallOnly || person.onCall) && personMatches(person, wanted)),
    [people, wanted, onCallOnly],
  );

  function doneAdding(saved: PersonView | null) {
    setAdding(false);
    // Someone just added is shown even if the search would have hidden them.
    if (saved && !personMatches(saved, query)) setQuery('');
    addButton.current?.focus();
  }

  return (
    <section className="roster-screen" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>People</h1>
      <p className="intro">Whom to call, and how. The roster is on every laptop in the room, so it is here when nothing else is.</p>
      <div className="roster-toolbar">
        <SearchBox
          id={`${id}-search`}
          label="Search people"
          hint="By name, team, phone, e-mail or chat handle. Escape clears."
          value={query}
          onChange={setQuery}
          inputRef={search}
        />
        <div className="checkbox-row">
          <input type="checkbox" id={`${id}-on-call`} checked={onCallOnly} onChange={(event) => setOnCallOnly(event.target.checked)} />
          <label htmlFor={`${id}-on-call`}>On call only</label>
        </div>
        <button ref={addButton} type="button" className="primary" aria-expanded={adding} onClick={() => setAdding(true)}>
          Add person
        </button>
      </div>
      {adding && <PersonForm onDone={doneAdding} />}
      {people === null ? (
        <p role="status">Loading the roster…</p>
      ) : (
        <>
          <p role="status" className="roster-count">
            {countLine(people, shown, wanted, onCallOnly)}
          </p>
          {shown.length > 0 && (
            <ul className="roster-list" aria-label="People">
              {shown.map((person) => (
                <PersonCard key={person.id} person={person} onDeleted={() => search.current?.focus()} />
              ))}
            </ul>
          )}
        </>
      )}
      <RosterFilePanel />
    </section>
  );
}

function countLine(people: readonly PersonView[], shown: readonly PersonView[], query: string, onCallOnly: boolean): string {
  if (people.length === 0) return 'Nobody is on the roster yet. Add people one by one, or import a spreadsheet or contact cards below.';
  const total = `${people.length} ${people.length === 1 ? 'person' : 'people'}`;
  const onCall = people.filter((person) => person.onCall).length;
  const asked = [query.trim() !== '' ? `“${query.trim()}”` : '', onCallOnly ? 'on call only' : ''].filter((part) => part !== '').join(', ');
  if (asked === '') return `${total}, ${onCall} on call.`;
  if (shown.length === 0) return `Nobody matches ${asked} (${total} on the roster).`;
  return `Showing ${shown.length} of ${total} (${asked}).`;
}
