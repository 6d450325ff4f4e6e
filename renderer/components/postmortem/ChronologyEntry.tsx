import type { TimelineLine } from '../../../shared/postmortem/document.js';
import { KindBadge } from '../Badges.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/** One line of the post-mortem's timeline: when it happened, its kind, who, what, and who starred it as a key moment. */
export function ChronologyEntry({ line }: { readonly line: TimelineLine }) {
  return (
    <li className="chronology-entry">
      <span className="chronology-time">
        <PostMortemMoment at={line.at} />
      </span>
      <KindBadge kind={line.kind} />
      <span className="chronology-author">{line.author}</span>
      <span className="chronology-text">{line.text}</span>
      {line.starredBy !== null && <span className="chronology-starred">★ starred by {line.starredBy}</span>}
    </li>
  );
}
