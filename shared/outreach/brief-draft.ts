/**
 * A shift brief as Holdfast drafts it for a role, before the outgoing person
 * edits it and adds their open questions (drafted by draft-brief.ts).
 */
import type { BriefSection } from '../projection/outreach-views.js';

export interface BriefDraft {
  readonly incidentId: string;
  readonly roleId: string;
  readonly roleName: string;
  readonly holder: string | null;
  readonly hours: number;
  readonly sections: readonly BriefSection[];
}

/**
 * The headings Holdfast writes. The timeline line of a written brief counts
 * the lines under the first two, so they are kept as drafted (only the lines
 * under them are edited).
 */
export const BRIEF_HEADINGS = {
  steps: 'Steps open',
  promises: 'Promises open',
  services: 'Services not verified up',
  updates: 'Updates owed',
  partners: 'Partners engaged',
  vacant: 'Roles vacant',
  changes: 'What changed',
} as const;

/** "What changed in the last 4 hours": the heading carries the hours the person chose. */
export function changesHeading(hours: number): string {
  return `${BRIEF_HEADINGS.changes} in the last ${hours === 1 ? 'hour' : `${hours} hours`}`;
}
