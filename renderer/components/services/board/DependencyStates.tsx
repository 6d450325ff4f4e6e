import type { ServiceView } from '../../../../shared/projection/board-views.js';
import { statusKind, statusLabel } from './serviceStatus.js';

/**
 * What a service depends on, each with its state now: the ones on this
 * board can be opened; the others are not part of this incident, and say so.
 */
export function DependencyStates({
  service,
  board,
  now,
  onOpen,
}: {
  readonly service: ServiceView;
  readonly board: readonly ServiceView[];
  readonly now: number;
  readonly onOpen: (serviceId: string) => void;
}) {
  if (service.dependsOn.length === 0) return <p className="dependencies-none">It depends on nothing else in the catalogue.</p>;
  const byId = new Map(board.map((one) => [one.id, one]));
  return (
    <ul className="service-dependencies" aria-label={`What ${service.name} depends on`}>
      {service.dependsOn.map((dependencyId) => {
        const dependency = byId.get(dependencyId);
        if (dependency === undefined)
          return (
            <li key={dependencyId}>
              {dependencyId} <span className="dependency-away">(not on this board)</span>
            </li>
          );
        const kind = statusKind(dependency, now);
        return (
          <li key={dependencyId}>
            <button type="button" className="link-button" onClick={() => onOpen(dependencyId)}>
              {dependency.name}
            </button>{' '}
            <span className={`dependency-state status-${kind}`}>{statusLabel(kind)}</span>
          </li>
        );
      })}
    </ul>
  );
}
