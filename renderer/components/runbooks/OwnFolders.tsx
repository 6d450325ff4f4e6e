import { useState } from 'react';
import type { FormEvent } from 'react';
import type { RunbookCatalogue } from '../../../shared/api.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { TextField } from '../forms/TextField.js';
import { useForm } from '../forms/useForm.js';

/**
 * This laptop's own runbook folders, read beside the shipped runbooks: a
 * team keeps its runbooks where it edits them. The host checks each folder
 * and refuses one it cannot read, in a sentence shown beside the field.
 */
export function OwnFolders({ folders, onChanged }: { readonly folders: readonly string[]; readonly onChanged: (catalogue: RunbookCatalogue) => void }) {
  const actions = useActions();
  const showError = useHoldfast((state) => state.showError);
  // The folders are sent as a list: a refusal names the one refused, the one typed here.
  const form = useForm('folders');
  const id = form.id;
  const [folder, setFolder] = useState('');

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (folder.trim() === '') return form.refuse('folders', 'Type the full path of a folder of runbooks.');
    form.submit(
      () => actions.setRunbookFolders([...folders, folder.trim()]),
      (catalogue) => {
        setFolder('');
        onChanged(catalogue);
        form.focus('folders');
      },
    );
  }

  async function remove(gone: string) {
    const result = await actions.setRunbookFolders(folders.filter((each) => each !== gone));
    if (result.ok) {
      onChanged(result.value);
      form.focus('folders');
    } else {
      showError(result.error.message);
    }
  }

  return (
    <section className="own-folders" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your runbook folders</h2>
      <p className="hint">Runbooks in these folders on this laptop are listed beside the shipped ones. runbooks/README.md describes the format.</p>
      {folders.length === 0 ? (
        <p className="own-folders-empty">No folders of your own yet.</p>
      ) : (
        <ul className="own-folder-list" aria-labelledby={`${id}-heading`}>
          {folders.map((each) => (
            <li key={each}>
              <code>{each}</code>
              <button type="button" className="quiet" aria-label={`Remove folder ${each}`} onClick={() => void remove(each)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="own-folder-form" onSubmit={add} noValidate aria-label="Add a runbook folder">
        <TextField
          form={form}
          name="folders"
          className="field grow"
          label="Folder (full path)"
          value={folder}
          onChange={(typed) => {
            setFolder(typed);
            form.clear();
          }}
          placeholder="/home/you/runbooks"
          spellCheck={false}
        />
        <button type="submit" aria-busy={form.pending}>
          Add folder
        </button>
      </form>
      <FormAlert id={form.errorId} message={form.message} />
    </section>
  );
}
