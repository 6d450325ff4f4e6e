import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { formatClockMinutesWithDay, formatFullTime } from '../../../time/format.js';
import { formatAgo } from '../../../time/relative.js';
import { STATUS_SYMBOL, statusKind, type StatusKind } from './serviceStatus.js';
import { statusDetail, tileName } from './serviceWords.js';

/** Shorter than the details' words, to fit a tile; the tile's accessible name says them in full. */
const TILE_WORD: Readonly<Record<StatusKind, string>> = {
  down: 'Down',
  degraded: 'Degraded',
  restoring: 'Restoring',
  awaiting: 'Up, to confirm',
  up: 'Up',
  unverified: 'Unverified',
  unknown: 'Unknown',
};

/** "03:12", or "Dec 6 23:58" for a check of another day. */
const clockTime = formatClockMinutesWithDay;

/**
 * One service on the board: its name, its state as a symbol, a word and a
 * colour, its tier, and who checked it when. A faded check says what it
 * last was. A cell of the board's grid: focused by the arrow keys, opened
 * with Enter or Space (see ServiceGrid).
 */
export function ServiceTile({
  service,
  now,
  active,
  cellId,
  onOpen,
}: {
  readonly service: ServiceView;
  readonly now: number;
  /** The grid's one tab stop. */
  readonly active: boolean;
  readonly cellId: string;
  readonly onOpen: (serviceId: string) => void;
}) {
  const kind = statusKind(service, now);
  const detail = statusDetail(service, kind);
  const check = service.lastCheck;
  return (
    <div
      role="gridcell"
      id={cellId}
      tabIndex={active ? 0 : -1}
      aria-label={tileName(service, now)}
      data-service-id={service.id}
      className={`service-tile status-${kind}`}
      onClick={() => onOpen(service.id)}
    >
      <span className="tile-line">
        <span className="tile-name" title={service.name}>
          {service.name}
        </span>
        <span className="tile-tier">T{service.tier}</span>
      </span>
      <span className="tile-state">
        <span className="tile-symbol" aria-hidden="true">
          {STATUS_SYMBOL[kind]}
        </span>{' '}
        {TILE_WORD[kind]}
        {detail !== null && <span className="tile-detail"> · {detail}</span>}
      </span>
      {/* When first, on a line of its own, so a long name can never cut the time off. */}
      <span className="tile-when" title={check === null ? undefined : formatFullTime(check.at)}>
        {check === null ? 'Never checked' : `${formatAgo(check.at, now)} · ${clockTime(check.at, now)}`}
      </span>
      {check !== null && (
        <span className="tile-when" title={check.by}>
          by {check.by}
        </span>
      )}
    </div>
  );
}
