import { describe, expect, it } from 'vitest';
import { base64UrlToText, textToBase64Url } from '../../shared/text-codec.js';

describe('text to base64url', () => {
  const samples = ['', 'a', 'ab', 'abc', 'abcd', 'Salle de crise — été', 'Комната 3', '作戦室', 'emoji 🚨 room', '\u0000\u007f\u0080\u07ff\u0800\uffff'];

  it.each(samples)('matches Node’s own base64url for %j and reads it back', (text) => {
    const code = textToBase64Url(text);
    expect(code).toBe(Buffer.from(text, 'utf8').toString('base64url'));
    expect(base64UrlToText(code)).toBe(text);
  });

  it('refuses characters outside the alphabet, a truncated code and bytes that are not UTF-8', () => {
    expect(() => base64UrlToText('ab+c')).toThrow();
    expect(() => base64UrlToText('abcde')).toThrow();
    expect(() => base64UrlToText(Buffer.from([0xc3]).toString('base64url'))).toThrow();
    expect(() => base64UrlToText(Buffer.from([0xc0, 0xaf]).toString('base64url'))).toThrow();
    expect(() => base64UrlToText(Buffer.from([0xed, 0xa0, 0x80]).toString('base64url'))).toThrow();
  });
});
