import { useEffect, useState } from 'react';
import { ActionFilters } from '../components/actions/ActionFilters.js';
import { ActionListRow } from '../components/actions/ActionListRow.js';
import { ExportActionsButton } from '../components/actions/ExportActionsButton.js';
import { matchesFilter, NO_FILTER, type ActionFilter } from '../components/actions/actionFilters.js';
import '../components/actions/actions.css';
import { useHoldfast } from '../store/context.js';

const count = (n: number) => `${n} action ${n === 1 ? 'item' : 'items'}`;

/**
 * Every incident's action items in one place, followed to done: overdue
 * first and said in words, filtered by owner, team, status and kind, each
 * moved on from here or from its post-mortem.
 */
export function ActionsScreen({ owner }: { readonly owner?: string | undefined }) {
  // Kept fresh by OverdueActions, which every screen of the app mounts: one fetch per change, not one per reader.
  const list = useHoldfast((state) => state.actionList);
  const [filter, setFilter] = useState<ActionFilter>({ ...NO_FILTER, owner: owner ?? '' });
  // Arriving from the overdue banner's link narrows the list to that person.
  useEffect(() => setFilter((current) => ({ ...current, owner: owner ?? '' })), [owner]);

  const items = list?.items ?? [];
  const shown = items.filter((item) => matchesFilter(item, filter));
  const overdue = shown.filter((item) => item.overdue).length;
  return (
    <section className="actions-screen" aria-labelledby="actions-heading">
      <div className="actions-screen-head">
        <h1 id="actions-heading">Action items</h1>
        <ExportActionsButton />
      </div>
      <p className="hint">Every post-mortem's action items, followed until done. Overdue ones come first.</p>
      {list === null ? (
        <p className="hint">Loading the action items…</p>
      ) : items.length === 0 ? (
        <p className="hint">No action items yet: they are written in each incident's post-mortem.</p>
      ) : (
        <>
          <ActionFilters items={items} filter={filter} onChange={setFilter} />
          <p className="actions-count" role="status">
            {shown.length === items.length ? count(items.length) : `${count(shown.length)} of ${items.length}`}, {overdue} overdue.
          </p>
          {shown.length === 0 ? (
            <p className="hint">No action items match these filters.</p>
          ) : (
            <ul className="action-list" aria-label="Action items">
              {shown.map((item) => (
                <ActionListRow key={`${item.incidentId}/${item.id}`} item={item} today={list.today} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
