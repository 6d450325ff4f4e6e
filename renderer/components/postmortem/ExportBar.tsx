import { useId, useState } from 'react';
import { POST_MORTEM_FORMATS, type PostMortemFormat } from '../../../shared/api.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { useActions } from '../../store/context.js';
import { ianaZoneOf, useClockSetting } from '../../time/clockSetting.js';
import { FormAlert } from '../FormAlert.js';
import { saveFile } from '../saveFile.js';
import { PrintButton } from './PrintButton.js';
import { DRAFT_BEFORE, DRAFT_INCOMPLETE, FORMAT_LABEL, FORMAT_USE, exportedSentence } from './exportWords.js';

/**
 * The post-mortem as a file: Markdown, HTML or JSON, saved as a download;
 * or printed (to paper or PDF) from the page itself, see PrintButton. Exporting with no
 * action item that prevents a recurrence is allowed, and the warning says,
 * before and after, that the file is then a draft.
 */
export function ExportBar({ incident, draft }: { readonly incident: IncidentView; readonly draft: boolean }) {
  const id = useId();
  const actions = useActions();
  const [busy, setBusy] = useState<PostMortemFormat | null>(null);
  const [said, setSaid] = useState<{ readonly sentence: string; readonly warnings: readonly string[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function exportAs(format: PostMortemFormat) {
    if (busy !== null) return;
    setBusy(format);
    setProblem(null);
    setSaid(null);
    // The file's times in the zone the person reads on screen: UTC, or this laptop's zone, named in the file.
    const zone = ianaZoneOf(useClockSetting.getState().zone);
    const result = await actions.exportPostMortem(incident.id, format, zone);
    setBusy(null);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    saveFile(result.value.fileName, result.value.content, result.value.mediaType);
    setSaid({ sentence: exportedSentence(result.value, format), warnings: result.value.warnings });
  }

  return (
    <section className="postmortem-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Export
      </h2>
      {draft && (
        <p className="postmortem-warning" id={`${id}-draft`}>
          {incident.review.actions.some((action) => action.kind === 'prevent') ? DRAFT_INCOMPLETE : DRAFT_BEFORE}
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
        <PrintButton
          incident={incident}
          onSaid={(sentence) => {
            setProblem(null);
            setSaid({ sentence, warnings: [] });
          }}
          onProblem={(sentence) => {
            setSaid(null);
            setProblem(sentence);
          }}
        />
      </div>
      <div role="status" className="postmortem-export-said">
        {said !== null && (
          <>
            <p>{said.sentence}</p>
            {said.warnings.length > 0 && (
              <ul className="postmortem-export-warnings" aria-label="Before sending it">
                {said.warnings.map((warning) => (
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
