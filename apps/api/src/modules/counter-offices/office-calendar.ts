import { addDays, daysBetween } from '../../platform/time/tehran-date';

/** The Persian weekday of an ISO date: 0 = Saturday … 6 = Friday. */
export function persianWeekday(iso: string): number {
  return (new Date(`${iso}T00:00:00Z`).getUTCDay() + 1) % 7;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export interface WeekPlan {
  dailyCapacity: number;
  openWeekdays: readonly number[];
}

export interface DayOverride {
  closed: boolean;
  capacity: number | null;
}

export interface CalendarDay {
  date: string;
  /** The office serves that day (its week, and not a closed date). */
  open: boolean;
  capacity: number;
  booked: number;
  left: number;
  /** Open, with room, not past and within the booking horizon. */
  bookable: boolean;
}

export interface DayWindow {
  today: string;
  lastBookable: string;
}

/** Whether the office serves on `date`, and with how many places. */
export function dayPlan(week: WeekPlan, override: DayOverride | undefined, date: string): { open: boolean; capacity: number } {
  const open = week.openWeekdays.includes(persianWeekday(date)) && !(override?.closed ?? false);
  return { open, capacity: open ? (override?.capacity ?? week.dailyCapacity) : 0 };
}

/** The office's days from `from` to `to` (included), with what is booked of each. */
export function calendarDays(
  week: WeekPlan,
  overrides: ReadonlyMap<string, DayOverride>,
  booked: ReadonlyMap<string, number>,
  from: string,
  to: string,
  window: DayWindow,
): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let i = 0, n = daysBetween(from, to); i <= n; i++) {
    const date = addDays(from, i);
    const { open, capacity } = dayPlan(week, overrides.get(date), date);
    const taken = booked.get(date) ?? 0;
    const left = Math.max(0, capacity - taken);
    days.push({ date, open, capacity, booked: taken, left, bookable: open && left > 0 && date >= window.today && date <= window.lastBookable });
  }
  return days;
}

/** Up to `max` bookable days after `date`, within the horizon. */
export function nextDaysWithRoom(days: readonly CalendarDay[], date: string, max = 5): string[] {
  return days.filter((day) => day.date > date && day.bookable).slice(0, max).map((day) => day.date);
}
