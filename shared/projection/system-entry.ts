import type { SignedEvent } from '../events.js';
import { hlcWall } from '../hlc.js';
import type { SystemEntryKind, TimelineEntryView } from './views.js';

/** A timeline entry the log writes by itself for an event (a status change, a hand-over, a step done). */
export function systemEntry(event: SignedEvent, incidentId: string, kind: SystemEntryKind, text: string): TimelineEntryView {
  return {
    id: `sys-${event.hash.slice(0, 24)}`,
    incidentId,
    kind,
    text,
    author: event.author,
    recordedAt: hlcWall(event.hlc),
    happenedAt: null,
    hlc: event.hlc,
    device: event.device,
    struck: false,
    struckBy: null,
    struckReason: null,
    revisions: [],
    editable: false,
  };
}
