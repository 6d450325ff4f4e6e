import { useId } from 'react';
import type { RoomImportSummary } from '../../../shared/api.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { useFileTransfer } from '../forms/useFileTransfer.js';

/**
 * The whole war room as one file, for a USB stick when there is no network
 * at all, sealed with the room's secret: only a laptop in the same room can
 * import it. Out of a room both buttons stay, and the host's sentence says
 * to create or join one first. Importing is checked event by event exactly
 * as sync is, so a file imported twice adds nothing the second time.
 */
export function RoomFilePanel() {
  const actions = useActions();
  const roomName = useHoldfast((state) => state.room?.room?.name ?? null);
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
      // Sealed text of our own: a type no browser or desktop reinterprets or renames.
      'application/x-holdfast-room',
      ({ events, fileName }) => `Exported ${countOf(events, 'event')} to ${fileName}.`,
    );
  }

  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Room file</h2>
      <p className="hint">
        {roomName === null
          ? "Everything this laptop holds, in one file sealed with the room's secret. Create or join a room to export one, or to import a file from the room."
          : `Everything this laptop holds, in one file sealed with the secret of room "${roomName}": only a laptop in this room can import it. ` +
            'Carry it to one that cannot reach this laptop; every event in it is checked on import, as sync checks it.'}
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

