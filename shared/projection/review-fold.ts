/**
 * The post-mortem people write, folded: key moments (the last star or
 * unstar of an entry wins), sections (each its own register, so writing one
 * never touches another) and action items (each saved whole).
 */
import type { EventPayload } from '../events.js';
import { REVIEW_SECTIONS, type ReviewSection } from '../postmortem/review.js';
import type { ActionChange, ActionItemView, KeyMoment, ReviewView, SectionRevision, SectionView } from './postmortem-views.js';

interface Stamp {
  readonly at: number;
  readonly by: string;
  /** The event's hlc: a section version's revision. */
  readonly hlc: string;
}

interface Written extends SectionRevision {
  readonly revision: string;
  readonly replaces: string | null;
}

export class ReviewBook {
  private readonly stars = new Map<string, KeyMoment | null>();
  private readonly written = new Map<ReviewSection, Written[]>();
  private readonly actions = new Map<string, Omit<ActionItemView, 'status' | 'statusReason' | 'history'> | null>();
  /** Each item's saves and status changes in the agreed order, kept apart: a status change may sort before its item's first save. */
  private readonly actionChanges = new Map<string, ActionChange[]>();

  star(payload: EventPayload<'timeline.starred'>, stamp: Stamp): void {
    // Re-inserted so the order is that of the latest starring.
    this.stars.delete(payload.starredEntryId);
    this.stars.set(payload.starredEntryId, payload.starred ? { entryId: payload.starredEntryId, by: stamp.by, at: stamp.at } : null);
  }

  write(payload: EventPayload<'postmortem.section_written'>, stamp: Stamp): void {
    const list = this.written.get(payload.section) ?? [];
    list.push({ text: payload.text, by: stamp.by, at: stamp.at, revision: stamp.hlc, replaces: payload.replaces });
    this.written.set(payload.section, list);
  }

  saveAction(payload: EventPayload<'postmortem.action_saved'>, stamp: Stamp): void {
    const { actionId, what, owner, ownerPersonId, due, kind } = payload;
    // A removed item stays removed: an edit made at once on another laptop does not bring it back.
    if (this.actions.has(actionId) && this.actions.get(actionId) === null) return;
    this.actions.set(actionId, { id: actionId, what, owner, ownerPersonId, due, kind, by: stamp.by, at: stamp.at });
    this.changesOf(actionId).push({ change: 'saved', what, owner, due, kind, by: stamp.by, at: stamp.at });
  }

  changeActionStatus(payload: EventPayload<'action.status_changed'>, stamp: Stamp): void {
    this.changesOf(payload.actionId).push({ change: 'status', status: payload.status, reason: payload.reason, by: stamp.by, at: stamp.at });
  }

  private changesOf(actionId: string): ActionChange[] {
    let changes = this.actionChanges.get(actionId);
    if (!changes) this.actionChanges.set(actionId, (changes = []));
    return changes;
  }

  removeAction(payload: EventPayload<'postmortem.action_removed'>): void {
    this.actions.set(payload.actionId, null);
  }

  keyMoments(): KeyMoment[] {
    return [...this.stars.values()].filter((moment): moment is KeyMoment => moment !== null);
  }

  view(): ReviewView {
    const sections: Partial<Record<ReviewSection, SectionView>> = {};
    for (const section of REVIEW_SECTIONS) {
      const versions = this.written.get(section);
      if (versions) sections[section] = sectionView(versions);
    }
    const actions: ActionItemView[] = [];
    for (const action of this.actions.values()) {
      if (action === null) continue;
      const history = this.actionChanges.get(action.id) ?? [];
      let status: ActionItemView['status'] = 'open';
      let statusReason = '';
      for (const change of history) if (change.change === 'status') ({ status, reason: statusReason } = change);
      actions.push({ ...action, status, statusReason, history });
    }
    return { sections, actions };
  }
}

/**
 * The last version in the agreed order is shown. Any other version stamped
 * after the one its writer replaced was never seen by that writer (written
 * at the same moment on another laptop): it is named, so it is not lost
 * unseen, until someone writes the section again having read it.
 */
function sectionView(versions: readonly Written[]): SectionView {
  const current = versions[versions.length - 1]!;
  const seenUpTo = current.replaces ?? '';
  const writtenAtOnce = versions.filter((version) => version !== current && version.revision > seenUpTo);
  return {
    text: current.text,
    by: current.by,
    at: current.at,
    revision: current.revision,
    history: versions.map(({ text, by, at }) => ({ text, by, at })),
    writtenAtOnce: writtenAtOnce.map(({ text, by, at }) => ({ text, by, at })),
  };
}
