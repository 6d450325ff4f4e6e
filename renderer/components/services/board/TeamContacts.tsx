import type { PersonView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { ContactDetails } from '../../roles/ContactDetails.js';
import { teamPeople } from './teamPeople.js';

/** Whom to call about a service: its owning team's people from the roster, on call first, each with phone and chat. */
export function TeamContacts({ team }: { readonly team: string }) {
  const people = useHoldfast((state) => state.people);
  if (team.trim() === '') return <p className="team-contacts-none">No owning team is named for it in the catalogue.</p>;
  const found: readonly PersonView[] = people === null ? [] : teamPeople(people, team);
  if (found.length === 0) return <p className="team-contacts-none">Nobody on the roster is in {team}.</p>;
  return (
    <ul className="team-contacts" aria-label={`People of ${team}`}>
      {found.map((person) => (
        <li key={person.id}>
          <span className="team-person">{person.name}</span>
          {person.onCall && <span className="badge on-call-badge">On call</span>}
          <ContactDetails who={person.name} contact={person} />
        </li>
      ))}
    </ul>
  );
}
