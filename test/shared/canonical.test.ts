/**
 * Canonical JSON is the text every event hash and signature covers, and the
 * form the log stores payloads in: a laptop whose canonical JSON differed by
 * one byte would refuse every other laptop's events as tampered with, and
 * the hashes of every log already written would no longer check. It is
 * written for speed; here it is held to the plain rule it was first written
 * as, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/canonical.js';

/** The plain rule, as canonicalJson was first written: the reference the fast road must match. */
function plainCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('Canonical JSON cannot hold a non-finite number.');
    if (value === undefined) throw new Error('Canonical JSON cannot hold undefined.');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => plainCanonicalJson(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${plainCanonicalJson(record[key])}`).join(',')}}`;
}

/** The outcome of writing a value: its text, or that it was refused. */
function outcome(write: (value: unknown) => string, value: unknown): string {
  try {
    return `text ${write(value)}`;
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

const numbers = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, 1e21, 1e-7, 5e-7, 0.1 + 0.2, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, -1.5e300, NaN, Infinity, -Infinity),
);
const strings = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('', 'ünïcödé 障害 🚒', '"quoted" \\ back', '\u0000\u001f\u2028\u2029', '\ud800 lone', 'é vs é'));
const keys = fc.oneof(strings, fc.constantFrom('a', 'B', 'b', '_', '10', '9', '__proto__', 'constructor', 'ü'));
const scalars = fc.oneof(strings, numbers, fc.boolean(), fc.constant(null));

/** Nested values with arrays, fields left undefined, undefined in arrays, and flat objects already in key order (as stored payloads are). */
const { value: values } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalars,
    fc.array(fc.oneof(tie('value'), fc.constant(undefined)), { maxLength: 5 }),
    fc.dictionary(keys, fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 6 }),
    fc
      .dictionary(keys, scalars, { maxKeys: 8 })
      .map((record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))),
  ),
}));

describe('canonical JSON', () => {
  it('is byte for byte the plain rule, or refuses what it refuses, for any value', () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(outcome(canonicalJson, value)).toBe(outcome(plainCanonicalJson, value));
      }),
      { numRuns: 5_000 },
    );
  });

  it('writes a known payload as the very text the logs already hold', () => {
    const payload = {
      text: 'Pager "ack" ⟶ ünïcödé 障害',
      kind: 'note',
      happenedAt: null,
      left: undefined,
      steps: [{ title: 'Fail over', needs: [], expectMs: 1.5e3 }, 'x', -0, 1e21],
      entryId: 'entry-1',
    };
    const text = '{"entryId":"entry-1","happenedAt":null,"kind":"note","steps":[{"expectMs":1500,"needs":[],"title":"Fail over"},"x",0,1e+21],"text":"Pager \\"ack\\" ⟶ ünïcödé 障害"}';
    expect(canonicalJson(payload)).toBe(text);
    expect(plainCanonicalJson(payload)).toBe(text);
  });

  it('writes a flat payload already in order as JSON.stringify does, and sorts one that is not', () => {
    expect(canonicalJson({ a: 1, b: 'two', c: null })).toBe('{"a":1,"b":"two","c":null}');
    expect(canonicalJson({ c: null, b: 'two', a: 1 })).toBe('{"a":1,"b":"two","c":null}');
  });

  it('refuses what JSON cannot say', () => {
    expect(() => canonicalJson({ a: Infinity })).toThrow(/non-finite/);
    expect(() => canonicalJson([undefined])).toThrow(/undefined/);
    expect(() => canonicalJson(undefined)).toThrow(/undefined/);
  });
});
