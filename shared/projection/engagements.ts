/**
 * The partners engaged in one incident and at which level, each change kept
 * with its reason (DOMAIN.md: information, resource mobilisation, working
 * group).
 */
import type { EventPayload } from '../events.js';
import { ENGAGEMENT_LABEL } from '../people/engagement.js';
import type { Stamp } from './role-book.js';
import type { EngagementChange, EngagementView } from './views.js';

interface EngagementState {
  partnerId: string;
  partnerName: string;
  level: EngagementView['level'];
  since: number;
  history: EngagementChange[];
}

export class Engagements {
  private readonly partners = new Map<string, EngagementState>();

  /** Returns the timeline text, or null when the level did not change. */
  change(payload: EventPayload<'partner.engagement_changed'>, stamp: Stamp): string | null {
    const current = this.partners.get(payload.partnerId);
    if (current?.level === payload.level) return null;
    const from = current?.level ?? null;
    const change: EngagementChange = { from, to: payload.level, reason: payload.reason, ...stamp };
    if (current) {
      current.level = payload.level;
      current.partnerName = payload.partnerName;
      current.since = stamp.at;
      current.history.push(change);
    } else {
      this.partners.set(payload.partnerId, {
        partnerId: payload.partnerId,
        partnerName: payload.partnerName,
        level: payload.level,
        since: stamp.at,
        history: [change],
      });
    }
    const why = payload.reason ? ` (${payload.reason})` : '';
    const to = ENGAGEMENT_LABEL[payload.level];
    return from === null ? `Partner ${payload.partnerName} engaged: ${to}${why}` : `Partner ${payload.partnerName}: ${ENGAGEMENT_LABEL[from]} → ${to}${why}`;
  }

  views(): EngagementView[] {
    return [...this.partners.values()]
      .map((state) => ({ ...state, history: [...state.history] }))
      .sort((a, b) => a.partnerName.localeCompare(b.partnerName, 'en') || (a.partnerId < b.partnerId ? -1 : 1));
  }
}
