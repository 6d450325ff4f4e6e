import { useState } from 'react';
import { useActions } from '../../../store/context.js';
import { ianaZoneOf, useClockSetting } from '../../../time/clockSetting.js';
import { saveFile } from '../../saveFile.js';

/** Saves the update's printable delivery sheet: one HTML file that prints on A4, for working through the list by hand. */
export function SaveDeliverySheet({ incidentId, updateId, onSaid }: { readonly incidentId: string; readonly updateId: string; readonly onSaid: (said: string) => void }) {
  const actions = useActions();
  const [busy, setBusy] = useState(false);

  async function save() {
    if (busy) return;
    setBusy(true);
    const result = await actions.exportDeliverySheet({ incidentId, updateId, zone: ianaZoneOf(useClockSetting.getState().zone) });
    setBusy(false);
    if (!result.ok) {
      onSaid(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.content, 'text/html');
    onSaid(`Saved the printable sheet as ${result.value.fileName}.`);
  }

  return (
    <button type="button" className="quiet" onClick={() => void save()} aria-busy={busy}>
      Save printable sheet
    </button>
  );
}
