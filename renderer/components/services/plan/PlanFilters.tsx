import { useId } from 'react';
import { teamLabel, type PlanFilter } from './planFilter.js';

const ALL = '*';

/** Team and tier, labelled as on the board, narrowing what is ready, the layers and what waits. */
export function PlanFilters({
  filter,
  onChange,
  teams,
  tiers,
}: {
  readonly filter: PlanFilter;
  readonly onChange: (filter: PlanFilter) => void;
  readonly teams: readonly string[];
  readonly tiers: readonly number[];
}) {
  const id = useId();
  return (
    <div className="plan-filters" role="group" aria-label="Filter the restart plan">
      <label htmlFor={`${id}-team`}>Team</label>
      <select id={`${id}-team`} value={filter.team ?? ALL} onChange={(event) => onChange({ ...filter, team: event.target.value === ALL ? null : event.target.value })}>
        <option value={ALL}>Every team</option>
        {teams.map((team) => (
          <option key={team} value={team}>
            {teamLabel(team)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-tier`}>Tier</label>
      <select id={`${id}-tier`} value={filter.tier ?? ALL} onChange={(event) => onChange({ ...filter, tier: event.target.value === ALL ? null : Number(event.target.value) })}>
        <option value={ALL}>Every tier</option>
        {tiers.map((tier) => (
          <option key={tier} value={tier}>
            Tier {tier}
          </option>
        ))}
      </select>
    </div>
  );
}
