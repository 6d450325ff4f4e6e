import { entryMoment, type TimelineEntryView } from '../../../shared/projection/views.js';
import { KindBadge } from '../Badges.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/** One line of the post-mortem's timeline: when it happened, its kind, who, what; struck out as on the timeline. */
export function ChronologyEntry({ entry, starredBy }: { readonly entry: TimelineEntryView; readonly starredBy?: string }) {
  return (
    <li className={`chronology-entry${entry.struck ? ' struck' : ''}`}>
      <span className="chronology-time">
        <PostMortemMoment at={entryMoment(entry)} />
      </span>
      <KindBadge kind={entry.kind} />
      <span className="chronology-author">{entry.author}</span>
      <span className="chronology-text">{entry.struck ? <del>{entry.text}</del> : entry.text}</span>
      {entry.struck && <span className="chronology-struck">struck out by {entry.struckBy ?? 'someone'}{entry.struckReason ? `: ${entry.struckReason}` : ''}</span>}
      {starredBy !== undefined && <span className="chronology-starred">★ starred by {starredBy}</span>}
    </li>
  );
}
