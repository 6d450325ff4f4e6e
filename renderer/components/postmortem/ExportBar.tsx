import { useId, useState } from 'react';
import { POST_MORTEM_FORMATS, type PostMortemFile, type PostMortemFormat } from '../../../shared/api.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { FormAlert } from '../FormAlert.js';
import { saveFile } from '../saveFile.js';
import { hasPrevention } from './actionItemWords.js';
import { DRAFT_BEFORE, FORMAT_LABEL, FORMAT_USE, exportedSentence } from './exportWords.js';

/**
 * The post-mortem as a file: Markdown, HTML or JSON, saved as a download;
 * or printed (to paper or PDF) from the page itself. Exporting with no
 * action item that prevents a recurrence is allowed, and the warning says,
 * before and after, that the file is then a draft.
 */
export function ExportBar({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  const actions = useActions();
  const [busy, setBusy] = useState<PostMortemFormat | null>(null);
  const [saved, setSaved] = useState<{ readonly file: PostMortemFile; readonly format: PostMortemFormat } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const draft = !hasPrevention(incident.review.actions);

  async function exportAs(format: PostMortemFormat) {
    if (busy !== null) return;
    setBusy(format);
    setProblem(null);
    const result = await actions.exportPostMortem(incident.id, format);
    setBusy(null);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.content, result.value.mediaType);
    setSaved({ file: result.value, format });
  }

  return (
    <section className="postmortem-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Export
      </h2>
      {draft && (
        <p className="postmortem-warning" id={`${id}-draft`}>
          {DRAFT_BEFORE}
        </p>
      )}
      <div className="postmortem-export-buttons" role="group" aria-labelledby={`${id}-heading`}>
        {POST_MORTEM_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            aria-busy={busy === format}
            title={FORMAT_USE[format]}
            aria-describedby={draft ? `${id}-draft` : undefined}
            onClick={() => void exportAs(format)}
          >
            Export {FORMAT_LABEL[format]}
          </button>
        ))}
        <button type="button" onClick={() => window.print()} title="Prints this page; choose “Save as PDF” as the printer for a PDF.">
          Print / Save as PDF
        </button>
      </div>
      <div role="status" className="postmortem-export-said">
        {saved !== null && (
          <>
            <p>{exportedSentence(saved.file, saved.format)}</p>
            {saved.file.warnings.length > 0 && (
              <ul className="postmortem-export-warnings" aria-label="Before sending it">
                {saved.file.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <FormAlert message={problem} />
    </section>
  );
}
