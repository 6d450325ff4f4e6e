/**
 * Text people wrote, printed where a terminal or a reader would take a
 * control character as an order: it shows as written, except for the
 * characters that could rewrite the screen or reorder what is read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstRefusedCharacter, printable, printableCopy, printableJson } from '../../../shared/text/printable.js';
import { neverPrintedIn } from '../../support/never-printed.js';

const ESC = '\u001b';
const REPLACEMENT = '\uFFFD';

const hostile = [
  `${ESC}[2J${ESC}[H`, // clear the screen, cursor home
  `${ESC}]0;owned\u0007`, // retitle the window (OSC, ended by BEL)
  `${ESC}]8;;https://attacker.invalid${ESC}\\click${ESC}]8;;${ESC}\\`, // a hidden hyperlink
  'Checkout\u0000down',
  'abc\u202Efed', // reads "abcdef"
  '\u2066isolated\u2069',
  'C1 CSI\u009b31m red',
  'DEL\u007f',
];

describe('printable', () => {
  it('leaves ordinary text of every script exactly as written', () => {
    for (const text of [
      'Checkout is down',
      'EU決済障害 | Ольга Петрова',
      'تم تحويل حركة المرور إلى المنطقة الثانية',
      'שרת מסד הנתונים db-1 נפל',
      // The marks right-to-left text may need (LRM, RLM, ALM) and the joiners Persian and Indic scripts need.
      'עברית\u200F (db-1)\u200E, \u061Cعربي, می\u200Cخواهم, क्\u200Dष',
      'emoji 🧯 and ≈ €1.2 M',
    ]) {
      expect(printable(text)).toBe(text);
      expect(printable(text, 'lines')).toBe(text);
    }
  });

  it('replaces each control and bidi override with U+FFFD, one for one', () => {
    expect(printable(`${ESC}]0;owned\u0007 title`)).toBe(`${REPLACEMENT}]0;owned${REPLACEMENT} title`);
    expect(printable('abc\u202Efed')).toBe(`abc${REPLACEMENT}fed`);
    for (const text of hostile) {
      expect(neverPrintedIn(printable(text))).toBeNull();
      expect(printable(text)).toHaveLength(text.length);
    }
  });

  it('keeps line breaks and tabs in text of several lines, and folds them to spaces on one line', () => {
    expect(printable('first\r\nsecond\n\tthird', 'lines')).toBe('first\r\nsecond\n\tthird');
    expect(printable('first\r\nsecond\n\tthird')).toBe('first second  third');
    // A carriage return alone sends a terminal back to the start of the line, over what was printed.
    expect(printable('Approved\rRejected', 'lines')).toBe(`Approved${REPLACEMENT}Rejected`);
  });

  it('never lets a control character through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(printable(text)).not.toMatch(/[\n\r\t]/);
        expect(neverPrintedIn(printable(text))).toBeNull();
        expect(neverPrintedIn(printable(text, 'lines'))).toBeNull();
        expect(printable(text, 'lines').replace(/\r\n/g, '')).not.toMatch(/\r/);
        expect(printable(printable(text, 'lines'), 'lines')).toBe(printable(text, 'lines'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('firstRefusedCharacter', () => {
  it('finds the first character new input may not hold, with its position counted in characters', () => {
    expect(firstRefusedCharacter('plain')).toBeNull();
    expect(firstRefusedCharacter('two\r\nlines\tand a tab')).toBeNull();
    expect(firstRefusedCharacter('🧯 fire\u202E')).toEqual({ codePoint: 0x202e, position: 7 });
    expect(firstRefusedCharacter(`${ESC}[2J`)).toEqual({ codePoint: 0x1b, position: 1 });
  });
});

describe('printableJson', () => {
  it('writes the same JSON value with every control and bidi character as a \\u escape', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary', maxLength: 50 }), (value, text) => {
        const json = printableJson(JSON.stringify({ value, text }, null, 2));
        expect(neverPrintedIn(json)).toBeNull();
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, text })));
      }),
      { numRuns: 500 },
    );
    expect(printableJson(JSON.stringify('a\u202Eb'))).toBe('"a\\u202eb"');
  });
});

describe('printableCopy', () => {
  it('copies a payload with every string in it made printable, keeping line breaks', () => {
    const payload = { title: `${ESC}]0;x\u0007`, steps: [{ details: 'one\ntwo\u202E' }], count: 3, flag: null };
    expect(printableCopy(payload)).toEqual({ title: `${REPLACEMENT}]0;x${REPLACEMENT}`, steps: [{ details: `one\ntwo${REPLACEMENT}` }], count: 3, flag: null });
    expect(payload.title).toBe(`${ESC}]0;x\u0007`);
  });
});
