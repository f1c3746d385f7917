import { describe, expect, it } from 'vitest';
import { redactDetails } from './audit-log';

describe('redactDetails', () => {
  it('keeps record ids whole, even when their digit groups look like a national ID', () => {
    const ids = ['0f8e6a1c-4172-8431-9b2e-55ad0c3b7e10', 'a3b1c2d4-1234-5678-9012-345678901234'];
    expect(redactDetails({ referrals: ids, indicator: ids[0] })).toEqual({ referrals: ids, indicator: ids[0] });
  });

  it('still masks national IDs and hides secrets around them', () => {
    expect(redactDetails({ note: 'کد ملی 0013542419 ثبت شد', password: 'x', nested: { args: { nationalId: '0013542419' } } })).toEqual({
      note: 'کد ملی 001****419 ثبت شد',
      password: '[redacted]',
      nested: { args: { nationalId: '001****419' } },
    });
  });
});
