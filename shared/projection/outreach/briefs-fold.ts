/**
 * The briefs part of an incident's outreach fold (../outreach-fold.ts):
 * shift briefs in the order written, each with the first acknowledgement in
 * the agreed order (two laptops acknowledging at once while cut off end with
 * the same one standing). Each writes one line on the timeline. A brief
 * written twice under one id keeps the first; nothing is judged by the clock.
 */
import { hlcWall } from '../../hlc.js';
import { BRIEF_HEADINGS } from '../../outreach/brief-draft.js';
import type { PartHandlers } from '../routes.js';
import { systemEntry } from '../system-entry.js';
import type { PartState } from './part-state.js';
import type { BriefSection, BriefView } from '../outreach-views.js';

export interface BriefsFolding {
  /** In the order written (the agreed order). */
  readonly briefs: Map<string, BriefView>;
  /** The first acknowledgement of each brief in the agreed order, kept even when its brief is not here yet. */
  readonly acknowledgements: Map<string, NonNullable<BriefView['acknowledged']>>;
}

export function newBriefsFolding(): BriefsFolding {
  return { briefs: new Map(), acknowledgements: new Map() };
}

function counted(sections: readonly BriefSection[], heading: string, one: string, many: string): string | null {
  const count = sections.filter((section) => section.heading === heading).reduce((sum, section) => sum + section.items.length, 0);
  return count === 0 ? null : `${count} ${count === 1 ? one : many}`;
}

/** "Shift brief for Coordinator from Ana to Bo: 3 steps open, 2 promises due". */
export function briefLine(brief: Pick<BriefView, 'roleName' | 'from' | 'to' | 'sections' | 'questions'>): string {
  const from = brief.from === null ? '' : ` from ${brief.from}`;
  const to = brief.to === null ? ', for whoever takes it next' : ` to ${brief.to}`;
  const facts = [
    counted(brief.sections, BRIEF_HEADINGS.steps, 'step open', 'steps open'),
    counted(brief.sections, BRIEF_HEADINGS.promises, 'promise due', 'promises due'),
    brief.questions.trim() === '' ? null : 'open questions',
  ].filter((fact) => fact !== null);
  return `Shift brief for ${brief.roleName}${from}${to}: ${facts.length === 0 ? 'nothing open' : facts.join(', ')}`;
}

export const briefsHandlers = {
  'brief.written': ({ own, incidentId, systemEntries }, event) => {
    const { briefId, roleId, roleName, from, to, hours, sections, questions } = event.payload;
    if (own.briefs.has(briefId)) return;
    const brief: BriefView = { id: briefId, roleId, roleName, from, to, hours, sections, questions, writtenAt: hlcWall(event.hlc), writtenBy: event.author, acknowledged: null };
    own.briefs.set(briefId, brief);
    systemEntries.push(systemEntry(event, incidentId, 'brief', briefLine(brief)));
  },
  'brief.acknowledged': ({ own, incidentId, systemEntries }, event) => {
    const { briefId, note } = event.payload;
    if (own.acknowledgements.has(briefId)) return;
    own.acknowledgements.set(briefId, { at: hlcWall(event.hlc), by: event.author, note });
    const roleName = own.briefs.get(briefId)?.roleName;
    const what = roleName === undefined ? 'a shift brief' : `the ${roleName} brief`;
    systemEntries.push(systemEntry(event, incidentId, 'brief', `${event.author} acknowledged ${what}${note === '' ? '' : `: ${note}`}`));
  },
} satisfies PartHandlers<PartState<BriefsFolding>, 'brief.written' | 'brief.acknowledged'>;

export function briefsView(folding: BriefsFolding): readonly BriefView[] {
  return [...folding.briefs.values()].map((brief) => ({ ...brief, acknowledged: folding.acknowledgements.get(brief.id) ?? null }));
}
