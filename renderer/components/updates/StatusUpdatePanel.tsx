import { useId, useRef, useState } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { AUDIENCE_LABEL, type Audience } from '../../../shared/updates/audience.js';
import { DEFAULT_CADENCE_MINUTES } from '../../../shared/updates/cadence.js';
import type { ReporterKit } from '../../../shared/updates/status-template.js';
import type { HostResource } from '../../store/resources.js';
import { useHostResource } from '../../store/useHostResource.js';
import { ExportStatusPage } from './ExportStatusPage.js';
import { PublicImpact } from './PublicImpact.js';
import { SentUpdates } from './SentUpdates.js';
import { StatusComposer } from './StatusComposer.js';
import { UpdateDueNotice } from './UpdateDueNotice.js';
import '../panels/side-panel.css';
import './updates.css';

/**
 * The reporter's rhythm in the incident: when the next update is due (or how
 * late it is), the composer with the templates prepared in advance, the
 * static status page, and every update sent.
 */
export function StatusUpdatePanel({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  const { resource: kit, refetch: refetchKit } = useHostResource('getReporterKit', {});
  const [composing, setComposing] = useState(false);
  const [said, setSaid] = useState('');
  const writeButton = useRef<HTMLButtonElement>(null);

  function toggleComposer() {
    setSaid('');
    // The templates are files a person may have just edited: read afresh each time the composer opens.
    if (!composing) refetchKit();
    setComposing(!composing);
  }

  function closeComposer() {
    setComposing(false);
    writeButton.current?.focus();
  }

  function published(audience: Audience) {
    closeComposer();
    setSaid(`Published to ${AUDIENCE_LABEL[audience]}; it is on the timeline.`);
  }

  return (
    <section className="side-panel updates-panel" aria-labelledby={`${id}-heading`}>
      <div className="side-panel-head">
        <h2 id={`${id}-heading`}>Status updates</h2>
        <div className="updates-panel-actions">
          <button ref={writeButton} type="button" className="primary" aria-expanded={composing} onClick={toggleComposer}>
            Write an update
          </button>
          <ExportStatusPage incident={incident} onSaved={setSaid} />
        </div>
      </div>
      <UpdateDueNotice incident={incident} />
      <PublicImpact incident={incident} />
      {composing &&
        (kit.state === 'loading' ? (
          <p role="status">Loading the templates…</p>
        ) : (
          <StatusComposer incident={incident} kit={kitOrNone(kit)} onPublished={published} onClose={closeComposer} />
        ))}
      <p role="status" className="update-said">
        {said}
      </p>
      <SentUpdates incident={incident} />
    </section>
  );
}

/** With no templates to be had, the reporter can still write an update by hand. */
function kitOrNone(kit: Exclude<HostResource<ReporterKit>, { state: 'loading' }>): ReporterKit {
  if (kit.state === 'loaded') return kit.value;
  return {
    templates: [],
    cadenceMinutes: DEFAULT_CADENCE_MINUTES,
    problems: [{ file: 'runbooks/status-updates', line: null, message: `The templates could not be loaded: ${kit.message}` }],
  };
}
