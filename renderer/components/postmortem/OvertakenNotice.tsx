import type { RefObject } from 'react';
import type { SectionView } from '../../../shared/projection/postmortem-views.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/**
 * Another laptop saved the section while this person was writing it: their
 * text stays in the field, the other version is shown here, and nothing is
 * replaced until they say so, having read it.
 */
export function OvertakenNotice({
  theirs,
  pending,
  saveMineButton,
  onSaveMine,
  onUseTheirs,
}: {
  readonly theirs: SectionView;
  readonly pending: boolean;
  /** For the editor to bring the keyboard here when Ctrl+Enter is pressed in the field. */
  readonly saveMineButton: RefObject<HTMLButtonElement | null>;
  readonly onSaveMine: () => void;
  readonly onUseTheirs: () => void;
}) {
  return (
    <div className="section-notice section-overtaken">
      <p role="alert">
        <strong>{theirs.by} saved this section while you were writing.</strong> Your text is still in the field; theirs, saved on{' '}
        <PostMortemMoment at={theirs.at} />, is:
      </p>
      <blockquote className="section-other-text">{theirs.text === '' ? <em>(emptied the section)</em> : theirs.text}</blockquote>
      <div className="form-actions">
        <button ref={saveMineButton} type="button" className="primary" aria-busy={pending} onClick={onSaveMine}>
          Save mine, replacing {theirs.by}’s
        </button>
        <button type="button" onClick={onUseTheirs}>
          Use {theirs.by}’s text instead of mine
        </button>
      </div>
    </div>
  );
}
