/**
 * A shift brief as Holdfast drafts it for a role, before the outgoing person
 * edits it and adds their open questions. CONTRACT (issue 16): the briefs
 * work fills in the drafting.
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
