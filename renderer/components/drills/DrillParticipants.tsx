import { useId, useState } from 'react';
import type { DrillView } from '../../../shared/projection/checklist-views.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { useFocusAfterClose } from '../forms/useFocusAfterClose.js';
import { DrillParticipantsForm } from './DrillParticipantsForm.js';

/**
 * Who took part in the drill and the roles they rehearsed: what the People
 * screen's "Last rehearsed" is built from. Recorded at any time, from the
 * drill's role holders or anyone on the roster.
 */
export function DrillParticipants({ incident, drill }: { readonly incident: IncidentView; readonly drill: DrillView }) {
  const id = useId();
  const [recording, setRecording] = useState(false);
  const { target: openButton, focusWhenBack } = useFocusAfterClose<HTMLButtonElement>();

  function close() {
    setRecording(false);
    focusWhenBack();
  }

  return (
    <section className="drill-participants" aria-labelledby={`${id}-heading`}>
      <div className="drill-participants-head">
        <h3 id={`${id}-heading`}>Who took part</h3>
        {!recording && (
          <button ref={openButton} type="button" className="quiet" aria-expanded={false} onClick={() => setRecording(true)}>
            Record who took part
          </button>
        )}
      </div>
      {drill.participants.length === 0 ? (
        <p className="drill-participants-none">Nobody is recorded as taking part yet.</p>
      ) : (
        <ul aria-label="Recorded as taking part">
          {drill.participants.map((participant) => (
            <li key={participant.personId ?? `name:${participant.name}`}>
              <strong dir="auto">{participant.name}</strong>: {participant.roles.length > 0 ? participant.roles.join(', ') : 'took part, no role named'}
            </li>
          ))}
        </ul>
      )}
      {recording && <DrillParticipantsForm incident={incident} drill={drill} onDone={close} onClose={close} />}
    </section>
  );
}
