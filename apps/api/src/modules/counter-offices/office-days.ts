import { calendarDay, dayPlan, type CalendarDay, type DayWindow } from './office-calendar';

/**
 * An office's days from $2 to $3 (ISO dates, included) in one statement: a series of day numbers
 * joined to the office's week (open weekdays, daily capacity, online share), each day's own
 * settings (closed, capacity, note) and the places taken that day by share, counted live. No row
 * when the office code ($1) is unknown. Weekdays, closed dates and the split are applied in one
 * pass over the rows (`officeDaysFrom`), with the same rules as a booking.
 */
export const OFFICE_DAYS_SQL = `
  WITH o AS (SELECT id, daily_capacity, open_weekdays, online_share_percent FROM counter_office WHERE code = $1),
       taken AS (
         SELECT a.day,
                count(*) FILTER (WHERE a.channel = 'ONLINE')::int AS online,
                count(*) FILTER (WHERE a.channel = 'COUNTER')::int AS counter
           FROM verification_appointment a JOIN o ON a.office_id = o.id
          WHERE a.day BETWEEN $2::date AND $3::date AND a.status <> 'CANCELLED'
          GROUP BY a.day)
  SELECT ($2::date + n)::text AS date, o.daily_capacity, o.open_weekdays, o.online_share_percent,
         x.closed, x.capacity, x.note, coalesce(t.online, 0) AS online, coalesce(t.counter, 0) AS counter
    FROM o
   CROSS JOIN generate_series(0, $3::date - $2::date) AS n
    LEFT JOIN counter_office_day x ON x.office_id = o.id AND x.day = $2::date + n
    LEFT JOIN taken t ON t.day = $2::date + n
   ORDER BY n`;

/** A row of `OFFICE_DAYS_SQL`. */
export interface OfficeDayRow {
  date: string;
  daily_capacity: number;
  open_weekdays: number[];
  online_share_percent: number;
  /** The day's own settings, when it has any. */
  closed: boolean | null;
  capacity: number | null;
  note: string | null;
  online: number;
  counter: number;
}

/** A calendar day with the day's own settings, for the staff's calendar. */
export interface OfficeDay extends CalendarDay {
  closedDate: boolean;
  capacityOverride: number | null;
  note: string | null;
}

/** The rows of `OFFICE_DAYS_SQL` as calendar days, in one pass. */
export function officeDaysFrom(rows: readonly OfficeDayRow[], window: DayWindow): OfficeDay[] {
  return rows.map((row) => {
    const week = { dailyCapacity: row.daily_capacity, openWeekdays: row.open_weekdays, onlineSharePercent: row.online_share_percent };
    const override = row.closed === null ? undefined : { closed: row.closed, capacity: row.capacity };
    return {
      ...calendarDay(row.date, dayPlan(week, override, row.date), { online: row.online, counter: row.counter }, window),
      closedDate: row.closed ?? false,
      capacityOverride: row.closed ? null : row.capacity,
      note: row.note,
    };
  });
}
