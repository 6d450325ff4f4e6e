import { useId } from 'react';
import type { ChecklistView } from '../../../shared/projection/checklist-views.js';
import { STEP_STATUS_LABEL } from '../../../shared/projection/checklist-fold.js';
import { DEPENDENCY_GEOMETRY, layoutDependencies } from './dependencyLayout.js';

/**
 * The checklist as a small graph: columns left to right by how many steps
 * must finish first, each step a numbered box coloured by its status
 * (waiting ones hatched), the remaining critical path drawn heavier. The
 * same information as text, column by column, is its accessible
 * description.
 */
export function DependencyView({ checklist, numbers }: { readonly checklist: ChecklistView; readonly numbers: ReadonlyMap<string, number> }) {
  const id = useId();
  const layout = layoutDependencies(checklist.steps, numbers, checklist.progress.criticalPath);
  const { nodeWidth, nodeHeight } = DEPENDENCY_GEOMETRY;
  const byId = new Map(layout.nodes.map((node) => [node.id, node] as const));
  const statusOf = (nodeId: string) => {
    const node = byId.get(nodeId)!;
    return node.waiting ? 'waiting' : node.awaiting ? 'done, awaiting confirmation' : STEP_STATUS_LABEL[node.status].toLocaleLowerCase('en');
  };

  return (
    <figure className="dependency-view">
      {/* A wide graph scrolls sideways: the keyboard must be able to reach it to scroll it (axe: scrollable-region-focusable). */}
      <div className="dependency-scroll" tabIndex={0} role="region" aria-label={`Dependency graph of ${checklist.title}`}>
        <svg
          role="img"
          aria-label={`Dependency view of ${checklist.title}: ${layout.nodes.length} steps in ${layout.layers.length} columns`}
          aria-describedby={`${id}-text`}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
        >
          <defs>
            <pattern id={`${id}-hatch`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" className="hatch-back" />
              <line x1="0" y1="0" x2="0" y2="4" className="hatch-line" />
            </pattern>
          </defs>
          {layout.edges.map((edge) => {
            const bend = (edge.x2 - edge.x1) / 2;
            return (
              <path
                key={`${edge.from}>${edge.to}`}
                className={`dependency-edge${edge.critical ? ' critical' : ''}`}
                d={`M${edge.x1},${edge.y1} C${edge.x1 + bend},${edge.y1} ${edge.x2 - bend},${edge.y2} ${edge.x2},${edge.y2}`}
              />
            );
          })}
          {layout.nodes.map((node) => (
            <g key={node.id} className={`dependency-node status-${node.status}${node.waiting ? ' waiting' : ''}${node.awaiting ? ' awaiting' : ''}${node.critical ? ' critical' : ''}`}>
              <title>{`${node.number}. ${node.title} (${statusOf(node.id)})`}</title>
              <rect x={node.x} y={node.y} width={nodeWidth} height={nodeHeight} rx={4} fill={node.waiting ? `url(#${id}-hatch)` : undefined} />
              <text x={node.x + nodeWidth / 2} y={node.y + nodeHeight / 2} dominantBaseline="central" textAnchor="middle">
                {node.number}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <ol id={`${id}-text`} className="visually-hidden">
        {layout.layers.map((layer, index) => (
          <li key={index}>
            {index === 0 ? 'First, needing nothing: ' : `Then, column ${index + 1}: `}
            {layer.map((stepId) => `${byId.get(stepId)!.number}. ${byId.get(stepId)!.title} (${statusOf(stepId)})`).join('; ')}
          </li>
        ))}
      </ol>
    </figure>
  );
}
