import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { rehearsalsOfPerson, type RehearsedRole } from '../../shared/checklists/rehearsed-roles.js';
import type { PersonView } from '../../shared/projection/views.js';
import { PersonCard } from '../components/people/PersonCard.js';
import { PersonForm } from '../components/people/PersonForm.js';
import { RosterFilePanel } from '../components/people/RosterFilePanel.js';
import { SearchBox } from '../components/people/SearchBox.js';
import { personMatches } from '../components/people/search.js';
import { passesRehearsalFilter, REHEARSAL_FILTERS, rehearsalFilterWords, type RehearsalFilter } from '../components/people/rehearsalFilter.js';
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
  const rehearsals = useHoldfast((state) => state.rehearsals);
  const [rehearsalFilter, setRehearsalFilter] = useState<RehearsalFilter>('anyone');
  const id = useId();
  const [query, setQuery] = useState('');
  const [onCallOnly, setOnCallOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const wanted = useDeferredValue(query);

  const rehearsedBy = useMemo(() => {
    const byPerson = new Map<string, RehearsedRole[]>();
    if (rehearsals !== null) for (const person of people ?? []) byPerson.set(person.id, rehearsalsOfPerson(person, rehearsals));
    return byPerson;
  }, [people, rehearsals]);

  const shown = useMemo(
    () =>
      (people ?? []).filter(
        (person) => (!onCallOnly || person.onCall) && personMatches(person, wanted) && passesRehearsalFilter(rehearsalFilter, rehearsedBy.get(person.id) ?? []),
      ),
    [people, wanted, onCallOnly, rehearsalFilter, rehearsedBy],
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
        <div className="rehearsal-filter">
          <label htmlFor={`${id}-rehearsed`}>Rehearsed in drills</label>
          <select id={`${id}-rehearsed`} value={rehearsalFilter} onChange={(event) => setRehearsalFilter(event.target.value as RehearsalFilter)}>
            {REHEARSAL_FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
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
            {countLine(people, shown, wanted, onCallOnly, rehearsalFilterWords(rehearsalFilter))}
          </p>
          {shown.length > 0 && (
            <ul className="roster-list" aria-label="People">
              {shown.map((person) => (
                <PersonCard key={person.id} person={person} rehearsals={rehearsedBy.get(person.id) ?? null} onDeleted={() => search.current?.focus()} />
              ))}
            </ul>
          )}
        </>
      )}
      <RosterFilePanel />
    </section>
  );
}

function countLine(people: readonly PersonView[], shown: readonly PersonView[], query: string, onCallOnly: boolean, rehearsal: string): string {
  if (people.length === 0) return 'Nobody is on the roster yet. Add people one by one, or import a spreadsheet or contact cards below.';
  const total = `${people.length} ${people.length === 1 ? 'person' : 'people'}`;
  const onCall = people.filter((person) => person.onCall).length;
  const asked = [query.trim() !== '' ? `“${query.trim()}”` : '', onCallOnly ? 'on call only' : '', rehearsal].filter((part) => part !== '').join(', ');
  if (asked === '') return `${total}, ${onCall} on call.`;
  if (shown.length === 0) return `Nobody matches ${asked} (${total} on the roster).`;
  return `Showing ${shown.length} of ${total} (${asked}).`;
}
