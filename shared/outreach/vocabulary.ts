/**
 * The words of reaching people outside the room (issue 16): channels and
 * their state, recipients, deliveries, the call-out, promises. Synced in
 * events, so each list only ever grows.
 */

/** How a channel reaches people; what the outbox cuts an update's text to. */
export const CHANNEL_KINDS = ['email', 'sms', 'phone', 'chat', 'sheet', 'status-page', 'other'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** What a person found a channel to be, for this incident: the same freshness rule as a hand check. */
export const CHANNEL_STATES = ['working', 'failing', 'unknown'] as const;
export type ChannelState = (typeof CHANNEL_STATES)[number];

/**
 * Who is on an audience's list: someone on the roster, a roster team (its
 * people, as the roster has them when the update goes out), a partner (its
 * contacts), one partner contact, or an address typed in for this incident.
 */
export const RECIPIENT_KINDS = ['person', 'team', 'partner', 'partner-contact', 'other'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** What a person recorded of one recipient and one channel for one update. */
export const DELIVERY_OUTCOMES = ['delivered', 'failed'] as const;
export type DeliveryOutcome = (typeof DELIVERY_OUTCOMES)[number];

/** How far calling one person has got; "to call" is where everyone starts, and is no event. */
export const CALLOUT_STATES = ['called', 'reached', 'acknowledged', 'unreached'] as const;
export type CalloutState = (typeof CALLOUT_STATES)[number];

/** How a promise ended. */
export const PROMISE_OUTCOMES = ['kept', 'broken', 'withdrawn'] as const;
export type PromiseOutcome = (typeof PROMISE_OUTCOMES)[number];
