import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMissing, covers, mergeVectors, missingFrom } from '../../../shared/sync/version-vector.js';

const A = 'a'.repeat(43);
const B = 'b'.repeat(43);
const C = 'c'.repeat(43);

describe('version vectors', () => {
  it('name exactly the runs of events the other peer lacks', () => {
    expect(missingFrom({ [A]: 5, [B]: 2 }, { [A]: 3, [C]: 9 })).toEqual([
      { device: A, fromSeq: 4, toSeq: 5 },
      { device: B, fromSeq: 1, toSeq: 2 },
    ]);
    expect(countMissing({ [A]: 5, [B]: 2 }, { [A]: 3, [C]: 9 })).toBe(4);
  });

  it('a peer that holds as much or more lacks nothing', () => {
    expect(missingFrom({ [A]: 3 }, { [A]: 7, [B]: 1 })).toEqual([]);
    expect(covers({ [A]: 7, [B]: 1 }, { [A]: 3 })).toBe(true);
    expect(covers({ [A]: 3 }, { [A]: 7 })).toBe(false);
  });

  it('after each side sends what the other lacks, both hold the merge of the two', () => {
    const vector = fc.dictionary(fc.constantFrom(A, B, C), fc.integer({ min: 0, max: 50 }));
    fc.assert(
      fc.property(vector, vector, (left, right) => {
        const afterRight: Record<string, number> = { ...right };
        for (const range of missingFrom(left, right)) afterRight[range.device] = range.toSeq;
        const afterLeft: Record<string, number> = { ...left };
        for (const range of missingFrom(right, left)) afterLeft[range.device] = range.toSeq;
        const merged = mergeVectors(left, right);
        expect(covers(afterLeft, merged) && covers(merged, afterLeft)).toBe(true);
        expect(covers(afterRight, merged) && covers(merged, afterRight)).toBe(true);
      }),
    );
  });
});
