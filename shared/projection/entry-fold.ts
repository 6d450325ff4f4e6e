/**
 * Folding one timeline entry's events, already in the agreed order, into its
 * view: every revision kept, the last one shown, struck or restored by the
 * last word in that order.
 */
import type { EventOf } from '../events.js';
import { hlcWall } from '../hlc.js';
import { foldEvents, type EventAbout, type Handlers } from './routes.js';
import type { EntryRevision, TimelineEntryView } from './views.js';

/** The entry as its events are folded, one after another. */
interface EntryFolding {
  /** The first note in the agreed order: the one that counts. */
  readonly noted: EventOf<'timeline.noted'>;
  readonly revisions: EntryRevision[];
  struck: boolean;
  struckBy: string | null;
  struckReason: string | null;
}

const ENTRY_HANDLERS = {
  'timeline.noted': (state, event) => {
    if (event !== state.noted) return;
    state.revisions.push({ kind: event.payload.kind, text: event.payload.text, happenedAt: event.payload.happenedAt, by: event.author, at: hlcWall(event.hlc) });
  },
  'timeline.edited': (state, event) => {
    state.revisions.push({ kind: event.payload.kind, text: event.payload.text, happenedAt: event.payload.happenedAt, by: event.author, at: hlcWall(event.hlc) });
  },
  'timeline.struck': (state, event) => {
    state.struck = true;
    state.struckBy = event.author;
    state.struckReason = event.payload.reason || null;
  },
  'timeline.restored': (state) => {
    state.struck = false;
    state.struckBy = null;
    state.struckReason = null;
  },
} satisfies Handlers<EntryFolding, 'entry'>;

export function foldEntry(entryId: string, events: readonly EventAbout<'entry'>[]): TimelineEntryView | null {
  if (events.length === 1) {
    // Most entries are never edited or struck: their one note is the whole fold (a rebuild folds 100,000 of them).
    const only = events[0]!;
    return only.type === 'timeline.noted' ? notedOnly(entryId, only) : null;
  }
  const noted = events.find((event) => event.type === 'timeline.noted');
  if (!noted) return null;
  const incidentId = noted.payload.incidentId;
  const state: EntryFolding = { noted, revisions: [], struck: false, struckBy: null, struckReason: null };
  // An event naming another incident for this entry is not about it.
  foldEvents(
    ENTRY_HANDLERS,
    state,
    events.filter((event) => event.payload.incidentId === incidentId),
  );

  const current = state.revisions[state.revisions.length - 1]!;
  return {
    id: entryId,
    incidentId,
    kind: current.kind,
    text: current.text,
    author: noted.author,
    recordedAt: hlcWall(noted.hlc),
    happenedAt: current.happenedAt,
    hlc: noted.hlc,
    device: noted.device,
    struck: state.struck,
    struckBy: state.struckBy,
    struckReason: state.struckReason,
    revisions: state.revisions,
    editable: true,
  };
}

/** An entry of one note: what the handlers make of it, built directly. */
function notedOnly(entryId: string, noted: EventOf<'timeline.noted'>): TimelineEntryView {
  const { incidentId, kind, text, happenedAt } = noted.payload;
  const at = hlcWall(noted.hlc);
  return {
    id: entryId,
    incidentId,
    kind,
    text,
    author: noted.author,
    recordedAt: at,
    happenedAt,
    hlc: noted.hlc,
    device: noted.device,
    struck: false,
    struckBy: null,
    struckReason: null,
    revisions: [{ kind, text, happenedAt, by: noted.author, at }],
    editable: true,
  };
}
