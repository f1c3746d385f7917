import { describe, expect, it } from 'vitest';
import { maskNationalIdsInLogText } from './mask-in-text';

describe('national IDs in a log line', () => {
  it('masks a bare national ID anywhere in the text, in Latin, Persian or Arabic-Indic digits, spaced or dashed', () => {
    expect(maskNationalIdsInLogText('0013542419')).toBe('001****419');
    expect(maskNationalIdsInLogText('no household for 0013542419.')).toBe('no household for 001****419.');
    expect(maskNationalIdsInLogText('nationalId=0013542419&x=1')).toBe('nationalId=001****419&x=1');
    expect(maskNationalIdsInLogText('/households/0013542419/timeline')).toBe('/households/001****419/timeline');
    const persian = maskNationalIdsInLogText('کد ملی ۰۰۱۳۵۴۲۴۱۹ و ٠٠١٣٥٤٢٤١٩ و ۰۰۱-۳۵۴-۲۴۱۹');
    expect(persian).not.toMatch(/۳۵۴|٣٥٤/);
    expect(persian).toBe('کد ملی 001****419 و 001****419 و 001****419');
  });

  it('leaves the digits of a UUID whole, and still masks an ID beside it', () => {
    const id = '12345678-1234-4123-8123-123456789012';
    expect(maskNationalIdsInLogText(`record ${id} done`)).toBe(`record ${id} done`);
    expect(maskNationalIdsInLogText(`GET /counter-offices/receipts/${id}.pdf`)).toBe(`GET /counter-offices/receipts/${id}.pdf`);
    expect(maskNationalIdsInLogText(`${id.toUpperCase()},0013542419 ${id}`)).toBe(`${id.toUpperCase()},001****419 ${id}`);
    expect(maskNationalIdsInLogText(`{"user":"${id}","nationalId":"0013542419"}`)).toBe(`{"user":"${id}","nationalId":"001****419"}`);
  });

  it('leaves long tokens of letters and digits mixed whole (hashes, request ids), not a national ID with a word glued to it', () => {
    const hash = 'e3b0c44298fc1c14ab0013542419cdef9afbf4c8996fb924';
    expect(maskNationalIdsInLogText(`sha256 ${hash}`)).toBe(`sha256 ${hash}`);
    expect(maskNationalIdsInLogText('request r7k2p0013542419x9q')).toBe('request r7k2p0013542419x9q');
    // A word and the ID, one turn from letters to digits: masked.
    expect(maskNationalIdsInLogText('nationalId0013542419')).toBe('nationalId001****419');
    // Short tokens are not taken for ids.
    expect(maskNationalIdsInLogText('a0013542419b')).toBe('a001****419b');
  });

  it('leaves short numbers and eleven-digit mobiles alone', () => {
    expect(maskNationalIdsInLogText('code 390831 mobile 09121234567 year 1403')).toBe('code 390831 mobile 09121234567 year 1403');
  });
});
