import { describe, expect, it } from 'vitest';
import { evidenceLabel, formatBytes } from './evidence-files';

describe('evidence file list', () => {
  it('names files by their own name or their place', () => {
    expect(evidenceLabel({ id: 'a', name: 'report.pdf' }, 0)).toBe('report.pdf');
    expect(evidenceLabel({ id: 'a' }, 1)).toBe('فایل پیوست ۲');
  });

  it('gives sizes in Persian', () => {
    expect(formatBytes(512)).toBe('۵۱۲ بایت');
    expect(formatBytes(2048)).toBe('۲ کیلوبایت');
    expect(formatBytes(1572864)).toBe('۱٫۵ مگابایت');
  });
});
