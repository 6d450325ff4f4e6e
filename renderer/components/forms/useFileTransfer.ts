import { useState } from 'react';
import type { ChangeEvent } from 'react';
import type { Result } from '../../../shared/result.js';
import { saveFile } from '../saveFile.js';

/** What a panel makes of an imported file: a sentence for the status line, or the problem. */
export type ImportOutcome = { readonly said: string } | { readonly problem: string };

/**
 * A panel that takes a file in and gives one out (the roster, the whole
 * room): one import at a time, the file read here and its text handed to
 * the host, and a status line that says what happened.
 */
export function useFileTransfer() {
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  /** Imports the file chosen in a file input; `onStart` clears what the last import showed. */
  async function importChosen(
    event: ChangeEvent<HTMLInputElement>,
    load: (file: File, content: string) => Promise<ImportOutcome>,
    onStart?: () => void,
  ) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Emptied at once, so choosing the same file again imports it again.
    input.value = '';
    if (!file || busy) return;
    setBusy(true);
    setProblem(null);
    onStart?.();
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
    const outcome = await load(file, content);
    setBusy(false);
    if ('said' in outcome) {
      setSaid(outcome.said);
    } else {
      setSaid('');
      setProblem(outcome.problem);
    }
  }

  /** Saves what the host wrote as a download, and says what went into it. */
  async function exportFile<T extends { readonly fileName: string; readonly content: string }>(
    call: () => Promise<Result<T>>,
    type: string,
    saying: (value: T) => string,
  ) {
    setProblem(null);
    const result = await call();
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.content, type);
    setSaid(saying(result.value));
  }

  return { busy, said, problem, importChosen, exportFile };
}
