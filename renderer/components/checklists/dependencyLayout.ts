/**
 * The small dependency view: each step placed in a column by how many steps
 * must finish before it can start (its layer: the longest chain of needs
 * behind it), and down that column in checklist order. Columns read left to
 * right as the work goes; an arrow runs from each need to the step that
 * waits on it. Pure geometry, so it is tested without a browser.
 */
import { awaitsConfirmation } from '../../../shared/checklists/four-eyes.js';
import type { StepStatus } from '../../../shared/events.js';
import type { StepView } from '../../../shared/projection/checklist-views.js';

export interface LayoutGeometry {
  /** Distance between the left edges of two columns. */
  readonly columnGap: number;
  /** Distance between the tops of two rows. */
  readonly rowGap: number;
  readonly nodeWidth: number;
  readonly nodeHeight: number;
  readonly margin: number;
}

export const DEPENDENCY_GEOMETRY: LayoutGeometry = { columnGap: 58, rowGap: 32, nodeWidth: 36, nodeHeight: 22, margin: 6 };

export interface DependencyNode {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly status: StepStatus;
  readonly waiting: boolean;
  /** Done, and waiting for a second person to confirm it (four eyes). */
  readonly awaiting: boolean;
  readonly critical: boolean;
  /** 0 for a step that needs nothing. */
  readonly layer: number;
  /** Its place down the column, from 0. */
  readonly row: number;
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
}

export interface DependencyEdge {
  readonly from: string;
  readonly to: string;
  /** On the remaining critical path: the need comes right before the step on it. */
  readonly critical: boolean;
  /** From the middle of the need's right side to the middle of the step's left side. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface DependencyLayout {
  readonly nodes: readonly DependencyNode[];
  readonly edges: readonly DependencyEdge[];
  /** Step ids by layer, in checklist order within each. */
  readonly layers: readonly (readonly string[])[];
  readonly width: number;
  readonly height: number;
}

/**
 * `steps` in dependency order (as a ChecklistView holds them); `numbers` as
 * the list shows them; `criticalPath` the remaining critical path's ids.
 * A need naming no step of the checklist is left out, as the host ignores it.
 */
export function layoutDependencies(
  steps: readonly StepView[],
  numbers: ReadonlyMap<string, number>,
  criticalPath: readonly string[],
  geometry: LayoutGeometry = DEPENDENCY_GEOMETRY,
): DependencyLayout {
  const layerOf = new Map<string, number>();
  const known = new Set(steps.map((step) => step.id));
  for (const step of steps) {
    // In dependency order every need is placed before the step; one that is not (a cycle) counts as no need.
    const below = step.needs.filter((need) => need !== step.id && layerOf.has(need)).map((need) => layerOf.get(need)! + 1);
    layerOf.set(step.id, Math.max(0, ...below));
  }

  const layers: string[][] = [];
  for (const step of steps) (layers[layerOf.get(step.id)!] ??= []).push(step.id);

  const onPath = new Map(criticalPath.map((id, index) => [id, index] as const));
  const place = new Map<string, DependencyNode>();
  const nodes = steps.map((step) => {
    const layer = layerOf.get(step.id)!;
    const row = layers[layer]!.indexOf(step.id);
    const node: DependencyNode = {
      id: step.id,
      number: numbers.get(step.id) ?? 0,
      title: step.title,
      status: step.status,
      waiting: step.waiting,
      awaiting: awaitsConfirmation(step),
      critical: onPath.has(step.id),
      layer,
      row,
      x: geometry.margin + layer * geometry.columnGap,
      y: geometry.margin + row * geometry.rowGap,
    };
    place.set(step.id, node);
    return node;
  });

  const edges: DependencyEdge[] = [];
  for (const step of steps) {
    const to = place.get(step.id)!;
    for (const need of new Set(step.needs)) {
      if (need === step.id || !known.has(need)) continue;
      const from = place.get(need)!;
      if (from.layer >= to.layer) continue;
      const fromIndex = onPath.get(need);
      edges.push({
        from: need,
        to: step.id,
        critical: fromIndex !== undefined && onPath.get(step.id) === fromIndex + 1,
        x1: from.x + geometry.nodeWidth,
        y1: from.y + geometry.nodeHeight / 2,
        x2: to.x,
        y2: to.y + geometry.nodeHeight / 2,
      });
    }
  }

  const tallest = Math.max(1, ...layers.map((layer) => layer.length));
  return {
    nodes,
    edges,
    layers,
    width: geometry.margin * 2 + Math.max(0, layers.length - 1) * geometry.columnGap + geometry.nodeWidth,
    height: geometry.margin * 2 + (tallest - 1) * geometry.rowGap + geometry.nodeHeight,
  };
}
