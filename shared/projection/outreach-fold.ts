/**
 * An incident's outreach, folded from its events in the agreed order: one
 * fold made of parts, each in its own file under outreach/ with its own
 * state, handlers and view (channels, audiences, deliveries, the call-out,
 * promises, briefs). The parts share only the timeline lines they write.
 * Outreach events are few beside the timeline's, so every event refolds the
 * incident's outreach whole, which is always what a rebuild gives.
 */
import type { EventType } from '../events.js';
import type { EventAbout, Handlers, PartHandlers } from './routes.js';
import { foldEvents } from './routes.js';
import type { OutreachView } from './outreach-views.js';
import type { TimelineEntryView } from './views.js';
import type { PartState } from './outreach/part-state.js';
import { audiencesHandlers, audiencesView, newAudiencesFolding } from './outreach/audiences-fold.js';
import { briefsHandlers, briefsView, newBriefsFolding } from './outreach/briefs-fold.js';
import { calloutHandlers, calloutView, newCalloutFolding } from './outreach/callout-fold.js';
import { channelsHandlers, channelsView, newChannelsFolding } from './outreach/channels-fold.js';
import { deliveriesHandlers, deliveriesView, newDeliveriesFolding } from './outreach/deliveries-fold.js';
import { newPromisesFolding, promisesHandlers, promisesView } from './outreach/promises-fold.js';

export interface FoldedOutreach {
  readonly view: OutreachView;
  readonly systemEntries: readonly TimelineEntryView[];
}

/** A part's handlers, each called with that part's state. */
function withState<Own, T extends EventType>(handlers: PartHandlers<PartState<Own>, T>, state: PartState<Own>): PartHandlers<null, T> {
  const bound: Record<string, (ignored: null, event: never) => void> = {};
  for (const [type, handle] of Object.entries(handlers) as [string, (state: PartState<Own>, event: never) => void][]) bound[type] = (_ignored, event) => handle(state, event);
  // Object.entries cannot keep each entry's own event type; the table's keys and handlers are the part's own.
  return bound as unknown as PartHandlers<null, T>;
}

export function foldOutreach(incidentId: string, events: readonly EventAbout<'outreach'>[]): FoldedOutreach {
  const systemEntries: TimelineEntryView[] = [];
  const part = <Own,>(own: Own): PartState<Own> => ({ incidentId, own, systemEntries });
  const channels = part(newChannelsFolding());
  const audiences = part(newAudiencesFolding());
  const deliveries = part(newDeliveriesFolding());
  const callout = part(newCalloutFolding());
  const promises = part(newPromisesFolding());
  const briefs = part(newBriefsFolding());
  const handlers = {
    ...withState(channelsHandlers, channels),
    ...withState(audiencesHandlers, audiences),
    ...withState(deliveriesHandlers, deliveries),
    ...withState(calloutHandlers, callout),
    ...withState(promisesHandlers, promises),
    ...withState(briefsHandlers, briefs),
  } satisfies Handlers<null, 'outreach'>;
  foldEvents(handlers, null, events);
  const view: OutreachView = {
    incidentId,
    channels: channelsView(channels.own),
    audiences: audiencesView(audiences.own),
    deliveries: deliveriesView(deliveries.own),
    callout: calloutView(callout.own),
    promises: promisesView(promises.own),
    briefs: briefsView(briefs.own),
  };
  return { view, systemEntries };
}

/** What an incident with no outreach yet shows. */
export function emptyOutreach(incidentId: string): OutreachView {
  return foldOutreach(incidentId, []).view;
}
