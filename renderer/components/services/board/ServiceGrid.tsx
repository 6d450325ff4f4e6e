import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { columnsFor, intoRows, nextCell } from './gridFocus.js';
import { ServiceTile } from './ServiceTile.js';

/** A tile's narrowest width and the gap between tiles, in CSS pixels (board.css draws the same). */
const TILE_WIDTH = 148;
const TILE_GAP = 6;

/**
 * The board's tiles as a WAI-ARIA grid: one tab stop into it (the tile
 * last visited), the arrow keys between tiles (gridFocus.ts), Enter or
 * Space opens the one focused. Rows are as wide as the panel allows, so Up
 * and Down move as the eye expects.
 */
export function ServiceGrid({
  label,
  services,
  now,
  onOpen,
}: {
  readonly label: string;
  readonly services: readonly ServiceView[];
  readonly now: number;
  readonly onOpen: (serviceId: string) => void;
}) {
  const id = useId();
  const grid = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(4);
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeIndex = Math.max(
    0,
    services.findIndex((service) => service.id === activeId),
  );
  const cellId = (serviceId: string) => `${id}-${serviceId}`;

  useLayoutEffect(() => {
    const element = grid.current;
    if (element === null) return;
    const measure = () => setColumns(columnsFor(element.clientWidth, TILE_WIDTH, TILE_GAP));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A filter that hides the tile last visited leaves the tab stop on the first one shown.
  useEffect(() => {
    if (activeId !== null && !services.some((service) => service.id === activeId)) setActiveId(null);
  }, [services, activeId]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = services[activeIndex];
    if (current === undefined) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(current.id);
      return;
    }
    const target = nextCell(activeIndex, event, columns, services.length);
    if (target === null) return;
    event.preventDefault();
    const next = services[target]!;
    setActiveId(next.id);
    document.getElementById(cellId(next.id))?.focus();
  }

  return (
    <>
      <p id={`${id}-keys`} className="visually-hidden">
        Arrow keys move between services, Home and End to a row's ends; Enter opens one to check it.
      </p>
      <div
        ref={grid}
        role="grid"
        aria-label={label}
        aria-describedby={`${id}-keys`}
        aria-rowcount={Math.ceil(services.length / Math.max(1, columns))}
        aria-colcount={columns}
        className="service-grid"
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          const serviceId = event.target.getAttribute('data-service-id');
          if (serviceId !== null && serviceId !== activeId) setActiveId(serviceId);
        }}
      >
        {intoRows(services, columns).map((row, rowIndex) => (
          <div role="row" key={rowIndex} aria-rowindex={rowIndex + 1} className="service-grid-row" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
            {row.map((service, column) => (
              <ServiceTile
                key={service.id}
                service={service}
                now={now}
                active={rowIndex * columns + column === activeIndex}
                cellId={cellId(service.id)}
                onOpen={(serviceId) => {
                  setActiveId(serviceId);
                  onOpen(serviceId);
                }}
              />
            ))}
          </div>
        ))}
      </div>
    </>
  );
}
