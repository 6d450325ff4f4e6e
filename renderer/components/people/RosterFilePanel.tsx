import { useId, useState } from 'react';
import type { PeopleImportSummary } from '../../../shared/api.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { useFileTransfer } from '../forms/useFileTransfer.js';
import { fileAsBase64 } from './fileAsBase64.js';
import { ImportSummary } from './ImportSummary.js';
import { rosterFormatOf, type RosterFormatChoice } from '../../../shared/people/roster-format.js';
import { useRosterSaved } from './useRosterSaved.js';

/**
 * The roster to and from files: a spreadsheet (CSV) or an address book's
 * contact cards (vCard) in, CSV out, with the same columns so that an
 * export imports back as the same roster. The host reads the file; this
 * panel shows what it made of it, every left-out row named by its line.
 */
export function RosterFilePanel() {
  const actions = useActions();
  const rosterSaved = useRosterSaved();
  const id = useId();
  const [format, setFormat] = useState<RosterFormatChoice>('auto');
  const { busy, said, problem, importChosen, exportFile } = useFileTransfer();
  const [outcome, setOutcome] = useState<{ fileName: string; summary: PeopleImportSummary } | null>(null);

  async function importRoster(file: File, content: string) {
    const chosen = rosterFormatOf(format, file.name, content);
    let sent: { content: string; encoding?: 'base64' } = { content };
    if (chosen === 'vcard') {
      try {
        sent = { content: await fileAsBase64(file), encoding: 'base64' };
      } catch {
        return { problem: `Could not read ${file.name}: it may have been moved, or the stick pulled out.` };
      }
    }
    const result = await actions.importPeople({ ...sent, format: chosen });
    if (!result.ok) return { problem: `${file.name}: ${result.error.message}` };
    rosterSaved();
    setOutcome({ fileName: file.name, summary: result.value });
    return { said: `Imported ${file.name}.` };
  }

  function exportRoster() {
    return exportFile(
      () => actions.exportPeople(),
      'text/csv;charset=utf-8',
      ({ people, fileName }) => `Exported ${people} ${people === 1 ? 'person' : 'people'} to ${fileName}.`,
    );
  }

  return (
    <section className="roster-files" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Import and export</h2>
      <p className="hint" id={`${id}-hint`}>
        A CSV file whose first line names the columns (name, team, phone, email, chat, notes, on call), or contact cards (.vcf).
        Someone already here with the same e-mail address, or else the same name, is updated rather than added twice.
      </p>
      <div className="roster-file-actions">
        <div className="field">
          <label htmlFor={`${id}-format`}>File format</label>
          <select id={`${id}-format`} value={format} onChange={(event) => setFormat(event.target.value as RosterFormatChoice)}>
            <option value="auto">From the file name (.csv or .vcf)</option>
            <option value="csv">CSV</option>
            <option value="vcard">vCard</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-import`}>Import people from a file</label>
          <input
            id={`${id}-import`}
            type="file"
            accept=".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/vcard"
            onChange={(event) => void importChosen(event, importRoster, () => setOutcome(null))}
            disabled={busy}
            aria-busy={busy}
            aria-describedby={`${id}-hint`}
          />
        </div>
        <button type="button" onClick={() => void exportRoster()}>
          Export roster as CSV
        </button>
      </div>
      <p role="status" className="roster-file-said">
        {said}
      </p>
      <FormAlert message={problem} />
      {outcome && <ImportSummary fileName={outcome.fileName} summary={outcome.summary} />}
    </section>
  );
}
