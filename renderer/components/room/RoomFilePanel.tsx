import { useId } from 'react';
import type { RoomImportSummary } from '../../../shared/api.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { useFileTransfer } from '../forms/useFileTransfer.js';

/**
 * The whole war room as one file, for a USB stick when there is no network
 * at all. Importing is checked event by event exactly as sync is, so a file
 * imported twice adds nothing the second time.
 */
export function RoomFilePanel() {
  const actions = useActions();
  const id = useId();
  const { busy, said, problem, importChosen, exportFile } = useFileTransfer();

  async function importRoom(file: File, content: string) {
    const result = await actions.importRoom(content);
    if (!result.ok) return { problem: result.error.message };
    return { said: [`${file.name}: ${describeImport(result.value)}.`, ...result.value.warnings].join(' ') };
  }

  function exportRoom() {
    return exportFile(
      () => actions.exportRoom(),
      'application/x-ndjson',
      ({ events, fileName }) => `Exported ${countOf(events, 'event')} to ${fileName}.`,
    );
  }

  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Room file</h2>
      <p className="hint">
        Everything this laptop holds, in one file: carry it to a laptop that cannot reach this one. Every event in it is checked
        on import, as sync checks it.
      </p>
      <div className="room-file-actions">
        <button type="button" onClick={() => void exportRoom()}>
          Export room file
        </button>
        <div className="field">
          <label htmlFor={`${id}-import`}>Import room file</label>
          <input id={`${id}-import`} type="file" onChange={(event) => void importChosen(event, importRoom)} disabled={busy} aria-busy={busy} />
        </div>
      </div>
      <p role="status" className="room-file-said">
        {said}
      </p>
      <FormAlert message={problem} />
    </section>
  );
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "12 new events, 3 already held", and what was held back or refused if anything was. */
export function describeImport(summary: RoomImportSummary): string {
  const parts = [`${countOf(summary.added, 'new event')}`, `${summary.alreadyHeld} already held`];
  if (summary.heldBack > 0) parts.push(`${summary.heldBack} held back (stamped too far in the future)`);
  if (summary.refused > 0) parts.push(`${summary.refused} refused (from removed devices)`);
  return parts.join(', ');
}

