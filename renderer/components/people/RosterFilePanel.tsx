import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { PeopleImportSummary } from '../../../shared/api.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { ImportSummary } from './ImportSummary.js';
import { rosterFormatOf, type RosterFormatChoice } from '../../../shared/people/roster-format.js';
import { saveFile } from '../saveFile.js';
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
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ fileName: string; summary: PeopleImportSummary } | null>(null);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Emptied at once, so choosing the same file again imports it again.
    input.value = '';
    if (!file || busy) return;
    setBusy(true);
    setProblem(null);
    setOutcome(null);
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
    const result = await actions.importPeople({ content, format: rosterFormatOf(format, file.name, content) });
    setBusy(false);
    if (result.ok) {
      rosterSaved();
      setSaid(`Imported ${file.name}.`);
      setOutcome({ fileName: file.name, summary: result.value });
    } else {
      setSaid('');
      setProblem(`${file.name}: ${result.error.message}`);
    }
  }

  async function exportFile() {
    setProblem(null);
    const result = await actions.exportPeople();
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.content, 'text/csv;charset=utf-8');
    const count = result.value.people;
    setSaid(`Exported ${count} ${count === 1 ? 'person' : 'people'} to ${result.value.fileName}.`);
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
            onChange={(event) => void importFile(event)}
            disabled={busy}
            aria-busy={busy}
            aria-describedby={`${id}-hint`}
          />
        </div>
        <button type="button" onClick={() => void exportFile()}>
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
