import { useState } from 'react';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { saveFile } from '../saveFile.js';
import { laptopZone } from './useActionList.js';

/** The list as a CSV file (docs/actions-csv.md), for a spreadsheet or a tracker. */
export function ExportActionsButton() {
  const actions = useActions();
  const [error, setError] = useState<string | null>(null);
  async function exportCsv() {
    setError(null);
    const result = await actions.exportActions(laptopZone());
    if (result.ok) saveFile(result.value.fileName, result.value.content, 'text/csv');
    else setError(result.error.message);
  }
  return (
    <div className="actions-export">
      <button type="button" onClick={() => void exportCsv()}>
        Export CSV
      </button>
      <FormAlert message={error} />
    </div>
  );
}
