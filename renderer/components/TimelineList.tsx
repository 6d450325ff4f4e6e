/**
 * The timeline, virtualised: a long night reaches ten thousand entries and
 * only the rows in view are in the DOM. Rows have their real height
 * measured (entries wrap, editors open), and the list is anchored to its
 * end: it follows new entries while the reader is at the bottom and holds
 * still, on the entry being read, when they have scrolled up. It stays
 * anchored when the list's own box shrinks, too (an error under the
 * composer, the offline banner): the newest entry must not slide out of view.
 */
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { entryMoment, type TimelineEntryView } from '../../shared/projection/views.js';
import { formatDayHeading } from '../time/format.js';
import { useNow } from '../time/useNow.js';
import { TimelineEntry } from './TimelineEntry.js';
import { opensDay } from './timeline/dayStarts.js';
import { useClockZone } from '../time/clockSetting.js';
import type { NewSince } from './timeline/lastSeen.js';

const ESTIMATED_ROW_PX = 72;
/** How close to the bottom still counts as "at the bottom" (a row's wobble, not a deliberate scroll). */
const AT_END_PX = 48;

const estimateSize = () => ESTIMATED_ROW_PX;

/** A request to bring an entry into view; a new `seq` asks again for the same entry (the next search result wraps round). */
export interface JumpRequest {
  readonly entryId: string;
  readonly seq: number;
  /** Move the keyboard to it too (a jump from a button); a search keeps the keyboard in its box. */
  readonly focus: boolean;
}

function newMarkerText(count: number): string {
  return `${count} new since you were last here`;
}

export function TimelineList({
  entries,
  starred,
  revealEntryId,
  newSince = null,
  query = '',
  currentEntryId = null,
  jump = null,
  viewKey = '',
}: {
  readonly entries: readonly TimelineEntryView[];
  /** The ids of the entries starred as key moments. */
  readonly starred: ReadonlySet<string>;
  /** An entry to bring into view once it is in the list: the one this person just added. */
  readonly revealEntryId: string | null;
  /** Where this person's unread entries begin, marked by a line. */
  readonly newSince?: NewSince | null;
  /** Words searched for, marked in every entry that holds them. */
  readonly query?: string;
  /** The search result the reader is on. */
  readonly currentEntryId?: string | null;
  readonly jump?: JumpRequest | null;
  /** Changes when a different set of entries is shown (a filter): the list then opens at its end again. */
  readonly viewKey?: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const now = useNow();
  const zone = useClockZone();
  // Days begin at another hour once the screen switches to UTC.
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());

  const markBusy = useCallback((entryId: string, isBusy: boolean) => {
    setBusy((current) => {
      if (current.has(entryId) === isBusy) return current;
      const next = new Set(current);
      if (isBusy) next.add(entryId);
      else next.delete(entryId);
      return next;
    });
  }, []);

  const busyIndexes = useMemo(
    () => [...busy].map((entryId) => entries.findIndex((entry) => entry.id === entryId)).filter((index) => index >= 0),
    [busy, entries],
  );

  // A row with an open editor stays rendered when scrolled away, so a half-typed edit is not lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const visible = defaultRangeExtractor(range);
      if (busyIndexes.length === 0) return visible;
      return [...new Set([...visible, ...busyIndexes])].sort((a, b) => a - b);
    },
    [busyIndexes],
  );

  // Stable between scrolls: a new key function makes the virtualizer re-measure all ten thousand rows.
  const keyOf = useCallback((index: number) => entries[index]?.id ?? index, [entries]);

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize,
    getItemKey: keyOf,
    rangeExtractor,
    overscan: 8,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: AT_END_PX,
  });

  // Open at the latest entry: that is where the incident is now.
  const openedAtEnd = useRef(false);
  useLayoutEffect(() => {
    if (openedAtEnd.current || entries.length === 0) return;
    openedAtEnd.current = true;
    virtualizer.scrollToIndex(entries.length - 1, { align: 'end' });
  }, [entries.length, virtualizer]);

  const shownView = useRef(viewKey);
  useLayoutEffect(() => {
    if (shownView.current === viewKey) return;
    shownView.current = viewKey;
    if (entries.length > 0) virtualizer.scrollToIndex(entries.length - 1, { align: 'end' });
  }, [viewKey, entries.length, virtualizer]);

  // Whether the reader is at the bottom, as of their last scroll: a shrinking box scrolls nothing, so it is still true then.
  const atEnd = useRef(true);
  const lastIndex = useRef(entries.length - 1);
  lastIndex.current = entries.length - 1;

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onScroll = () => {
      atEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight <= AT_END_PX;
    };
    // The box changed size (something above or below took or gave back room): keep the newest entry in view.
    let height = element.clientHeight;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight === height) return;
      height = element.clientHeight;
      if (atEnd.current && lastIndex.current >= 0) virtualizer.scrollToIndex(lastIndex.current, { align: 'end' });
    });
    element.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [virtualizer]);

  // Rows skip drawing when only the size changes (see TimelineEntry): the ones in view learn the new size here.
  useLayoutEffect(() => {
    const size = String(entries.length);
    for (const row of scroller.current?.querySelectorAll('li[aria-setsize]') ?? []) row.setAttribute('aria-setsize', size);
  }, [entries.length]);

  // Waits until the entry is in the list: the host's answer and its notice can come in either order.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (revealEntryId === null || revealed.current === revealEntryId) return;
    const index = entries.findIndex((entry) => entry.id === revealEntryId);
    if (index < 0) return;
    revealed.current = revealEntryId;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [revealEntryId, entries, virtualizer]);

  useEffect(() => {
    if (jump === null) return;
    const index = entries.findIndex((entry) => entry.id === jump.entryId);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
    if (!jump.focus) return;
    // The row is drawn a frame or two after the scroll: focus it once it is there.
    let frames = 0;
    let frame = requestAnimationFrame(function focusRow() {
      const row = scroller.current?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(jump.entryId)}"]`);
      if (row) row.focus({ preventScroll: true });
      else if (++frames < 30) frame = requestAnimationFrame(focusRow);
    });
    return () => cancelAnimationFrame(frame);
    // Only a new request jumps: entries arriving meanwhile must not pull the reader back.
  }, [jump]);

  return (
    <div ref={scroller} className="timeline-scroll" role="region" aria-label="Timeline" tabIndex={0}>
      {entries.length === 0 ? (
        <p className="timeline-empty">Nothing on the timeline yet.</p>
      ) : (
        <ol className="timeline-list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const entry = entries[row.index];
            if (!entry) return null;
            return (
              <TimelineEntry
                key={row.key}
                entry={entry}
                index={row.index}
                total={entries.length}
                start={row.start}
                measure={virtualizer.measureElement}
                starred={starred.has(entry.id)}
                onBusy={markBusy}
                dayHeading={opensDay(entries, row.index, zone) ? formatDayHeading(entryMoment(entry), now) : null}
                newMarker={newSince?.firstEntryId === entry.id ? newMarkerText(newSince.count) : null}
                query={query}
                current={currentEntryId === entry.id}
              />
            );
          })}
        </ol>
      )}
    </div>
  );
}
