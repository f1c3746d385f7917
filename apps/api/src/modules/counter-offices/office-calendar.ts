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
  /** The online part of each day's capacity, in percent (the counter has the rest). */
  onlineSharePercent: number;
}

export interface DayOverride {
  closed: boolean;
  capacity: number | null;
}

/** One day of an office: its capacity split into the online and the counter share, and what each has taken. */
export interface CalendarDay {
  date: string;
  /** The office serves that day (its week, and not a closed date). */
  open: boolean;
  /** The whole day's places (0 when closed). */
  capacity: number;
  /** Places booked online by applicants (`bookVerificationAppointment`). */
  onlineCapacity: number;
  /** Places the operator books for walk-ins at the counter. */
  counterCapacity: number;
  onlineBooked: number;
  counterBooked: number;
  /** Places taken, both shares. */
  booked: number;
  /** Places left, both shares (never below 0, even on a day that shrank after bookings). */
  left: number;
  onlineLeft: number;
  counterLeft: number;
  /** Open, with online room, not past and within the booking horizon: what an applicant may book. */
  bookable: boolean;
}

export interface DayWindow {
  today: string;
  lastBookable: string;
}

export interface DayPlan {
  open: boolean;
  capacity: number;
  online: number;
  counter: number;
}

/**
 * A day's capacity split into its shares: online = capacity × percent ÷ 100 rounded down, the
 * counter the rest, so the two never add up to more than the day has.
 */
export function splitCapacity(capacity: number, onlineSharePercent: number): { online: number; counter: number } {
  const percent = Math.min(100, Math.max(0, Math.trunc(onlineSharePercent)));
  const online = Math.floor((capacity * percent) / 100);
  return { online, counter: capacity - online };
}

/** Whether the office serves on `date`, with how many places, split into the online and the counter share. */
export function dayPlan(week: WeekPlan, override: DayOverride | undefined, date: string): DayPlan {
  const open = week.openWeekdays.includes(persianWeekday(date)) && !(override?.closed ?? false);
  const capacity = open ? (override?.capacity ?? week.dailyCapacity) : 0;
  return { open, capacity, ...splitCapacity(capacity, week.onlineSharePercent) };
}

/** Up to `max` bookable days after `date`, within the horizon. */
export function nextDaysWithRoom(days: readonly CalendarDay[], date: string, max = 5): string[] {
  return days
    .filter((day) => day.date > date && day.bookable)
    .slice(0, max)
    .map((day) => day.date);
}
