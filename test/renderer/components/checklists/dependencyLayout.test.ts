/**
 * The dependency view's layout: a step sits one column to the right of the
 * latest of its needs, so each column holds what can run side by side once
 * the columns before it are finished.
 */
import { describe, expect, it } from 'vitest';
import { DEPENDENCY_GEOMETRY, layoutDependencies } from '../../../../renderer/components/checklists/dependencyLayout.js';
import { groupByPhase, stepNumbers } from '../../../../renderer/components/checklists/phases.js';
import { shippedSteps, step } from './steps.js';

describe('laying out the dependency view', () => {
  it('puts the database failover in eight columns, the parallel steps side by side', () => {
    const steps = shippedSteps('database-failover');
    const layout = layoutDependencies(steps, stepNumbers(groupByPhase(steps)), []);
    expect(layout.layers).toEqual([
      ['confirm-primary-down', 'check-replicas'],
      ['decide-failover'],
      ['stop-writes', 'fence-old-primary'],
      ['promote-replica'],
      ['repoint-replicas', 'repoint-applications'],
      ['resume-writes', 'verify-replication'],
      ['verify-writes'],
      ['announce-failover'],
    ]);
    // Every arrow runs left to right, from a need's right edge to its step's left edge.
    for (const edge of layout.edges) expect(edge.x2).toBeGreaterThan(edge.x1);
    expect(layout.edges).toHaveLength(steps.reduce((sum, each) => sum + each.needs.length, 0));
  });

  it('takes a step to the column after its latest need, not its first', () => {
    const layout = layoutDependencies(
      [step({ id: 'stop-writes' }), step({ id: 'fence-primary' }), step({ id: 'promote-replica', needs: ['fence-primary'] }), step({ id: 'resume-writes', needs: ['stop-writes', 'promote-replica'] })],
      new Map(),
      [],
    );
    const column = Object.fromEntries(layout.nodes.map((node) => [node.id, node.layer]));
    expect(column).toEqual({ 'stop-writes': 0, 'fence-primary': 0, 'promote-replica': 1, 'resume-writes': 2 });
  });

  it('sizes the drawing to its widest column and tallest column', () => {
    const { columnGap, rowGap, nodeWidth, nodeHeight, margin } = DEPENDENCY_GEOMETRY;
    const layout = layoutDependencies([step({ id: 'first-a' }), step({ id: 'first-b' }), step({ id: 'first-c' }), step({ id: 'second', needs: ['first-a'] })], new Map(), []);
    expect(layout.width).toBe(2 * margin + columnGap + nodeWidth);
    expect(layout.height).toBe(2 * margin + 2 * rowGap + nodeHeight);
    expect(layout.nodes.find((node) => node.id === 'first-c')!.y).toBe(margin + 2 * rowGap);
  });

  it('marks the arrows along the remaining critical path, and only those', () => {
    const layout = layoutDependencies(
      [step({ id: 'page-dba' }), step({ id: 'check-lag' }), step({ id: 'promote-it', needs: ['page-dba', 'check-lag'] })],
      new Map(),
      ['check-lag', 'promote-it'],
    );
    expect(layout.edges.filter((edge) => edge.critical).map((edge) => `${edge.from}>${edge.to}`)).toEqual(['check-lag>promote-it']);
    expect(layout.nodes.filter((node) => node.critical).map((node) => node.id)).toEqual(['check-lag', 'promote-it']);
  });

  it('leaves out a need that names no step, and a step that needs itself', () => {
    const layout = layoutDependencies([step({ id: 'lonely-step', needs: ['lonely-step', 'no-such-step'] })], new Map(), []);
    expect(layout.edges).toEqual([]);
    expect(layout.layers).toEqual([['lonely-step']]);
  });
});
