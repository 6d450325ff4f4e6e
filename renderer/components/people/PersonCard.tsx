import { useEffect, useId, useRef, useState } from 'react';
import type { PersonView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { ContactDetails } from '../roles/ContactDetails.js';
import { ConfirmDelete } from './ConfirmDelete.js';
import { PersonForm } from './PersonForm.js';

type Mode = 'reading' | 'editing' | 'deleting';

/**
 * One person on the roster: on call or not, said in words; each way to
 * reach them as a link with a copy button; edit and delete in place. After
 * editing, the keyboard is back on the Edit button it left from.
 */
/** `onDeleted` says where the keyboard goes once the card is gone. */
export function PersonCard({ person, onDeleted }: { readonly person: PersonView; readonly onDeleted: () => void }) {
  const actions = useActions();
  const id = useId();
  const [mode, setMode] = useState<Mode>('reading');
  const [backFrom, setBackFrom] = useState<Mode | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (mode !== 'reading' || backFrom === null) return;
    (backFrom === 'deleting' ? deleteButton : editButton).current?.focus();
    setBackFrom(null);
  }, [mode, backFrom]);

  const back = () => {
    setBackFrom(mode);
    setMode('reading');
  };

  if (mode === 'editing') {
    return (
      <li className="person-card editing" aria-label={`Editing ${person.name}`}>
        <PersonForm person={person} onDone={back} />
      </li>
    );
  }

  return (
    <li className={`person-card${person.onCall ? ' on-call' : ''}`} aria-labelledby={`${id}-name`}>
      <div className="person-head">
        <h2 id={`${id}-name`} className="person-name">
          {person.name}
        </h2>
        {person.onCall && <span className="badge on-call-badge">On call</span>}
        {person.team !== '' && <span className="person-team">{person.team}</span>}
      </div>
      <ContactDetails who={person.name} contact={person} />
      {person.notes !== '' && <p className="person-notes">{person.notes}</p>}
      {mode === 'deleting' ? (
        <ConfirmDelete
          what={person.name}
          meaning="They leave the roster on every laptop in the room; roles they hold keep their name."
          onCancel={back}
          onConfirm={() =>
            void actions.deletePerson(person.id).then((result) => {
              if (result.ok) onDeleted();
              else back();
            })
          }
        />
      ) : (
        <div className="card-actions">
          <button ref={editButton} type="button" className="quiet" aria-label={`Edit ${person.name}`} onClick={() => setMode('editing')}>
            Edit
          </button>
          <button ref={deleteButton} type="button" className="quiet" aria-label={`Delete ${person.name}`} onClick={() => setMode('deleting')}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
