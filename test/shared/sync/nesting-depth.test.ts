/**
 * The nesting depth of a parsed JSON value, found without recursion, so a
 * value nested 200,000 levels deep is measured (up to the limit) instead of
 * overflowing the stack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestingDepth } from '../../../shared/sync/nesting-depth.js';

/** The plain recursive definition, for values shallow enough to recurse on. */
function depthByRecursion(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthByRecursion));
}

describe('nestingDepth', () => {
  it('is 0 for a string, number, boolean or null, and 1 for an empty list or object', () => {
    for (const scalar of ['x', 3, true, null]) expect(nestingDepth(scalar, 64)).toBe(0);
    expect(nestingDepth([], 64)).toBe(1);
    expect(nestingDepth({}, 64)).toBe(1);
    expect(nestingDepth({ a: [{ b: 1 }], c: 2 }, 64)).toBe(3);
  });

  it('agrees with the recursive definition on any JSON value within the limit', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), (value) => {
        expect(nestingDepth(value, 64)).toBe(depthByRecursion(value));
      }),
      { numRuns: 500 },
    );
  });

  it('stops one past the limit, however deep the value goes', () => {
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown;
    expect(nestingDepth(deep, 64)).toBe(65);
    expect(nestingDepth({ shallow: 1, deep }, 64)).toBe(65);
  });
});
