/**
 * One slug for every name written as an id or in a file name: a role added
 * by hand must match the role id a runbook wrote for it, and a saved file
 * must be named after what it is about.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, slug } from '../../../shared/text/slug.js';

describe('a name written as a slug', () => {
  it('is the name in lower case, words joined by one dash, as runbooks write role ids', () => {
    expect(slug('Database lead', 'x')).toBe('database-lead');
    expect(slug('Partner liaison', 'x')).toBe('partner-liaison');
    expect(slug('DNS outage #2', 'x')).toBe('dns-outage-2');
  });

  it('keeps the letters of accented Latin text and folds full-width ones', () => {
    expect(slug('  Réseau & DNS ', 'x')).toBe('reseau-dns');
    expect(slug('Checkout is down (EU) — café', 'x')).toBe('checkout-is-down-eu-cafe');
    expect(slug('Ｄａｔａｂａｓｅ ｌｅａｄ', 'x')).toBe('database-lead');
    expect(slug('Ærø İstanbul', 'x')).toBe('r-istanbul');
  });

  it('makes any punctuation or other script one dash between words, and none at the ends', () => {
    expect(slug('--Payments...are//down!--', 'x')).toBe('payments-are-down');
    expect(slug('決済 down 障害', 'x')).toBe('down');
  });

  it('is the fallback when nothing is left of the name', () => {
    expect(slug('', 'war-room')).toBe('war-room');
    expect(slug('!!!', 'abcdef12')).toBe('abcdef12');
    expect(slug('決済障害', 'abcdef12')).toBe('abcdef12');
  });

  it('is at most as long as an id, or as the caller asks, and never ends in a dash where it is cut', () => {
    const long = 'the primary database cluster in the second data centre stopped answering writes';
    expect(slug(long, 'x')).toHaveLength(SLUG_MAX_LENGTH);
    expect(slug(long, 'x', 48)).toBe('the-primary-database-cluster-in-the-second-data');
    expect(slug('a'.repeat(47) + ' b', 'x', 48)).toBe('a'.repeat(47));
  });

  it('is always made of a-z, 0-9 and single inner dashes, within the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 80 }), (text, maxLength) => {
        const written = slug(text, 'fallback', maxLength);
        if (written === 'fallback') return;
        expect(written).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(written.length).toBeLessThanOrEqual(maxLength);
      }),
    );
  });
});
