import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../platform/time/tehran-date';
import { dayPlan, isIsoDate, nextDaysWithRoom, persianWeekday, splitCapacity, type DayOverride, type WeekPlan } from './office-calendar';
import { officeDaysFrom, publicDaysFrom, type OfficeDayRow } from './office-days';

/** The rows `OFFICE_DAYS_SQL` gives, made with `dayPlan` (an integration test checks that the SQL agrees). */
function rows(
  week: WeekPlan,
  overrides: Map<string, DayOverride>,
  taken: Map<string, { online: number; counter: number }>,
  from: string,
  to: string,
): OfficeDayRow[] {
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => {
    const date = addDays(from, i);
    const override = overrides.get(date);
    const plan = dayPlan(week, override, date);
    return {
      date,
      open: plan.open,
      capacity: plan.capacity,
      online_capacity: plan.online,
      online: taken.get(date)?.online ?? 0,
      counter: taken.get(date)?.counter ?? 0,
      closed_date: override?.closed ?? false,
      capacity_override: override && !override.closed ? override.capacity : null,
      note: null,
    };
  });
}

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
    const week = { dailyCapacity: 2, openWeekdays: [0, 1, 2, 3, 4], onlineSharePercent: 100 }; // Saturday to Wednesday, all online
    const overrides = new Map([
      ['2025-12-01', { closed: true, capacity: null }],
      ['2025-12-02', { closed: false, capacity: 3 }],
    ]);
    const taken = new Map([
      ['2025-11-29', { online: 2, counter: 0 }],
      ['2025-11-30', { online: 2, counter: 0 }],
      ['2025-12-02', { online: 2, counter: 0 }],
    ]);
    const days = officeDaysFrom(rows(week, overrides, taken, '2025-11-29', '2025-12-12'), {
      today: '2025-11-29',
      lastBookable: '2025-12-10',
    });
    expect(days.find((d) => d.date === '2025-12-02')).toMatchObject({
      open: true,
      capacity: 3,
      booked: 2,
      left: 1,
      bookable: true,
      capacityOverride: 3,
    });
    expect(days.find((d) => d.date === '2025-12-01')).toMatchObject({
      open: false,
      capacity: 0,
      left: 0,
      bookable: false,
      closedDate: true,
    });
    expect(days.find((d) => d.date === '2025-12-04')).toMatchObject({ open: false, closedDate: false }); // Thursday
    expect(nextDaysWithRoom(days, '2025-11-29')).toEqual(['2025-12-02', '2025-12-03', '2025-12-06', '2025-12-07', '2025-12-08']);
    expect(nextDaysWithRoom(days, '2025-12-08')).toEqual(['2025-12-09', '2025-12-10']);
  });

  it('splits each day into an online share (rounded down) and the counter’s rest, never more than the day', () => {
    expect(splitCapacity(40, 80)).toEqual({ online: 32, counter: 8 });
    expect(splitCapacity(7, 50)).toEqual({ online: 3, counter: 4 });
    expect(splitCapacity(1, 80)).toEqual({ online: 0, counter: 1 });
    expect(splitCapacity(10, 100)).toEqual({ online: 10, counter: 0 });
    expect(splitCapacity(10, 0)).toEqual({ online: 0, counter: 10 });
    for (let capacity = 0; capacity <= 50; capacity++) {
      for (const percent of [0, 1, 33, 50, 67, 80, 99, 100]) {
        const { online, counter } = splitCapacity(capacity, percent);
        expect(online + counter).toBe(capacity);
        expect(online).toBeGreaterThanOrEqual(0);
        expect(counter).toBeGreaterThanOrEqual(0);
      }
    }
    // A day's own capacity is split by the same share; a closed day has none.
    const week = { dailyCapacity: 10, openWeekdays: [0, 1, 2, 3, 4, 5, 6], onlineSharePercent: 70 };
    expect(dayPlan(week, undefined, '2025-11-29')).toEqual({ open: true, capacity: 10, online: 7, counter: 3 });
    expect(dayPlan(week, { closed: false, capacity: 4 }, '2025-11-29')).toEqual({ open: true, capacity: 4, online: 2, counter: 2 });
    expect(dayPlan(week, { closed: true, capacity: null }, '2025-11-29')).toEqual({ open: false, capacity: 0, online: 0, counter: 0 });
  });

  it('shows the public the online share only, while it and the whole day have room', () => {
    const window = { today: '2025-11-29', lastBookable: '2025-12-29' };
    const week = { dailyCapacity: 10, openWeekdays: [0, 1, 2, 3, 4, 5, 6], onlineSharePercent: 70 };
    const day = (online: number, counter: number) =>
      rows(week, new Map(), new Map([['2025-11-30', { online, counter }]]), '2025-11-30', '2025-11-30');
    expect(officeDaysFrom(day(6, 3), window)[0]).toMatchObject({
      onlineCapacity: 7,
      counterCapacity: 3,
      onlineLeft: 1,
      counterLeft: 0,
      left: 1,
      booked: 9,
      bookable: true,
    });
    expect(publicDaysFrom(day(6, 3), window)).toEqual([
      { date: '2025-11-30', open: true, capacity: 7, booked: 6, left: 1, bookable: true },
    ]);
    expect(publicDaysFrom(day(7, 0), window)[0]).toMatchObject({ left: 0, bookable: false });
    // After the share moved (more walk-ins than the new counter share): the day is full for the public too.
    expect(officeDaysFrom(day(5, 5), window)[0]).toMatchObject({ onlineLeft: 2, counterLeft: 0, left: 0, bookable: false });
    expect(publicDaysFrom(day(5, 5), window)[0]).toMatchObject({ capacity: 7, booked: 5, left: 0, bookable: false });
  });
});
