import { describe, expect, it } from 'vitest';
import { calendarDays, isIsoDate, nextDaysWithRoom, persianWeekday } from './office-calendar';

describe('office calendar', () => {
  it('numbers the Persian week from Saturday (0) to Friday (6)', () => {
    expect(persianWeekday('2025-11-29')).toBe(0); // a Saturday
    expect(persianWeekday('2025-11-30')).toBe(1);
    expect(persianWeekday('2025-12-05')).toBe(6); // a Friday
  });

  it('knows real ISO dates', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
  });

  it('offers the next open days with room, skipping closed weekdays, closed dates, full days and the horizon', () => {
    const week = { dailyCapacity: 2, openWeekdays: [0, 1, 2, 3, 4] }; // Saturday to Wednesday
    const overrides = new Map([
      ['2025-12-01', { closed: true, capacity: null }],
      ['2025-12-02', { closed: false, capacity: 3 }],
    ]);
    const booked = new Map([
      ['2025-11-29', 2],
      ['2025-11-30', 2],
      ['2025-12-02', 2],
    ]);
    const days = calendarDays(week, overrides, booked, '2025-11-29', '2025-12-12', { today: '2025-11-29', lastBookable: '2025-12-10' });
    expect(days.find((d) => d.date === '2025-12-02')).toMatchObject({ open: true, capacity: 3, booked: 2, left: 1, bookable: true });
    expect(days.find((d) => d.date === '2025-12-01')).toMatchObject({ open: false, capacity: 0, left: 0, bookable: false });
    expect(days.find((d) => d.date === '2025-12-04')).toMatchObject({ open: false }); // Thursday
    expect(nextDaysWithRoom(days, '2025-11-29')).toEqual(['2025-12-02', '2025-12-03', '2025-12-06', '2025-12-07', '2025-12-08']);
    expect(nextDaysWithRoom(days, '2025-12-08')).toEqual(['2025-12-09', '2025-12-10']);
  });
});
