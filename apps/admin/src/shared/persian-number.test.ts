import { describe, expect, it } from 'vitest';
import { latinNumberText, persianNumberText } from './persian-number';

describe('InputNumber in Persian', () => {
  it('shows Persian digits and reads back either script', () => {
    expect(persianNumberText(160)).toBe('۱۶۰');
    expect(persianNumberText('12.5')).toBe('۱۲٫۵');
    expect(persianNumberText(undefined)).toBe('');
    expect(latinNumberText('۱۶۰')).toBe('160');
    expect(latinNumberText('۱۲٫۵')).toBe('12.5');
    expect(latinNumberText('160')).toBe('160');
  });
});
