import type { RehearsedRole } from '../../../shared/checklists/rehearsed-roles.js';
import type { PersonView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { ContactDetails } from '../roles/ContactDetails.js';
import { PersonForm } from './PersonForm.js';
import { PersonRehearsals } from './PersonRehearsals.js';
import { RosterCard } from './RosterCard.js';

/**
 * One person on the roster: on call or not, said in words; each way to
 * reach them as a link with a copy button; edit and delete in place.
 * `onDeleted` says where the keyboard goes once the card is gone;
 * `rehearsals` are the roles they rehearsed in drills (null while loading).
 */
export function PersonCard({
  person,
  rehearsals = null,
  onDeleted,
}: {
  readonly person: PersonView;
  readonly rehearsals?: readonly RehearsedRole[] | null;
  readonly onDeleted: () => void;
}) {
  const actions = useActions();
  return (
    <RosterCard
      kind="person"
      name={person.name}
      restingClass={person.onCall ? 'on-call' : undefined}
      badges={
        <>
          {person.onCall && <span className="badge on-call-badge">On call</span>}
          {person.team !== '' && <span className="person-team">{person.team}</span>}
        </>
      }
      editForm={(onDone) => <PersonForm person={person} onDone={onDone} />}
      deleteMeaning="They leave the roster on every laptop in the room; roles they hold keep their name."
      onDelete={() => actions.deletePerson(person.id)}
      onDeleted={onDeleted}
    >
      <ContactDetails who={person.name} contact={person} />
      {person.notes !== '' && <p className="person-notes">{person.notes}</p>}
      <PersonRehearsals rehearsals={rehearsals} />
    </RosterCard>
  );
}
