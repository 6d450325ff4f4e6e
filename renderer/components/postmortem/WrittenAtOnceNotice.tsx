import type { SectionRevision } from '../../../shared/projection/postmortem-views.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/**
 * Versions of the section written at the same time as the one shown (each
 * replaced the same text, on laptops that had not heard of the other): not
 * shown above, so named here with their text until someone writes the
 * section again having read them.
 */
export function WrittenAtOnceNotice({
  versions,
  onAddToField,
}: {
  readonly versions: readonly SectionRevision[];
  /** Puts a version's text at the end of the field, to merge it into the next save. */
  readonly onAddToField: (text: string) => void;
}) {
  if (versions.length === 0) return null;
  return (
    <div className="section-notice section-written-at-once" role="note" aria-label="Written at the same time">
      <p>
        <strong>Written at the same time</strong>, and not shown in the field: save the section again once it says what each meant.
      </p>
      <ul>
        {versions.map((version) => (
          <li key={`${version.by}-${version.at}`}>
            <p className="section-other-by">
              {version.by}, on <PostMortemMoment at={version.at} />:
            </p>
            <blockquote className="section-other-text">{version.text === '' ? <em>(emptied the section)</em> : version.text}</blockquote>
            <button type="button" className="quiet" onClick={() => onAddToField(version.text)}>
              Add {version.by}’s text to the field
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
