import type { SectionView } from '../../../shared/projection/postmortem-views.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/** Who wrote a section last, and when; or that nobody has. */
export function LastWritten({ id, section }: { readonly id: string; readonly section: SectionView | undefined }) {
  return (
    <p id={id} className="section-last-written">
      {section === undefined ? (
        'Not written yet.'
      ) : (
        <>
          Last written by {section.by} on <PostMortemMoment at={section.at} />
          {section.history.length > 1 ? ` (${section.history.length} versions)` : ''}.
        </>
      )}
    </p>
  );
}
