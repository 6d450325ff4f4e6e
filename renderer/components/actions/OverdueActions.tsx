import { isOwnedBy } from '../../../shared/actions/owner-match.js';
import { hrefFor } from '../../navigation/route.js';
import { useHoldfast } from '../../store/context.js';
import { useActionList } from './useActionList.js';
import './actions.css';

/**
 * On every screen of the laptop whose person owns overdue action items: a
 * post-mortem's promises are kept by reminding the one who made them, not
 * by a list nobody opens.
 */
export function OverdueActions() {
  const list = useActionList();
  const me = useHoldfast((state) => state.session?.name ?? '');
  const people = useHoldfast((state) => state.people) ?? [];
  if (list === null || me === null || me.trim() === '') return null;
  const mine = list.items.filter((item) => item.overdue && isOwnedBy(item, me, people));
  if (mine.length === 0) return null;
  return (
    <section className="banner-overdue banner-overdue-actions" aria-label="Your overdue action items">
      <strong>
        {mine.length === 1 ? '1 of your action items is overdue' : `${mine.length} of your action items are overdue`}.
      </strong>{' '}
      <a href={hrefFor({ screen: 'actions', owner: me })}>See {mine.length === 1 ? 'it' : 'them'} on the Actions screen</a>
    </section>
  );
}
