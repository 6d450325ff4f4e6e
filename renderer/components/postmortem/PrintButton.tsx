import { useState } from 'react';
import { postMortemFileName } from '../../../shared/postmortem/file-name.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { desktopPrinting } from '../../api/desktopPrinting.js';

/**
 * Prints the post-mortem as this page lays it out for print. The desktop
 * app saves it as a PDF where the person chooses; a browser opens its own
 * print dialog, where "Save as PDF" is one of the printers.
 */
export function PrintButton({
  incident,
  onSaid,
  onProblem,
}: {
  readonly incident: IncidentView;
  readonly onSaid: (sentence: string) => void;
  readonly onProblem: (sentence: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const desktop = desktopPrinting();

  async function print() {
    if (desktop === null) {
      window.print();
      return;
    }
    if (busy) return;
    setBusy(true);
    // Named as the exports are, so the PDF sits beside them in a folder.
    const result = await desktop.printToPdf(postMortemFileName(incident, 'pdf'));
    setBusy(false);
    if (!result.ok) onProblem(result.error.message);
    else if (result.value !== null) onSaid(`Saved the post-mortem as a PDF: ${result.value.file}.`);
  }

  return (
    <button
      type="button"
      aria-busy={busy}
      onClick={() => void print()}
      title={desktop === null ? 'Prints this page; choose “Save as PDF” as the printer for a PDF.' : 'Saves this page as a PDF file.'}
    >
      Print / Save as PDF
    </button>
  );
}
