import { describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES, evidencePrecheck, evidenceProblem } from './evidence-check';

describe('evidence file pre-check', () => {
  it('accepts the five kinds with a Latin name', () => {
    for (const name of ['report.pdf', 'Report-1405_final.DOCX', 'a.doc', 'sheet_2.xls', 'x-y.xlsx']) {
      expect(evidencePrecheck({ name, size: 100 })).toBeNull();
    }
    expect(evidencePrecheck({ name: `${'a'.repeat(100)}.pdf`, size: 1 })).toBeNull();
  });

  it('refuses other kinds by their extension', () => {
    expect(evidencePrecheck({ name: 'photo.jpg', size: 100 })).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(evidencePrecheck({ name: 'report', size: 100 })).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(evidencePrecheck({ name: 'report.pdf.exe', size: 100 })).toBe('FILE_TYPE_NOT_ALLOWED');
  });

  it('refuses names with Persian letters, spaces, dots or other marks', () => {
    expect(evidencePrecheck({ name: 'گزارش.pdf', size: 100 })).toBe('FILE_NAME_INVALID');
    expect(evidencePrecheck({ name: 'my report.pdf', size: 100 })).toBe('FILE_NAME_INVALID');
    expect(evidencePrecheck({ name: 'report.v2.pdf', size: 100 })).toBe('FILE_NAME_INVALID');
    expect(evidencePrecheck({ name: '.pdf', size: 100 })).toBe('FILE_NAME_INVALID');
    expect(evidencePrecheck({ name: `${'a'.repeat(101)}.pdf`, size: 1 })).toBe('FILE_NAME_INVALID');
  });

  it('refuses empty files and files over the limit', () => {
    expect(evidencePrecheck({ name: 'a.pdf', size: 0 })).toBe('FILE_EMPTY');
    expect(evidencePrecheck({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES })).toBeNull();
    expect(evidencePrecheck({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES + 1 })).toBe('FILE_TOO_LARGE');
    expect(evidencePrecheck({ name: 'a.pdf', size: 2000 }, 1000)).toBe('FILE_TOO_LARGE');
  });

  it('says why in Persian', () => {
    expect(evidenceProblem({ name: 'a.pdf', size: 5 })).toBeNull();
    expect(evidenceProblem({ name: 'photo.png', size: 5 })).toBe('تنها امکان افزودن فایل‌هایی با قالب PDF، DOC، DOCX، XLS و XLSX را دارید');
    expect(evidenceProblem({ name: 'گزارش.pdf', size: 5 })).toBe(
      'نام فایل‌ها تنها می‌تواند شامل حروف و اعداد لاتین و کاراکترهای مجاز (- و _) باشد',
    );
    expect(evidenceProblem({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES + 1 })).toBe('حجم فایل نباید بیش از ۱۰ مگابایت باشد');
    expect(evidenceProblem({ name: 'a.pdf', size: 0 })).toBe('فایل خالی است');
  });
});
