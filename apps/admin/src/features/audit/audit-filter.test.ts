import { describe, expect, it } from 'vitest';
import { dayjs } from '../../shared/dayjs-setup';
import { auditFilterOf } from './audit-filter';

describe('auditFilterOf', () => {
  it('sends only what was filled, with offset and limit', () => {
    expect(auditFilterOf({}, 1, 20)).toEqual({ offset: 0, limit: 20 });
    expect(auditFilterOf({ action: ' auth. ', outcome: 'FAILURE', nationalId: '۰۰۱۰۰۰۲۰۲۲' }, 3, 20)).toEqual({
      offset: 40,
      limit: 20,
      action: 'auth.',
      outcome: 'FAILURE',
      nationalId: '0010002022',
    });
  });

  it('covers whole days of the picked range', () => {
    const from = dayjs('2026-11-20T15:00:00');
    const to = dayjs('2026-11-21T09:00:00');
    const filter = auditFilterOf({ range: [from, to] }, 1, 20);
    expect(new Date(filter.from ?? '').getTime()).toBe(new Date(2026, 10, 20, 0, 0, 0, 0).getTime());
    expect(new Date(filter.to ?? '').getTime()).toBe(new Date(2026, 10, 22, 0, 0, 0, 0).getTime());
  });
});
