/**
 * A form marks the field the host refused from the path the host names, and
 * never checks every field again itself to guess; a refusal that names no
 * field is said for the form as a whole.
 */
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../shared/result.js';
import { isOrHolds, refusedField } from '../../../../renderer/components/forms/refusedField.js';

const refusal = (path?: readonly (string | number)[]) => {
  const result = fail('invalid_input', 'Refused.', path);
  if (result.ok) throw new Error('a refusal was expected');
  return result.error;
};

describe('the field a refusal is about', () => {
  it('is the refused parameter, named as the form names its fields', () => {
    expect(refusedField(refusal(['title']))).toBe('title');
    expect(refusedField(refusal(['contacts', 2, 'name']))).toBe('contacts.2.name');
  });

  it('is none when the host names no parameter (the link is down, the disk is full)', () => {
    expect(refusedField(refusal())).toBeNull();
    expect(refusedField(refusal([]))).toBeNull();
  });

  it('falls under a field that holds it, and under no other', () => {
    expect(isOrHolds('folders', 'folders.3')).toBe(true);
    expect(isOrHolds('folders', 'folders')).toBe(true);
    expect(isOrHolds('contacts.2.name', 'contacts.2.name')).toBe(true);
    expect(isOrHolds('name', 'names')).toBe(false);
    expect(isOrHolds('contacts.1', 'contacts.12.name')).toBe(false);
  });
});
