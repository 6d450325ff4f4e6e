import { describe, expect, it } from 'vitest';
import { readKindPrefix } from '../../../renderer/components/kindPrefix.js';

describe('setting the kind of an entry from the keyboard', () => {
  it('takes "/action " as the kind and keeps the rest as the text', () => {
    expect(readKindPrefix('/action restarted the primary')).toEqual({ kind: 'action', text: 'restarted the primary' });
    expect(readKindPrefix('/decision roll back')).toEqual({ kind: 'decision', text: 'roll back' });
    expect(readKindPrefix('/Check ')).toEqual({ kind: 'check', text: '' });
  });

  it('needs the space, so a half-typed prefix is left alone', () => {
    expect(readKindPrefix('/action')).toBeNull();
    expect(readKindPrefix('/act')).toBeNull();
  });

  it('ignores slashes that are not a kind, or not at the start', () => {
    expect(readKindPrefix('/restart api')).toBeNull();
    expect(readKindPrefix('ran /action twice')).toBeNull();
  });
});
