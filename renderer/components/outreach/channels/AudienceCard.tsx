import { useId, useState } from 'react';
import { resolveRecipients } from '../../../../shared/outreach/resolve-recipients.js';
import type { ChannelKind } from '../../../../shared/outreach/vocabulary.js';
import type { AudienceListView, RecipientView } from '../../../../shared/projection/outreach-views.js';
import type { PartnerView, PersonView } from '../../../../shared/projection/views.js';
import { useActions } from '../../../store/context.js';
import { AddRecipientForm } from './AddRecipientForm.js';
import { RECIPIENT_KIND_WORD, addressLine, missingAddresses, unresolvedReason } from './recipientWords.js';

/** One audience's list: each entry, whom it reaches with their addresses, a button to take it off, and a way to add more. */
export function AudienceCard({
  incidentId,
  audience,
  people,
  partners,
  kinds,
}: {
  readonly incidentId: string;
  readonly audience: AudienceListView;
  readonly people: readonly PersonView[];
  readonly partners: readonly PartnerView[];
  readonly kinds: ReadonlySet<ChannelKind>;
}) {
  const headingId = useId();
  const reached = resolveRecipients(audience.recipients, people, partners);
  return (
    <article className="audience-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {audience.name}{' '}
        <span className="hint">
          ({audience.recipients.length === 0 ? 'nobody on the list yet' : `${reached.length === 1 ? 'one person' : `${reached.length} people`} to reach`})
        </span>
      </h3>
      {audience.recipients.length > 0 && (
        <ul className="recipient-list" aria-label={`Recipients of ${audience.name}`}>
          {audience.recipients.map((entry) => (
            <RecipientEntry key={entry.key} incidentId={incidentId} audience={audience} entry={entry} people={people} partners={partners} kinds={kinds} />
          ))}
        </ul>
      )}
      <AddRecipientForm incidentId={incidentId} audience={audience} people={people} partners={partners} />
    </article>
  );
}

function RecipientEntry({
  incidentId,
  audience,
  entry,
  people,
  partners,
  kinds,
}: {
  readonly incidentId: string;
  readonly audience: AudienceListView;
  readonly entry: RecipientView;
  readonly people: readonly PersonView[];
  readonly partners: readonly PartnerView[];
  readonly kinds: ReadonlySet<ChannelKind>;
}) {
  const actions = useActions();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const alertId = useId();
  const reached = resolveRecipients([entry], people, partners);
  const alone = entry.kind === 'person' || entry.kind === 'other';

  async function remove() {
    setPending(true);
    const result = await actions.removeRecipient({ incidentId, audienceId: audience.id, recipientKey: entry.key });
    setPending(false);
    setRefusal(result.ok || result.error.code === 'queued' ? null : result.error.message);
  }

  return (
    <li className="recipient-entry">
      <span className="recipient-kind">{RECIPIENT_KIND_WORD[entry.kind]}</span>
      <strong>{entry.name}</strong>
      <button type="button" aria-label={`Remove ${entry.name} from ${audience.name}`} aria-busy={pending} aria-describedby={refusal === null ? undefined : alertId} onClick={() => void remove()}>
        Remove
      </button>
      <ul className="resolved-list" aria-label={`Whom ${entry.name} reaches`}>
        {reached.map((person) => {
          const lacking = person.unresolved ? [] : missingAddresses(person, kinds);
          return (
            <li key={person.key}>
              {!alone && <>{person.name}: </>}
              {person.unresolved ? (
                <span className="no-address">⚠ {unresolvedReason(entry.kind)}</span>
              ) : (
                <>
                  {addressLine(person) === '' ? 'no address' : addressLine(person)}
                  {lacking.length > 0 && <span className="no-address"> ⚠ {lacking.join('; ')}</span>}
                </>
              )}
            </li>
          );
        })}
      </ul>
      {refusal !== null && (
        <p id={alertId} role="alert" className="alert">
          {refusal}
        </p>
      )}
    </li>
  );
}
