import { useId, useRef, useState } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { EngagePartnerForm } from './EngagePartnerForm.js';
import { EngagementRow } from './EngagementRow.js';
import '../panels/side-panel.css';
import './roles.css';

/**
 * The partners engaged in this incident (DOMAIN.md, "rules for working with
 * partners"): at which level, since when, whom to call there. Those still
 * engaged come first; released ones stay listed, to engage again or to see
 * their history.
 */
export function PartnerPanel({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  const [engaging, setEngaging] = useState(false);
  const engageButton = useRef<HTMLButtonElement>(null);
  const ordered = [...incident.partners].sort((a, b) => Number(a.level === 'released') - Number(b.level === 'released'));

  return (
    <section className="side-panel role-panel partner-panel" aria-labelledby={`${id}-heading`}>
      <div className="side-panel-head">
        <h2 id={`${id}-heading`}>Partners</h2>
        <button ref={engageButton} type="button" className="quiet" aria-expanded={engaging} onClick={() => setEngaging(!engaging)}>
          Engage a partner
        </button>
      </div>
      {ordered.length === 0 ? (
        <p className="role-panel-empty">No partner engaged.</p>
      ) : (
        <ul className="role-list">
          {ordered.map((engagement) => (
            <EngagementRow key={engagement.partnerId} incidentId={incident.id} engagement={engagement} />
          ))}
        </ul>
      )}
      {engaging && (
        <EngagePartnerForm
          incident={incident}
          onClose={() => {
            setEngaging(false);
            engageButton.current?.focus();
          }}
        />
      )}
    </section>
  );
}
