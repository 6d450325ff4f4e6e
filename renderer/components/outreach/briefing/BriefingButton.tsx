import { useState } from 'react';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useActions, useHoldfast } from '../../../store/context.js';
import { ianaZoneOf, useClockSetting } from '../../../time/clockSetting.js';
import { saveFile } from '../../saveFile.js';
import './briefing.css';

/**
 * Saves the one-page briefing for management (one self-contained HTML file,
 * as the incident stands now) to mail or print when a director asks where
 * things are. It sits beside the post-mortem link in the incident's header,
 * and says what it saved, since a download can land unseen.
 */
export function BriefingButton({ incident }: { readonly incident: IncidentView }) {
  const actions = useActions();
  const showError = useHoldfast((state) => state.showError);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');

  async function saveBriefing() {
    if (busy) return;
    setBusy(true);
    setSaid('');
    // In the zone the person reads on screen, named on the page, as the other exports do.
    const result = await actions.exportBriefing(incident.id, ianaZoneOf(useClockSetting.getState().zone));
    setBusy(false);
    if (!result.ok) {
      showError(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.content, 'text/html');
    // Where the browser or the desktop's save dialog put it is not ours to know: the name is what a person looks for.
    setSaid(`Saved the briefing as ${result.value.fileName}, in your downloads unless you chose another folder.`);
  }

  return (
    <span className="briefing-control">
      <button type="button" onClick={() => void saveBriefing()} aria-busy={busy}>
        Briefing for management
      </button>
      <span role="status" className="briefing-said">
        {said}
      </span>
    </span>
  );
}
