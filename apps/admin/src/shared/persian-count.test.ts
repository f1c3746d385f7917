import { describe, expect, it } from 'vitest';
import { PERSIAN_COUNT } from './persian-count';

describe('character counters', () => {
  it('count in Persian digits', () => {
    expect(PERSIAN_COUNT.formatter({ count: 0, maxLength: 4000 })).toBe('۰ / ۴۰۰۰');
    expect(PERSIAN_COUNT.formatter({ count: 12 })).toBe('۱۲');
  });
});
