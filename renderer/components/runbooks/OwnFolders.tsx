import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { RunbookCatalogue } from '../../../shared/api.js';
import { useActions, useHoldfast } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { describedBy } from '../refusal.js';
import { useSubmission } from '../room/useSubmission.js';

/**
 * This laptop's own runbook folders, read beside the shipped runbooks: a
 * team keeps its runbooks where it edits them. The host checks each folder
 * and refuses one it cannot read, in a sentence shown beside the field.
 */
export function OwnFolders({ folders, onChanged }: { readonly folders: readonly string[]; readonly onChanged: (catalogue: RunbookCatalogue) => void }) {
  const actions = useActions();
  const showError = useHoldfast((state) => state.showError);
  const id = useId();
  const [folder, setFolder] = useState('');
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const { submit, pending, refusal, clearRefusal } = useSubmission();
  const errorId = `${id}-error`;

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (folder.trim() === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    void submit(
      () => actions.setRunbookFolders([...folders, folder.trim()]),
      (catalogue) => {
        setFolder('');
        onChanged(catalogue);
        field.current?.focus();
      },
      () => field.current?.focus(),
    );
  }

  async function remove(gone: string) {
    const result = await actions.setRunbookFolders(folders.filter((each) => each !== gone));
    if (result.ok) {
      onChanged(result.value);
      field.current?.focus();
    } else {
      showError(result.error.message);
    }
  }

  const message = missing && folder.trim() === '' ? 'Type the full path of a folder of runbooks.' : (refusal?.message ?? null);
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
        <div className="field grow">
          <label htmlFor={`${id}-folder`}>Folder (full path)</label>
          <input
            ref={field}
            id={`${id}-folder`}
            value={folder}
            onChange={(event) => {
              setFolder(event.target.value);
              setMissing(false);
              clearRefusal();
            }}
            placeholder="/home/you/runbooks"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={message !== null || undefined}
            aria-describedby={describedBy(message !== null && errorId)}
          />
        </div>
        <button type="submit" aria-busy={pending}>
          Add folder
        </button>
      </form>
      <FormAlert id={errorId} message={message} />
    </section>
  );
}
