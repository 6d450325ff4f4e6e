import { useId } from 'react';
import type { ActionListItem } from '../../../shared/actions/action-list.js';
import { ACTION_STATUS_LABEL } from '../../../shared/actions/action-status-words.js';
import { ACTION_STATUSES } from '../../../shared/events.js';
import { ACTION_KINDS, ACTION_KIND_LABEL } from '../../../shared/postmortem/review.js';
import { choicesOf, NO_TEAM, OPEN_OR_IN_PROGRESS, type ActionFilter } from './actionFilters.js';

interface Props {
  readonly items: readonly ActionListItem[];
  readonly filter: ActionFilter;
  readonly onChange: (filter: ActionFilter) => void;
}

/** Owner, team, status and kind, each a labelled choice; "Everyone", "Any" let all through. */
export function ActionFilters({ items, filter, onChange }: Props) {
  const id = useId();
  const owners = choicesOf(items, (item) => item.owner);
  // An owner picked from a link (the overdue banner) is offered even when none of the items are theirs any more.
  if (filter.owner !== '' && !owners.some((owner) => owner.toLocaleLowerCase() === filter.owner.toLocaleLowerCase())) owners.push(filter.owner);
  const teams = choicesOf(items, (item) => item.ownerTeam ?? '');
  const set = (field: keyof ActionFilter) => (event: { target: { value: string } }) => onChange({ ...filter, [field]: event.target.value });
  const ownerValue = owners.find((owner) => owner.toLocaleLowerCase() === filter.owner.toLocaleLowerCase()) ?? '';
  return (
    <div className="action-filters" role="group" aria-label="Filter action items">
      <label htmlFor={`${id}-owner`}>Owner</label>
      <select id={`${id}-owner`} value={ownerValue} onChange={set('owner')}>
        <option value="">Everyone</option>
        {owners.map((owner) => (
          <option key={owner} value={owner}>
            {owner}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-team`}>Team</label>
      <select id={`${id}-team`} value={filter.team} onChange={set('team')}>
        <option value="">Any team</option>
        {teams.map((team) => (
          <option key={team} value={team}>
            {team}
          </option>
        ))}
        <option value={NO_TEAM}>Not on the roster</option>
      </select>
      <label htmlFor={`${id}-status`}>Status</label>
      <select id={`${id}-status`} value={filter.status} onChange={set('status')}>
        <option value="">Any status</option>
        <option value={OPEN_OR_IN_PROGRESS}>Open or in progress</option>
        {ACTION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {ACTION_STATUS_LABEL[status]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={filter.kind} onChange={set('kind')}>
        <option value="">Any kind</option>
        {ACTION_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {ACTION_KIND_LABEL[kind]}
          </option>
        ))}
      </select>
    </div>
  );
}
