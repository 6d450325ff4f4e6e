import { useState } from 'react';
import type { IncidentView } from '../../../shared/projection/views.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { ianaZoneOf, useClockSetting } from '../../time/clockSetting.js';
import { saveFile } from '../saveFile.js';

/**
 * Saves the static status page (one HTML file, from the latest update to
 * customers) to put wherever still works while the main status site is
 * down. A refusal (nothing public yet) shows in the app's alert.
 */
export function ExportStatusPage({ incident, onSaved }: { readonly incident: IncidentView; readonly onSaved: (said: string) => void }) {
  const actions = useActions();
  const showError = useHoldfast((state) => state.showError);
  const [busy, setBusy] = useState(false);

  async function exportPage() {
    if (busy) return;
    setBusy(true);
    // In the zone the person reads on screen, named on the page, as the post-mortem's export does.
    const result = await actions.exportStatusPage(incident.id, ianaZoneOf(useClockSetting.getState().zone));
    setBusy(false);
    if (!result.ok) {
      showError(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.content, 'text/html');
    onSaved(`Saved the status page as ${result.value.fileName}: one file that opens in any browser, even from a USB stick.`);
  }

  return (
    <button type="button" className="quiet" onClick={() => void exportPage()} aria-busy={busy}>
      Export status page
    </button>
  );
}
