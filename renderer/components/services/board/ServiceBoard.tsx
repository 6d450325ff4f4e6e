import { useMemo, useState } from 'react';
import type { ServiceBoardView } from '../../../../shared/projection/board-views.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useNow } from '../../../time/useNow.js';
import { AddServicesDialog } from './AddServicesDialog.js';
import { boardCounts } from './boardCounts.js';
import { BoardCountsBar } from './BoardCountsBar.js';
import { describeFilter, filterChoices, filterServices, NO_FILTER, type BoardFilter } from './boardFilter.js';
import { BoardFilters } from './BoardFilters.js';
import { ModalDialog } from './ModalDialog.js';
import { ServiceDetails } from './ServiceDetails.js';
import { ServiceGrid } from './ServiceGrid.js';
import './board.css';

/**
 * The service board: every service in scope with what a person found when
 * they last checked it by hand, read at a glance at 150 services: the
 * counts and their bar, filters by team, tier and what is not up, and a
 * grid of tiles. A tile opens the service, to check it. Freshness is judged
 * against the room's clock as it ticks, so a check fades while it is read.
 */
export function ServiceBoard({ incident, board }: { readonly incident: IncidentView; readonly board: ServiceBoardView }) {
  const now = useNow();
  const [filter, setFilter] = useState<BoardFilter>(NO_FILTER);
  const [openId, setOpenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const services = board.services;
  const counts = useMemo(() => boardCounts(services, now), [services, now]);
  const choices = useMemo(() => filterChoices(services), [services]);
  const shown = useMemo(() => filterServices(services, filter, now), [services, filter, now]);
  const open = openId === null ? undefined : services.find((service) => service.id === openId);

  return (
    <section className="service-board" aria-label="Service board">
      <div className="service-board-head">
        <h2>Services</h2>
        <button type="button" onClick={() => setAdding(true)}>
          Add services
        </button>
      </div>
      {services.length === 0 ? (
        <p className="service-board-empty">
          No services are on the board yet. Add the ones this incident touches, with everything they depend on, and check each by hand: nothing is taken
          from monitoring.
        </p>
      ) : (
        <>
          <BoardCountsBar counts={counts} />
          <BoardFilters filter={filter} teams={choices.teams} tiers={choices.tiers} onChange={setFilter} said={describeFilter(filter, shown.length, services.length)} />
          {shown.length === 0 ? (
            <p className="service-board-none">No service on the board matches these filters.</p>
          ) : (
            <ServiceGrid label={`Services, ${shown.length} shown`} services={shown} now={now} onOpen={setOpenId} />
          )}
        </>
      )}
      {open !== undefined && (
        <ModalDialog title={open.name} className="service-dialog" onClose={() => setOpenId(null)}>
          <ServiceDetails incidentId={incident.id} service={open} board={services} now={now} onOpen={setOpenId} onUnscoped={() => setOpenId(null)} />
        </ModalDialog>
      )}
      {adding && <AddServicesDialog incidentId={incident.id} board={board} onClose={() => setAdding(false)} />}
    </section>
  );
}
