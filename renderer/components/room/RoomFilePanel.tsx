import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { RoomImportSummary } from '../../../shared/api.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { saveFile } from '../saveFile.js';

/**
 * The whole war room as one file, for a USB stick when there is no network
 * at all. Importing is checked event by event exactly as sync is, so a file
 * imported twice adds nothing the second time.
 */
export function RoomFilePanel() {
  const actions = useActions();
  const id = useId();
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function exportFile() {
    setProblem(null);
    const result = await actions.exportRoom();
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.content, 'application/x-ndjson');
    setSaid(`Exported ${countOf(result.value.events, 'event')} to ${result.value.fileName}.`);
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Emptied at once, so choosing the same file again imports it again.
    input.value = '';
    if (!file || busy) return;
    setBusy(true);
    setProblem(null);
    setSaid(`Importing ${file.name}…`);
    let content: string;
    try {
      content = await file.text();
    } catch {
      setBusy(false);
      setSaid('');
      setProblem(`Could not read ${file.name}: it may have been moved, or the stick pulled out.`);
      return;
    }
    const result = await actions.importRoom(content);
    setBusy(false);
    if (result.ok) {
      setSaid([`${file.name}: ${describeImport(result.value)}.`, ...result.value.warnings].join(' '));
    } else {
      setSaid('');
      setProblem(result.error.message);
    }
  }

  return (
    <section className="room-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Room file</h2>
      <p className="hint">
        Everything this laptop holds, in one file: carry it to a laptop that cannot reach this one. Every event in it is checked
        on import, as sync checks it.
      </p>
      <div className="room-file-actions">
        <button type="button" onClick={() => void exportFile()}>
          Export room file
        </button>
        <div className="field">
          <label htmlFor={`${id}-import`}>Import room file</label>
          <input id={`${id}-import`} type="file" onChange={(event) => void importFile(event)} disabled={busy} aria-busy={busy} />
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

