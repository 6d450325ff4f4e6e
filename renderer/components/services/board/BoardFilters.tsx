import { useId } from 'react';
import type { BoardFilter } from './boardFilter.js';

/**
 * The board's filters: a team, a tier, and a toggle for what is not
 * verified up yet. Labelled selects and a toggle button, so each says what
 * it is and what it is set to.
 */
export function BoardFilters({
  filter,
  teams,
  tiers,
  onChange,
  said,
}: {
  readonly filter: BoardFilter;
  readonly teams: readonly string[];
  readonly tiers: readonly number[];
  readonly onChange: (filter: BoardFilter) => void;
  /** What the board shows with them: "Showing 12 of 142: team Network". */
  readonly said: string;
}) {
  const id = useId();
  return (
    <div className="board-filters" role="group" aria-label="Filter the board">
      <div className="field">
        <label htmlFor={`${id}-team`}>Team</label>
        <select id={`${id}-team`} value={filter.team} onChange={(event) => onChange({ ...filter, team: event.target.value })}>
          <option value="">Every team</option>
          {teams.map((team) => (
            <option key={team} value={team}>
              {team}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tier`}>Tier</label>
        <select
          id={`${id}-tier`}
          value={filter.tier === null ? '' : String(filter.tier)}
          onChange={(event) => onChange({ ...filter, tier: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">Every tier</option>
          {tiers.map((tier) => (
            <option key={tier} value={String(tier)}>
              Tier {tier}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="board-only-not-up" aria-pressed={filter.onlyNotUp} onClick={() => onChange({ ...filter, onlyNotUp: !filter.onlyNotUp })}>
        Only not up
      </button>
      <p className="board-filter-said" role="status">
        {said}
      </p>
    </div>
  );
}
