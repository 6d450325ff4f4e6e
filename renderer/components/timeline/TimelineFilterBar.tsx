import { useId, useRef } from 'react';
import type { RoleView } from '../../../shared/projection/views.js';
import { TIMELINE_KIND_LABEL, type TimelineKind } from '../../../shared/projection/views.js';
import { isFiltering, NO_FILTER, type KindChoice, type TimelineFilter } from './timelineFilter.js';

const KINDS = Object.keys(TIMELINE_KIND_LABEL) as TimelineKind[];

/**
 * Narrows the timeline by kind, author and role, and says how many entries
 * that leaves of how many: a shift coming on reads only the decisions, or
 * only what the coordinator wrote, whoever held the role at the time.
 * The labels are for screen readers only: each select's own wording ("All
 * kinds", "Everyone", "Any role") says what it narrows, and one row instead
 * of two leaves a laptop screen more of the timeline itself.
 */
export function TimelineFilterBar({
  filter,
  onChange,
  authors,
  roles,
  shown,
  total,
}: {
  readonly filter: TimelineFilter;
  readonly onChange: (filter: TimelineFilter) => void;
  readonly authors: readonly string[];
  readonly roles: readonly RoleView[];
  readonly shown: number;
  readonly total: number;
}) {
  const id = useId();
  const firstSelect = useRef<HTMLSelectElement>(null);
  const filtering = isFiltering(filter);

  return (
    <div className="timeline-filters" role="group" aria-label="Filter the timeline">
      <span className="timeline-filter">
        <label className="visually-hidden" htmlFor={`${id}-kind`}>Kind</label>
        <select
          ref={firstSelect}
          id={`${id}-kind`}
          value={filter.kind}
          onChange={(event) => onChange({ ...filter, kind: event.target.value as KindChoice })}
        >
          <option value="all">All kinds</option>
          <option value="people">People's words</option>
          <option value="automatic">Automatic entries</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {TIMELINE_KIND_LABEL[kind]}
            </option>
          ))}
        </select>
      </span>
      <span className="timeline-filter">
        <label className="visually-hidden" htmlFor={`${id}-author`}>Author</label>
        <select id={`${id}-author`} value={filter.author} onChange={(event) => onChange({ ...filter, author: event.target.value })}>
          <option value="">Everyone</option>
          {authors.map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
      </span>
      <span className="timeline-filter">
        <label className="visually-hidden" htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={filter.roleId}
          onChange={(event) => onChange({ ...filter, roleId: event.target.value })}
          aria-describedby={`${id}-role-hint`}
        >
          <option value="">Any role</option>
          {roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </select>
        <span id={`${id}-role-hint`} hidden>
          Entries written by whoever held the role at the time
        </span>
      </span>
      <span className="timeline-filter-count" role="status">
        {filtering ? `Showing ${shown} of ${total} entries` : `${total} ${total === 1 ? 'entry' : 'entries'}`}
      </span>
      {filtering && (
        <button
          type="button"
          className="quiet"
          onClick={() => {
            onChange(NO_FILTER);
            // The button goes with the filters: the keyboard goes back to where filtering starts.
            firstSelect.current?.focus();
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
