import { describe, expect, it } from 'vitest';
import { STATUS_FILTER_OPTIONS, STATUS_NAMES, registrationFilter, subsystemName } from './registration-status';

describe('registration status', () => {
  it('names statuses in Persian', () => {
    expect(STATUS_NAMES).toEqual({ PENDING: 'در انتظار', APPROVED: 'تأیید شده', REJECTED: 'رد شده' });
    expect(STATUS_FILTER_OPTIONS.map((o) => o.label)).toEqual(['در انتظار', 'تأیید شده', 'رد شده', 'همه']);
    expect(subsystemName('MANA')).toBe('معنا');
    expect(subsystemName('HAJJ')).toBe('HAJJ');
  });

  it('turns a table page into offset and limit', () => {
    expect(registrationFilter({ status: 'PENDING', page: 1, pageSize: 10 })).toEqual({ status: 'PENDING', offset: 0, limit: 10 });
    expect(registrationFilter({ status: 'ALL', page: 3, pageSize: 20 })).toEqual({ offset: 40, limit: 20 });
    expect(registrationFilter({ status: 'REJECTED', page: 0, pageSize: 20 })).toEqual({ status: 'REJECTED', offset: 0, limit: 20 });
  });
});
