import { useState, type KeyboardEventHandler } from 'react';
import type { PersonView } from '../../../shared/projection/views.js';
import { useHoldfast } from '../../store/context.js';
import { TextField } from '../forms/TextField.js';
import type { Form } from '../forms/useForm.js';
import { personNamed, searchRoster } from '../roles/rosterSearch.js';
import './roster-person-field.css';

const NO_PEOPLE: readonly PersonView[] = [];

/**
 * A person typed or picked from the roster. Any name will do (the roster may
 * not have them: a contractor, someone from a partner); a name picked, or one
 * that is exactly one person's on the roster, links to their contacts.
 */
export function useRosterPick() {
  const people = useHoldfast((state) => state.people) ?? NO_PEOPLE;
  const [typed, setTyped] = useState('');
  const [picked, setPicked] = useState<PersonView | null>(null);
  // A pick holds while its name stands in the field and they are still on the roster; else the exact name links.
  const stillPicked = picked !== null && picked.name === typed && people.some((person) => person.id === picked.id) ? picked : null;
  const linked = stillPicked ?? personNamed(people, typed);
  return {
    people,
    typed,
    setTyped,
    linked,
    pick(person: PersonView) {
      setPicked(person);
      setTyped(person.name);
    },
  };
}

export type RosterPick = ReturnType<typeof useRosterPick>;

/**
 * The field and, below it, the people it may mean: whoever is on call first
 * while nothing is typed, since they are the ones to call.
 */
export function RosterPersonField({
  form,
  pick,
  name = 'person',
  label = 'Person',
  linkedNote = '',
  matchesShown,
  onPicked,
  autoFocus,
  onKeyDown,
}: {
  readonly form: Form;
  readonly pick: RosterPick;
  /** The call's parameter the name is sent as. */
  readonly name?: string;
  readonly label?: string;
  /** What linking to the roster brings, said after who was linked. */
  readonly linkedNote?: string;
  readonly matchesShown: number;
  /** After a person is picked: where the keyboard goes next. */
  readonly onPicked: () => void;
  readonly autoFocus?: boolean;
  /** Keys in the field before the form's own (Enter that adds to a list rather than sends). */
  readonly onKeyDown?: KeyboardEventHandler<HTMLInputElement | HTMLTextAreaElement>;
}) {
  const { people, typed, setTyped, linked } = pick;
  const matches = searchRoster(people, typed, matchesShown);
  const headingId = `${form.id}-${name}-matches`;
  return (
    <>
      <TextField
        form={form}
        name={name}
        label={label}
        value={typed}
        onChange={setTyped}
        spellCheck={false}
        hint={rosterHint(people, typed, linked, linkedNote)}
        autoFocus={autoFocus}
        onKeyDown={onKeyDown}
      />
      {matches.length > 0 && (
        <div className="roster-matches">
          <p id={headingId} className="label">
            {typed.trim() === '' ? 'From the roster, on call first' : 'Matching on the roster'}
          </p>
          <ul aria-labelledby={headingId}>
            {matches.map((person) => (
              <li key={person.id}>
                <button
                  type="button"
                  className="quiet"
                  aria-pressed={linked?.id === person.id}
                  onClick={() => {
                    pick.pick(person);
                    onPicked();
                  }}
                >
                  {person.name}
                  {(person.team !== '' || person.onCall) && (
                    <span className="person-meta">{[person.team, person.onCall ? 'on call' : ''].filter((part) => part !== '').join(', ')}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function rosterHint(people: readonly PersonView[], typed: string, linked: PersonView | null, linkedNote: string): string {
  if (linked) return `On the roster: ${linked.name}${linked.team ? ` (${linked.team})` : ''}.${linkedNote === '' ? '' : ` ${linkedNote}`}`;
  if (typed.trim() !== '') return 'Not on the roster: the name is recorded as typed.';
  return people.length === 0
    ? 'Type their name. (Nobody is on the roster yet: add people on the People screen.)'
    : 'Type to search the roster, or type any name.';
}
