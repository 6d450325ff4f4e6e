/**
 * What each event type is about. The projection keeps an event with the
 * other events about the same thing (one incident, one timeline entry, one
 * checklist, one roster record) and folds that thing again; the fold of
 * each subject has one handler per event type routed to it.
 *
 * Both tables are checked by the compiler: a new event type fails to
 * compile until it is routed here, and then until its subject's fold
 * handles it. Routing never looks at a payload's shape.
 */
import type { EventOf, EventType, KnownEvent } from '../events.js';

export type Subject = 'incident' | 'entry' | 'checklist' | 'board' | 'outreach' | 'person' | 'partner' | 'readiness' | 'room';

export const SUBJECT_OF = {
  'incident.declared': 'incident',
  'drill.stopped': 'incident',
  'incident.status_changed': 'incident',
  'incident.severity_changed': 'incident',
  'incident.public_impact_changed': 'incident',
  'role.added': 'incident',
  'role.assigned': 'incident',
  'role.vacated': 'incident',
  'partner.engagement_changed': 'incident',
  'status_update.published': 'incident',
  'incident.milestone_set': 'incident',
  // A star belongs to the incident: system entries have no events of their own.
  'timeline.starred': 'incident',
  'postmortem.section_written': 'incident',
  'postmortem.action_saved': 'incident',
  'postmortem.action_removed': 'incident',
  // After the incident (issue 17): items followed to done, categories, who took part in a drill.
  'action.status_changed': 'incident',
  'incident.categorised': 'incident',
  'drill.participants_recorded': 'incident',
  // A team's readiness answers belong to the room, not to an incident.
  'readiness.answered': 'readiness',
  'timeline.noted': 'entry',
  'timeline.edited': 'entry',
  'timeline.struck': 'entry',
  'timeline.restored': 'entry',
  'checklist.attached': 'checklist',
  'checklist.step_added': 'checklist',
  'step.status_changed': 'checklist',
  'step.assigned': 'checklist',
  'step.noted': 'checklist',
  'step.checked_by_hand': 'checklist',
  'step.confirmed': 'checklist',
  // An incident's service board: its scope and every hand check, folded together.
  'services.scoped': 'board',
  'service.unscoped': 'board',
  'service.checked': 'board',
  'service.confirmed': 'board',
  // Reaching people outside the room (issue 16): channels, lists, deliveries, the call-out, promises, shift briefs.
  'channel.marked': 'outreach',
  'audience.added': 'outreach',
  'audience.recipients_added': 'outreach',
  'audience.recipient_removed': 'outreach',
  'update.deliveries_recorded': 'outreach',
  'callout.listed': 'outreach',
  'callout.progressed': 'outreach',
  'promise.made': 'outreach',
  'promise.due_changed': 'outreach',
  'promise.closed': 'outreach',
  'brief.written': 'outreach',
  'brief.acknowledged': 'outreach',
  'person.saved': 'person',
  'person.deleted': 'person',
  'partner.saved': 'partner',
  'partner.deleted': 'partner',
  // The room's devices are the store's to keep (electron/store/device-removals.ts), not the projection's.
  'room.device_removed': 'room',
  'room.device_history_kept': 'room',
} as const satisfies Record<EventType, Subject>;

/** The event types routed to a subject. */
export type TypesAbout<S extends Subject> = { [T in EventType]: (typeof SUBJECT_OF)[T] extends S ? T : never }[EventType];

export type EventAbout<S extends Subject> = EventOf<TypesAbout<S>>;

/** An event with its subject, narrowed together: a switch on `subject` narrows `event`. */
export type RoutedEvent = { [S in Subject]: { readonly subject: S; readonly event: EventAbout<S> } }[Subject];

export function route(event: KnownEvent): RoutedEvent {
  // The table's type says the pair matches; the compiler cannot follow a lookup by a union key.
  return { subject: SUBJECT_OF[event.type], event } as RoutedEvent;
}

/** How one subject's fold takes in each of its event types. */
export type Handlers<State, S extends Subject> = HandlerTable<State, TypesAbout<S>>;

/** Handlers for some of a subject's types: one part of a fold made of parts (outreach-fold.ts). */
export type PartHandlers<State, T extends EventType> = HandlerTable<State, T>;

type HandlerTable<State, T extends EventType> = { readonly [P in T]: (state: State, event: EventOf<P>) => void };

/** Folds a subject's events, already in the agreed order, into its state. */
export function foldEvents<State, T extends EventType>(handlers: HandlerTable<State, T>, state: State, events: readonly EventOf<T>[]): void {
  for (const event of events) handlers[event.type](state, event);
}
