import { describe, expect, it } from 'vitest';
import { checkNationalId, hasValidCheckDigit, normalizeNationalId, withCheckDigit } from './national-id.js';
import { maskNationalId, maskNationalIdsInText } from './mask.js';
import { issuancePlaceOf } from './places.js';

describe('normalizeNationalId', () => {
  it.each([
    ['0013542419', '0013542419'],
    ['  0013542419\t', '0013542419'],
    ['۰۰۱۳۵۴۲۴۱۹', '0013542419'],
    ['٠٠١٣٥٤٢٤١٩', '0013542419'],
    ['۰۰۱-۳۵۴۲۴-۱۹', '0013542419'],
    ['001 354 2419', '0013542419'],
    ['001\u200c3542419', '0013542419'],
    ['\u200f0013542419\u200e', '0013542419'],
    ['001–354—2419', '0013542419'],
    ['13542419', '0013542419'],
    ['۱۳۵۴۲۴۱۹', '0013542419'],
    ['013542419', '0013542419'],
  ])('turns %j into %s', (input, expected) => {
    expect(normalizeNationalId(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['- \u200c', 'EMPTY'],
    ['00135a2419', 'NOT_DIGITS'],
    ['001.354.2419', 'NOT_DIGITS'],
    ['1234567', 'WRONG_LENGTH'],
    ['00135424190', 'WRONG_LENGTH'],
  ])('refuses %j as %s', (input, problem) => {
    expect(normalizeNationalId(input)).toEqual({ ok: false, problem });
  });
});

describe('checkNationalId', () => {
  it('accepts a correct check digit', () => {
    expect(checkNationalId('0013542419')).toEqual({ valid: true, normalized: '0013542419' });
  });

  it('accepts check digits computed for remainders below two and from two up', () => {
    // remainder 0 → check digit 0; remainder 1 → check digit 1; otherwise 11 − remainder
    for (const nine of ['000000010', '100000000', '123456789', '657123456', '999999998']) {
      const id = withCheckDigit(nine);
      expect(hasValidCheckDigit(id)).toBe(true);
      expect(checkNationalId(id).valid).toBe(true);
    }
  });

  it('refuses every other check digit', () => {
    const valid = withCheckDigit('123456789');
    const wrong = [...'0123456789'].filter((d) => d !== valid[9]).map((d) => valid.slice(0, 9) + d);
    for (const id of wrong) expect(checkNationalId(id)).toEqual({ valid: false, normalized: id, problem: 'CHECKSUM' });
  });

  it('refuses ten identical digits even when the check digit fits', () => {
    // 0000000000 and 1111111111 … pass mod-11 for some digits; all are refused.
    for (const d of '0123456789') {
      expect(checkNationalId(d.repeat(10))).toEqual({ valid: false, normalized: d.repeat(10), problem: 'REPEATED_DIGITS' });
    }
  });

  it('keeps pilot prefixes that the place table lacks valid', () => {
    for (const prefix of ['750', '752', '657', '659']) {
      expect(checkNationalId(withCheckDigit(`${prefix}123456`)).valid).toBe(true);
    }
  });

  it('gives no normalised value for input that cannot be normalised', () => {
    expect(checkNationalId('abc')).toEqual({ valid: false, normalized: null, problem: 'NOT_DIGITS' });
  });
});

describe('withCheckDigit', () => {
  it('refuses anything but nine ASCII digits', () => {
    expect(() => withCheckDigit('12345678')).toThrow(RangeError);
    expect(() => withCheckDigit('۱۲۳۴۵۶۷۸۹')).toThrow(RangeError);
  });
});

describe('issuancePlaceOf', () => {
  it('names the province and city of a known prefix', () => {
    expect(issuancePlaceOf('0013542419')).toEqual({ prefix: '001', province: 'تهران', city: 'تهران مرکزی' });
  });

  it('keeps the prefix and gives no place for prefixes missing from the table', () => {
    expect(issuancePlaceOf(withCheckDigit('750123456'))).toEqual({ prefix: '750', province: null, city: null });
    expect(issuancePlaceOf(withCheckDigit('752123456'))).toEqual({ prefix: '752', province: null, city: null });
  });
});

describe('masking', () => {
  it('keeps three digits at each end', () => {
    expect(maskNationalId('0013542419')).toBe('001****419');
    expect(maskNationalId('۰۰۱۳۵۴۲۴۱۹')).toBe('001****419');
  });

  it('masks every national-ID-like run inside text, in any digits and spacing', () => {
    const text = 'head 0013542419, spouse ۰۰۱-۳۵۴-۲۴۱۹ and ٠٠١٣٥٤٢٤١٩, short 13542419';
    const masked = maskNationalIdsInText(text);
    expect(masked).not.toMatch(/3542/);
    expect(masked).not.toMatch(/۳۵۴/);
    expect(masked).toContain('001****419');
  });

  it('leaves short numbers and eleven-digit mobiles alone', () => {
    expect(maskNationalIdsInText('code 390831 mobile 09121234567 year 1403')).toBe('code 390831 mobile 09121234567 year 1403');
  });
});
