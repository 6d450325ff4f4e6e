import { useId, useState, type FormEvent } from 'react';
import type { AudienceListView } from '../../../../shared/projection/outreach-views.js';
import type { PartnerView, PersonView } from '../../../../shared/projection/views.js';
import { useActions } from '../../../store/context.js';
import { FormAlert } from '../../FormAlert.js';
import { TextField } from '../../forms/TextField.js';
import { useForm } from '../../forms/useForm.js';
import { rosterMatches, type RecipientInput } from './rosterMatches.js';

/**
 * Adding to one audience's list: a search of the roster and the partners
 * (a person, a team, a partner with every contact, or one contact), each
 * match a button, or someone typed in with at least one way to reach them.
 * Closed until asked for: a list is read far more often than changed.
 */
export function AddRecipientForm({
  incidentId,
  audience,
  people,
  partners,
}: {
  readonly incidentId: string;
  readonly audience: AudienceListView;
  readonly people: readonly PersonView[];
  readonly partners: readonly PartnerView[];
}) {
  const actions = useActions();
  const searchForm = useForm('query');
  const otherForm = useForm('name');
  const [query, setQuery] = useState('');
  const [other, setOther] = useState({ name: '', email: '', phone: '', chat: '' });
  const [said, setSaid] = useState('');
  const matchesId = useId();
  const onList = new Set(audience.recipients.map((recipient) => recipient.key));
  const matches = rosterMatches(people, partners, query).filter((match) => !onList.has(match.key));

  function add(input: RecipientInput, label: string, form: typeof searchForm, done: () => void) {
    setSaid('');
    form.submit(
      () => actions.addRecipients({ incidentId, audienceId: audience.id, recipients: [input] }),
      () => {
        done();
        setSaid(`Added ${label} to ${audience.name}.`);
      },
      undefined,
      done,
    );
  }

  function searched(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Enter takes the first match, as the declare form's service picker does.
    const first = matches[0];
    if (query.trim() === '') searchForm.refuse('query', 'Type part of a name, a team or a partner to find them.');
    else if (!first) searchForm.refuse('query', `Nobody on the roster or the partner list matches “${query.trim()}”. To add an address, use “Someone else” below.`);
    else add(first.input, first.label, searchForm, () => setQuery(''));
  }

  function typedIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = other.name.trim();
    add({ kind: 'other', name, email: other.email.trim(), phone: other.phone.trim(), chat: other.chat.trim() }, name || 'them', otherForm, () => setOther({ name: '', email: '', phone: '', chat: '' }));
  }

  const set = (field: keyof typeof other) => (value: string) => setOther((held) => ({ ...held, [field]: value }));

  return (
    <details className="recipient-adding">
      <summary>Add people to {audience.name}</summary>
      <form className="recipient-add" aria-label={`Find someone to add to ${audience.name}`} onSubmit={searched} noValidate role="search">
        <TextField
          form={searchForm}
          name="query"
          label={`Find a person, team or partner for ${audience.name}`}
          hint="Part of a name, a team or a partner; Enter adds the first match."
          value={query}
          onChange={(value) => {
            setQuery(value);
            searchForm.clear();
          }}
          className="field grow"
        />
        <FormAlert id={searchForm.errorId} message={searchForm.message} />
        {matches.length > 0 && (
          <ul id={matchesId} className="roster-matches" aria-label={`Matches to add to ${audience.name}`}>
            {matches.map((match) => (
              <li key={match.key}>
                <button type="button" aria-label={`Add ${match.label} to ${audience.name}`} onClick={() => add(match.input, match.label, searchForm, () => setQuery(''))}>
                  + {match.label}
                </button>
              </li>
            ))}
          </ul>
        )}
      </form>
      <form className="recipient-add" aria-label={`Someone else for ${audience.name}`} onSubmit={typedIn} noValidate>
        <TextField form={otherForm} name="name" label="Someone else: name" value={other.name} onChange={set('name')} />
        <TextField form={otherForm} name="email" label="E-mail" type="email" value={other.email} onChange={set('email')} />
        <TextField form={otherForm} name="phone" label="Phone" type="tel" value={other.phone} onChange={set('phone')} />
        <TextField form={otherForm} name="chat" label="Chat handle" value={other.chat} onChange={set('chat')} />
        <button type="submit" aria-busy={otherForm.pending}>
          Add to {audience.name}
        </button>
        <FormAlert id={otherForm.errorId} message={otherForm.message} />
      </form>
      <p role="status" className="hint">
        {said}
      </p>
    </details>
  );
}
