import { describe, expect, it } from 'vitest';
import { normaliseApplicant, normaliseIdentificationNumber, normaliseMobile } from './applicant';

describe('applicant fields', () => {
  it('normalises identification numbers typed in any script, with spaces and dashes', () => {
    expect(normaliseIdentificationNumber('۰۱۲-۳۴۵ ۶۷۸۹۰۱')).toBe('012345678901');
    expect(normaliseIdentificationNumber('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normaliseIdentificationNumber('12345')).toBeNull();
    expect(normaliseIdentificationNumber('12ab5678')).toBeNull();
  });

  it('normalises Iranian mobile numbers', () => {
    expect(normaliseMobile('۰۹۱۲ ۳۴۵ ۶۷۸۹')).toBe('09123456789');
    expect(normaliseMobile('+98 912 345 6789')).toBe('09123456789');
    expect(normaliseMobile('9123456789')).toBe('09123456789');
    expect(normaliseMobile('02161610000')).toBeNull();
  });

  it('names the field that is wrong', () => {
    const applicant = {
      identificationNumber: '123456789012',
      firstName: ' احمد ',
      lastName: 'رحیمی',
      fatherName: 'محمد',
      nationality: 'افغانستان',
      birthDate: '1990-01-01',
      mobile: '09123456789',
    };
    expect(normaliseApplicant(applicant, '2025-01-01').firstName).toBe('احمد');
    expect(() => normaliseApplicant({ ...applicant, birthDate: '2030-01-01' }, '2025-01-01')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(() => normaliseApplicant({ ...applicant, fatherName: '  ' }, '2025-01-01')).toThrow(/fatherName/);
  });
});
