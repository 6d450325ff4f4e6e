import { useState } from 'react';
import type { FormEvent } from 'react';
import type { EngagementLevel } from '../../../shared/people/engagement.js';
import type { IncidentView, PartnerView } from '../../../shared/projection/views.js';
import { hrefFor } from '../../navigation/route.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { closeOnEscape } from '../forms/closeOnEscape.js';
import { SubmitOrCancel } from '../forms/SubmitOrCancel.js';
import { Field } from '../forms/Field.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';
import { LevelChoice } from './LevelChoice.js';

const NO_PARTNERS: readonly PartnerView[] = [];
const STARTING_LEVELS: readonly EngagementLevel[] = ['information', 'resources', 'working-group'];

/** Bringing a partner from the partner list into the incident, at a level chosen with its meaning in view. */
export function EngagePartnerForm({ incident, onClose }: { readonly incident: IncidentView; readonly onClose: () => void }) {
  const actions = useActions();
  const partners = useHoldfast((state) => state.partners) ?? NO_PARTNERS;
  const form = useForm('reason');
  const engaged = new Set(incident.partners.filter((engagement) => engagement.level !== 'released').map((engagement) => engagement.partnerId));
  const available = partners.filter((partner) => !engaged.has(partner.id));
  const [pickedId, setPartnerId] = useState('');
  const [level, setLevel] = useState<EngagementLevel>('information');
  const [reason, setReason] = useState('');
  // The first partner until one is picked (the list may arrive after the form opens).
  const chosen = available.find((partner) => partner.id === pickedId) ?? available[0];
  const partnerId = chosen?.id ?? '';
  // Engaged before and released: coming back is a change of level, and the host asks why.
  const engagedBefore = incident.partners.some((engagement) => engagement.partnerId === partnerId);

  function engage(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return;
    form.submit(() => actions.engagePartner({ incidentId: incident.id, partnerId: chosen.id, level, reason }), onClose, undefined, onClose);
  }

  return (
    <form
      className="role-form engage-partner"
      onSubmit={engage}
      onKeyDown={closeOnEscape(onClose)}
      noValidate
      aria-label="Engage a partner"
    >
      {available.length === 0 ? (
        <p className="hint">
          {partners.length === 0 ? 'Nobody is on the partner list yet. ' : 'Every partner on the list is engaged already. '}
          <a href={hrefFor({ screen: 'partners' })}>Open the partner list</a> to add one.
        </p>
      ) : (
        <>
          <Field form={form} name="partnerId" label="Partner">
            {(control) => (
              <select {...control} value={partnerId} onChange={(event) => setPartnerId(event.target.value)} autoFocus>
                {available.map((partner) => (
                  <option key={partner.id} value={partner.id}>
                    {partner.name}
                    {partner.provides !== '' ? ` (${partner.provides})` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <LevelChoice legend="Level" levels={STARTING_LEVELS} value={level} onChange={setLevel} />
          <TextField
            form={form}
            name="reason"
            label={engagedBefore ? 'Reason for engaging them again' : 'Reason (optional)'}
            value={reason}
            onChange={setReason}
            required={engagedBefore}
          />
        </>
      )}
      <FormAlert id={form.errorId} message={form.message} />
      <SubmitOrCancel submit={available.length > 0 ? 'Engage' : null} pending={form.pending} onCancel={onClose} />
    </form>
  );
}
