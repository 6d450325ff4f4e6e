/**
 * Reaching people outside the room, per incident (issue 16): what each
 * channel was found to be, the audiences' lists, what was delivered to whom,
 * the call-out, promises and shift briefs. Plain data, folded from the
 * incident's outreach events (outreach-fold.ts); what depends on the clock
 * (a stale channel, a promise due, a brief unacknowledged) is judged when it
 * is read, never folded, as the service board's freshness is.
 */
import type { ChannelKind, ChannelState, CalloutState, DeliveryOutcome, PromiseOutcome, RecipientKind } from '../outreach/vocabulary.js';
import type { Severity } from '../severity.js';

/** Who recorded something and when (the event's stamp, ms since the epoch). */
export interface Recorded {
  readonly at: number;
  readonly by: string;
}

export interface ChannelMark extends Recorded {
  readonly state: ChannelState;
  readonly note: string;
}

/** A channel someone has marked in this incident: its latest mark in the agreed order, and every mark. */
export interface ChannelView {
  readonly channelId: string;
  readonly name: string;
  readonly kind: ChannelKind;
  /** As the latest mark copied it from the file. */
  readonly freshnessMs: number;
  readonly latest: ChannelMark;
  /** Oldest first. */
  readonly history: readonly ChannelMark[];
}

export interface RecipientView {
  readonly key: string;
  readonly kind: RecipientKind;
  readonly name: string;
  readonly personId: string | null;
  readonly partnerId: string | null;
  readonly team: string;
  readonly email: string;
  readonly phone: string;
  readonly chat: string;
  readonly addedAt: number;
  readonly addedBy: string;
}

/** One audience's list in this incident: the four built in, then those added, in the order added. */
export interface AudienceListView {
  readonly id: string;
  readonly name: string;
  readonly builtIn: boolean;
  /** In the order they were first added. */
  readonly recipients: readonly RecipientView[];
}

export interface DeliveryMark extends Recorded {
  readonly outcome: DeliveryOutcome;
  readonly note: string;
}

/** One update, one recipient, one channel: one record, however many laptops recorded it. */
export interface DeliveryView {
  readonly updateId: string;
  readonly recipientKey: string;
  readonly recipientName: string;
  readonly channelId: string;
  /** As the latest recording named it; its id when none did. */
  readonly channelName: string;
  /** The latest in the agreed order. */
  readonly latest: DeliveryMark;
  /** Oldest first. */
  readonly history: readonly DeliveryMark[];
}

export interface CalloutStep extends Recorded {
  readonly state: CalloutState;
  readonly note: string;
}

/** Someone on the call-out list: who they are and why, as drawn, and how far calling them has got. */
export interface CalleeView extends StandbyCallee {
  readonly listedAt: number;
  readonly listedBy: string;
  /** 'to call' until someone records a step. */
  readonly state: CalloutState | 'to call';
  /** When each first happened; null until it has. */
  readonly calledAt: number | null;
  readonly reachedAt: number | null;
  readonly acknowledgedAt: number | null;
  /** Who called them first. */
  readonly calledBy: string | null;
  /** Oldest first. */
  readonly steps: readonly CalloutStep[];
}

export interface CalloutView {
  /** The severity the list was drawn for (the first listing's). */
  readonly severity: Severity;
  readonly escalateAfterMs: number;
  readonly listedAt: number;
  readonly listedBy: string;
  /** By chain, then rank, then the order listed. */
  readonly callees: readonly CalleeView[];
  /** The later ranks of each chain as drawn, not on the list yet: offered when the one before is not reached in time. */
  readonly standby: readonly StandbyCallee[];
}

/** Someone the call-out file put later in a chain, with the numbers they had when the list was drawn. */
export interface StandbyCallee {
  readonly key: string;
  readonly name: string;
  readonly personId: string | null;
  readonly partnerId: string | null;
  readonly why: string;
  readonly chain: string;
  readonly rank: number;
  readonly phone: string;
  readonly email: string;
}

export interface PromiseDueChange extends Recorded {
  readonly from: number;
  readonly to: number;
  readonly reason: string;
}

export interface PromiseClose extends Recorded {
  readonly outcome: PromiseOutcome;
  readonly reason: string;
}

export interface PromiseView {
  readonly id: string;
  readonly what: string;
  readonly to: string;
  readonly madeBy: string;
  readonly dueAt: number;
  /** The update it was made in, when it was. */
  readonly updateId: string | null;
  readonly madeAt: number;
  /** Who typed it in. */
  readonly recordedBy: string;
  readonly status: 'open' | PromiseOutcome;
  /** The first close in the agreed order: how it ended. */
  readonly closed: PromiseClose | null;
  /**
   * Closes recorded after it, on laptops that had not heard of the first
   * (cut off at the time): kept so the room sees both words, oldest first.
   */
  readonly laterCloses: readonly PromiseClose[];
  /** Oldest first. */
  readonly dueChanges: readonly PromiseDueChange[];
}

export interface BriefSection {
  readonly heading: string;
  readonly items: readonly string[];
}

export interface BriefView {
  readonly id: string;
  readonly roleId: string;
  readonly roleName: string;
  readonly from: string | null;
  /** null: written going off shift, for whoever takes the role next. */
  readonly to: string | null;
  readonly hours: number;
  readonly sections: readonly BriefSection[];
  readonly questions: string;
  readonly writtenAt: number;
  readonly writtenBy: string;
  /** The first acknowledgement in the agreed order. */
  readonly acknowledged: (Recorded & { readonly note: string }) | null;
}

export interface OutreachView {
  readonly incidentId: string;
  /** The channels marked in this incident, in the order first marked. */
  readonly channels: readonly ChannelView[];
  readonly audiences: readonly AudienceListView[];
  /** By update, then in the order first recorded. */
  readonly deliveries: readonly DeliveryView[];
  /** null until anyone is put on the call-out list. */
  readonly callout: CalloutView | null;
  /** In the order made. */
  readonly promises: readonly PromiseView[];
  /** In the order written. */
  readonly briefs: readonly BriefView[];
}
