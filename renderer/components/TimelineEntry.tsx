import { memo, useEffect, useRef, useState } from 'react';
import type { Ref } from 'react';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import { useActions } from '../store/context.js';
import { KindBadge } from './Badges.js';
import { EntryEditor } from './EntryEditor.js';
import { EntryHistory } from './EntryHistory.js';
import { EntryTime } from './EntryTime.js';
import { KeyMomentMark, KeyMomentToggle } from './KeyMomentToggle.js';
import { StrikeForm } from './StrikeForm.js';
import { HighlightedText } from './timeline/HighlightedText.js';
import { isAutomatic } from './timeline/timelineFilter.js';

type Mode = 'reading' | 'editing' | 'striking';

interface Props {
  readonly entry: TimelineEntryView;
  readonly index: number;
  readonly total: number;
  readonly start: number;
  readonly measure: Ref<HTMLLIElement>;
  /** Starred as a key moment of the incident. */
  readonly starred: boolean;
  /** Tells the list to keep this row rendered while it holds a half-typed edit. */
  readonly onBusy: (entryId: string, busy: boolean) => void;
  /** The day this entry opens on the timeline ("Tuesday, December 6"), or null when it is not the first of its day. */
  readonly dayHeading: string | null;
  /** "3 new since you were last here", on the first of them; null elsewhere. */
  readonly newMarker: string | null;
  /** Words searched for, marked in the text; '' for none. */
  readonly query: string;
  /** The search result the reader is on. */
  readonly current: boolean;
}

const NAME_EXCERPT = 80;

function accessibleName(entry: TimelineEntryView, starred: boolean): string {
  const text = entry.text.length > NAME_EXCERPT ? `${entry.text.slice(0, NAME_EXCERPT)}…` : entry.text;
  return `${entry.kind} by ${entry.author}: ${text}${entry.struck ? ' (struck out)' : ''}${starred ? ' (key moment)' : ''}`;
}

/**
 * Every row in view would be drawn again for each new entry if the list's
 * size counted as a change: the list writes the new size onto the rows in
 * view itself (see TimelineList), and a row only draws again for its own.
 */
function sameRow(previous: Props, next: Props): boolean {
  for (const key of Object.keys(next) as (keyof Props)[]) {
    if (key !== 'total' && !Object.is(previous[key], next[key])) return false;
  }
  return true;
}

export const TimelineEntry = memo(function TimelineEntry({
  entry,
  index,
  total,
  start,
  measure,
  starred,
  onBusy,
  dayHeading,
  newMarker,
  query,
  current,
}: Props) {
  const actions = useActions();
  const [mode, setMode] = useState<Mode>('reading');
  const [historyOpen, setHistoryOpen] = useState(false);
  const controls = useRef<HTMLDivElement>(null);
  const previousMode = useRef(mode);
  const edited = entry.revisions.length > 1;
  const automatic = isAutomatic(entry);
  const automaticId = `automatic-${entry.id}`;

  useEffect(() => {
    if (mode === 'reading') return;
    onBusy(entry.id, true);
    return () => onBusy(entry.id, false);
  }, [mode, entry.id, onBusy]);

  // Back from editing or striking: return the keyboard to the entry's buttons.
  useEffect(() => {
    if (previousMode.current !== 'reading' && mode === 'reading') controls.current?.querySelector('button')?.focus();
    previousMode.current = mode;
  }, [mode]);

  const read = () => setMode('reading');

  return (
    <li
      ref={measure}
      data-index={index}
      data-entry-id={entry.id}
      data-testid={`entry-${entry.id}`}
      aria-label={accessibleName(entry, starred)}
      aria-posinset={index + 1}
      aria-setsize={total}
      aria-describedby={automatic ? automaticId : undefined}
      aria-current={current || undefined}
      tabIndex={-1}
      className={`entry kind-${entry.kind}${automatic ? ' system' : ''}${entry.struck ? ' struck' : ''}${starred ? ' starred' : ''}${current ? ' current' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
    >
      {/* Inside the first entry of a day (not a row of their own): the list stays one row per entry for the virtualiser and for screen readers counting entries. */}
      {dayHeading !== null && <h3 className="entry-day">{dayHeading}</h3>}
      {newMarker !== null && (
        <p className="entry-new-marker" data-new-marker="">
          {newMarker}
        </p>
      )}
      <div className="entry-body">
        <div className="entry-line">
          <EntryTime entry={entry} />
          <KindBadge kind={entry.kind} />
          <span className="entry-author">{entry.author}</span>
          {automatic && (
            <span id={automaticId} className="entry-automatic">
              automatic
            </span>
          )}
          {edited && <span className="entry-edited">edited</span>}
          {starred && <KeyMomentMark />}
        </div>
        {mode === 'editing' ? (
          <EntryEditor entry={entry} onDone={read} />
        ) : (
          <p className="entry-text">
            {entry.struck ? (
              <del>
                <HighlightedText text={entry.text} query={query} />
              </del>
            ) : (
              <HighlightedText text={entry.text} query={query} />
            )}
          </p>
        )}
        {entry.struck && (
          <p className="entry-struck-by">
            Struck out by {entry.struckBy ?? 'someone'}
            {entry.struckReason ? `: ${entry.struckReason}` : ''}
          </p>
        )}
        {mode === 'striking' && <StrikeForm entry={entry} onDone={read} />}
        {mode === 'reading' && (
          <div ref={controls} className="entry-controls">
            {entry.editable && !entry.struck && (
              <button type="button" className="quiet" onClick={() => setMode('editing')}>
                Edit
              </button>
            )}
            {/* One keyed button for both, so the keyboard stays on it when it flips. */}
            {entry.editable && (
              <button
                key="strike-or-restore"
                type="button"
                className="quiet"
                onClick={() =>
                  entry.struck
                    ? void actions.restoreEntry({ incidentId: entry.incidentId, entryId: entry.id })
                    : setMode('striking')
                }
              >
                {entry.struck ? 'Restore' : 'Strike out'}
              </button>
            )}
            {entry.editable && edited && (
              <button type="button" className="quiet" aria-expanded={historyOpen} onClick={() => setHistoryOpen(!historyOpen)}>
                History
              </button>
            )}
            {/* Last, so coming back from an edit puts the keyboard on Edit. A struck-out entry can lose its star, not gain one. */}
            {(!entry.struck || starred) && <KeyMomentToggle entry={entry} starred={starred} />}
          </div>
        )}
        {historyOpen && edited && <EntryHistory revisions={entry.revisions} />}
      </div>
    </li>
  );
}, sameRow);
