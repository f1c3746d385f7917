/**
 * Calendar dates as Tehran sees them. Deadlines, campaign windows and evaluation periods are
 * Tehran calendar dates written as ISO dates (`2026-03-21`); "today" is Tehran's today whatever
 * the clock of the server or the browser says.
 */

/** Every instant shown to people is shown, and every "today" is taken, on Tehran's clock. */
export const TEHRAN_TIME_ZONE = 'Asia/Tehran';

/** Made once: building an Intl.DateTimeFormat costs far more than formatting with one. */
const isoDateInTehran = new Intl.DateTimeFormat('en-CA', { timeZone: TEHRAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

const wallClockInTehran = new Intl.DateTimeFormat('en-US', {
  timeZone: TEHRAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const DAY_MS = 86_400_000;

/** Today's calendar date in Tehran (the day deadlines and windows are compared with), as an ISO date. */
export function tehranToday(now: Date = new Date()): string {
  return isoDateInTehran.format(now);
}

/** An ISO date moved by whole days (negative to go back). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}

/** The Tehran wall clock of an instant: ISO date and «HH:mm». */
export function tehranWallClock(instant: Date | string): { date: string; time: string } {
  const parts = wallClockInTehran.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** Minutes Tehran's clock is ahead of UTC at an instant (210, or 270 in the summers before 1401). */
function tehranOffsetMinutes(instant: Date): number {
  const { date, time } = tehranWallClock(instant);
  const wall = Date.parse(`${date}T${time}:00Z`);
  const utc = Math.floor(instant.getTime() / 60_000) * 60_000;
  return Math.round((wall - utc) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The instant at which Tehran's clock shows `date` (ISO) and `time` (HH:mm), as an ISO string
 * with Tehran's offset, e.g. `2024-07-10T00:00:00+03:30`.
 */
export function tehranInstant(date: string, time: string): string {
  const wallAsUtc = Date.parse(`${date}T${time}:00Z`);
  let offset = tehranOffsetMinutes(new Date(wallAsUtc - 210 * 60_000));
  offset = tehranOffsetMinutes(new Date(wallAsUtc - offset * 60_000));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
