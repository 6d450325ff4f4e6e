/**
 * The audiences' lists of an incident: the four built in (internal,
 * customers, partners, management), then those added, in the order added.
 * Each recipient key stands or falls by its latest add or removal in the
 * agreed order, and keeps the place and time it was first added, so two
 * laptops editing a list while cut off end with the same list.
 */
import { hlcWall } from '../../hlc.js';
import { AUDIENCES, AUDIENCE_LABEL } from '../../updates/audience.js';
import type { PartHandlers } from '../routes.js';
import type { PartState } from './part-state.js';
import type { AudienceListView, RecipientView } from '../outreach-views.js';

interface ListFolding {
  /** In the order first added; null while removed. */
  readonly recipients: Map<string, { readonly firstAddedAt: number; readonly firstAddedBy: string; current: RecipientView | null }>;
}

export interface AudiencesFolding {
  /** Audiences added to this incident, in the order first added; the first name in the agreed order stands. */
  readonly added: Map<string, string>;
  readonly lists: Map<string, ListFolding>;
}

export function newAudiencesFolding(): AudiencesFolding {
  return { added: new Map(), lists: new Map() };
}

function listOf(folding: AudiencesFolding, audienceId: string): ListFolding {
  let list = folding.lists.get(audienceId);
  if (!list) {
    list = { recipients: new Map() };
    folding.lists.set(audienceId, list);
  }
  return list;
}

const BUILT_IN: ReadonlySet<string> = new Set(AUDIENCES);

export const audiencesHandlers = {
  'audience.added': ({ own: audiences }, event) => {
    const { audienceId, name } = event.payload;
    if (BUILT_IN.has(audienceId) || audiences.added.has(audienceId)) return;
    audiences.added.set(audienceId, name);
  },
  'audience.recipients_added': ({ own: audiences }, event) => {
    const at = hlcWall(event.hlc);
    const list = listOf(audiences, event.payload.audienceId);
    for (const recipient of event.payload.recipients) {
      const held = list.recipients.get(recipient.key);
      const first = held ?? { firstAddedAt: at, firstAddedBy: event.author };
      list.recipients.set(recipient.key, { ...first, current: { ...recipient, addedAt: first.firstAddedAt, addedBy: first.firstAddedBy } });
    }
  },
  'audience.recipient_removed': ({ own: audiences }, event) => {
    const held = audiences.lists.get(event.payload.audienceId)?.recipients.get(event.payload.recipientKey);
    if (held) held.current = null;
  },
} satisfies PartHandlers<PartState<AudiencesFolding>, 'audience.added' | 'audience.recipients_added' | 'audience.recipient_removed'>;

export function audiencesView(folding: AudiencesFolding): readonly AudienceListView[] {
  const recipientsOf = (audienceId: string): RecipientView[] => [...(folding.lists.get(audienceId)?.recipients.values() ?? [])].flatMap((held) => held.current ?? []);
  const builtIn = AUDIENCES.map((id) => ({ id, name: AUDIENCE_LABEL[id], builtIn: true, recipients: recipientsOf(id) }));
  const added = [...folding.added].map(([id, name]) => ({ id, name, builtIn: false, recipients: recipientsOf(id) }));
  // A list whose audience was added on a laptop not heard from yet still shows, under its id.
  const orphans = [...folding.lists.keys()]
    .filter((id) => !BUILT_IN.has(id) && !folding.added.has(id))
    .sort()
    .map((id) => ({ id, name: id, builtIn: false, recipients: recipientsOf(id) }))
    .filter((list) => list.recipients.length > 0);
  return [...builtIn, ...added, ...orphans];
}
