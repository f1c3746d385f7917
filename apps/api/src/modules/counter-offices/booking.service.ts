import { createHash, randomInt } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaptchaVerifier } from '../../platform/auth/ports';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import type { CounterOfficeSettings } from '../../platform/config/config';
import { BadInputError, DomainError, NotFoundError } from '../../platform/errors/domain-error';
import type { RequestContext } from '../../platform/graphql/context';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter';
import type { SmsGateway } from '../../platform/sms/sms-gateway';
import { addDays, daysBetween, tehranToday } from '../../platform/time/tehran-date';
import { formatJalaliDate } from '@pishkhan/fa-format';
import { normaliseApplicant, normaliseIdentificationNumber, type ApplicantFields } from './applicant';
import {
  AlreadyBookedError,
  AppointmentNotMatchedError,
  DateNotBookableError,
  DayFullError,
  OfficeClosedThatDayError,
  OfficeSuspendedError,
} from './counter-offices.errors';
import { calendarDays, dayPlan, isIsoDate, nextDaysWithRoom, type CalendarDay, type DayOverride } from './office-calendar';
import { officeDayLockKeys, officeLockKey } from './office-locks';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** The longest range `counterOfficeDays` answers, in days. */
export const MAX_DAYS_RANGE = 62;
/** Most offices one province lists. */
export const MAX_OFFICES_LISTED = 500;

export interface BookingRequest {
  officeCode: string;
  date: string;
  applicant: ApplicantFields;
  captchaId: string;
  captchaAnswer: string;
}

export interface BookingReceipt {
  trackingCode: string;
  date: string;
  office: { code: string; name: string };
}

interface OfficeRow {
  id: string;
  code: string;
  name: string;
  status: 'ACTIVE' | 'SUSPENDED';
  daily_capacity: number;
  open_weekdays: number[];
  day_closed: boolean | null;
  day_capacity: number | null;
  booked: number;
  applicant_has_open: boolean;
}

/** Refusals found inside the booking transaction, answered once it has rolled back. */
class DayFullSignal extends Error {}

const hashed = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);
const OFFICE_CODE = /^\d{8}$/;

/** The office code as typed (digits in any script), or null when it is not 8 digits. */
export function normaliseOfficeCode(raw: string): string | null {
  const digits = raw.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).trim();
  return OFFICE_CODE.test(digits) ? digits : null;
}

const isUniqueViolation = (error: unknown, constraint: string) =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505' && (error as { constraint?: string }).constraint === constraint;
const isLockTimeout = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: string }).code === '55P03';

/**
 * Seed 003 rule 1, booked the way pretix keeps quotas: one transaction per booking; a shared lock
 * on the office (a suspension takes it exclusively), then an exclusive transaction-scoped advisory
 * lock on the office-day, then the day's places are counted live inside the lock (no stored
 * counter to drift) and the appointment inserted. Several API processes on one database serialise
 * on the same PostgreSQL locks, so the day never passes its capacity. A partial unique index keeps
 * one open appointment per identification number whatever races.
 */
export class BookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly captchas: CaptchaVerifier,
    private readonly audit: AuditLog,
    private readonly sms: SmsGateway,
    private readonly settings: CounterOfficeSettings,
  ) {}

  /** The bookable window: today (Tehran) to the horizon. */
  window(now = new Date()): { today: string; lastBookable: string } {
    const today = tehranToday(now);
    return { today, lastBookable: addDays(today, this.settings.horizonDays) };
  }

  async offices(ctx: Ctx, province: string): Promise<Array<{ code: string; name: string; province: string; city: string; address: string; phone: string; openWeekdays: number[] }>> {
    await this.limitQuery(ctx);
    const rows = (await this.dataSource.query(
      `SELECT code, name, province, city, address, phone, open_weekdays FROM counter_office WHERE province = $1 ORDER BY city, name, code LIMIT ${MAX_OFFICES_LISTED}`,
      [province.trim().slice(0, 60)],
    )) as Array<{ code: string; name: string; province: string; city: string; address: string; phone: string; open_weekdays: number[] }>;
    return rows.map((row) => ({ ...row, openWeekdays: row.open_weekdays }));
  }

  async days(ctx: Ctx | null, officeCode: string, from: string, to: string): Promise<CalendarDay[]> {
    if (ctx) await this.limitQuery(ctx);
    if (!isIsoDate(from)) throw new BadInputError('from', 'from must be an ISO date');
    if (!isIsoDate(to)) throw new BadInputError('to', 'to must be an ISO date');
    const span = daysBetween(from, to);
    if (span < 0) throw new BadInputError('to', 'to must not be before from');
    if (span >= MAX_DAYS_RANGE) throw new BadInputError('to', `At most ${MAX_DAYS_RANGE} days at a time`);
    const code = normaliseOfficeCode(officeCode);
    const office = code ? await this.officeByCode(code) : null;
    if (!office) throw new NotFoundError('The counter office');
    return this.calendar(this.dataSource.manager, office, from, to);
  }

  async book(ctx: Ctx, request: BookingRequest): Promise<BookingReceipt> {
    const window = this.window();
    const applicant = normaliseApplicant(request.applicant, window.today);
    const code = normaliseOfficeCode(request.officeCode);
    await this.limiter.hit([
      { key: `counter:book:ip:${ctx.ip}`, max: this.settings.perIpPerMinute, windowSeconds: 60 },
      { key: `counter:book:id:${hashed(applicant.identificationNumber)}`, max: this.settings.perIdPerHour, windowSeconds: 3600 },
    ]);
    await this.captchas.verify(request.captchaId, request.captchaAnswer);
    if (!code) throw new BadInputError('input.officeCode', 'The office code must be 8 digits');
    if (!isIsoDate(request.date)) throw new BadInputError('input.date', 'The date must be an ISO date');
    if (request.date < window.today || request.date > window.lastBookable) throw new DateNotBookableError(window.lastBookable);

    let booked: BookingReceipt & { officeId: string; appointmentId: string };
    try {
      booked = await this.dataSource.transaction((manager) => this.bookInside(manager, code, request.date, applicant));
    } catch (error) {
      if (error instanceof DayFullSignal) {
        const office = await this.officeByCode(code);
        const days = office ? await this.calendar(this.dataSource.manager, office, addDays(request.date, 1), window.lastBookable, window) : [];
        await this.audit.record(ctx, { action: 'counter.appointment.book', outcome: AuditOutcome.FAILURE, code: 'DAY_FULL', subjectNationalId: null, targetType: 'counter_office', targetId: code, details: { day: request.date } });
        throw new DayFullError(nextDaysWithRoom(days, request.date));
      }
      if (isUniqueViolation(error, 'UQ_verification_appointment_open')) throw new AlreadyBookedError();
      if (isLockTimeout(error)) throw new DomainError('RATE_LIMITED', 'The office is busy; try again in a moment', { retryAfterSeconds: 1 });
      if (error instanceof DomainError) {
        await this.audit.record(ctx, { action: 'counter.appointment.book', outcome: AuditOutcome.FAILURE, code: error.code, targetType: 'counter_office', targetId: code, details: { day: request.date } });
      }
      throw error;
    }
    await this.audit.record(ctx, { action: 'counter.appointment.book', outcome: AuditOutcome.SUCCESS, targetType: 'verification_appointment', targetId: booked.appointmentId, details: { office: code, day: booked.date } });
    await this.sms
      .send(applicant.mobile, `نوبت احراز هویت اتباع: ${booked.office.name} (کد ${booked.office.code})، ${formatJalaliDate(booked.date)}. کد رهگیری: ${booked.trackingCode}`, 'counter.appointment')
      .catch(() => undefined);
    return { trackingCode: booked.trackingCode, date: booked.date, office: booked.office };
  }

  private async bookInside(manager: EntityManager, code: string, day: string, applicant: ApplicantFields): Promise<BookingReceipt & { officeId: string; appointmentId: string }> {
    await manager.query(`SET LOCAL lock_timeout = ${Math.trunc(this.settings.lockTimeoutMs)}`);
    // Shared with the other bookings of the office; a suspension takes it exclusively.
    await manager.query('SELECT pg_advisory_xact_lock_shared($1::bigint)', [officeLockKey(code)]);
    const office = await this.officeForBooking(manager, code, day, applicant.identificationNumber);
    if (!office) throw new NotFoundError('The counter office');
    if (office.status === 'SUSPENDED') throw new OfficeSuspendedError();
    const override: DayOverride | undefined = office.day_closed === null ? undefined : { closed: office.day_closed, capacity: office.day_capacity };
    const plan = dayPlan({ dailyCapacity: office.daily_capacity, openWeekdays: office.open_weekdays }, override, day);
    if (!plan.open) throw new OfficeClosedThatDayError();
    if (office.applicant_has_open) throw new AlreadyBookedError();
    // Already full before queueing for the lock: refuse at once (places only come back by cancelling).
    if (office.booked >= plan.capacity) throw new DayFullSignal();
    for (const key of officeDayLockKeys(code, [day])) await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [key]);
    // A new statement, so a new snapshot: it sees every booking committed before the lock was ours.
    const [{ taken }] = (await manager.query(
      `SELECT count(*)::int AS taken FROM verification_appointment WHERE office_id = $1 AND day = $2 AND status <> 'CANCELLED'`,
      [office.id, day],
    )) as [{ taken: number }];
    if (taken >= plan.capacity) throw new DayFullSignal();
    for (;;) {
      const trackingCode = String(randomInt(1_000_000_000, 10_000_000_000));
      const inserted = (await manager.query(
        `INSERT INTO verification_appointment (tracking_code, office_id, day, identification_number, first_name, last_name, father_name, nationality, birth_date, mobile)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (tracking_code) DO NOTHING RETURNING id`,
        [trackingCode, office.id, day, applicant.identificationNumber, applicant.firstName, applicant.lastName, applicant.fatherName, applicant.nationality, applicant.birthDate, applicant.mobile],
      )) as Array<{ id: string }>;
      if (inserted[0]) return { trackingCode, date: day, office: { code: office.code, name: office.name }, officeId: office.id, appointmentId: inserted[0].id };
    }
  }

  /** The office, that day's own settings, its places taken so far and whether the applicant has an open appointment: one statement. */
  private async officeForBooking(manager: EntityManager, code: string, day: string, identificationNumber: string): Promise<OfficeRow | null> {
    const [row] = (await manager.query(
      `SELECT o.id, o.code, o.name, o.status, o.daily_capacity, o.open_weekdays, d.closed AS day_closed, d.capacity AS day_capacity,
              (SELECT count(*)::int FROM verification_appointment a WHERE a.office_id = o.id AND a.day = $2 AND a.status <> 'CANCELLED') AS booked,
              EXISTS (SELECT 1 FROM verification_appointment a WHERE a.identification_number = $3 AND a.status = 'BOOKED') AS applicant_has_open
         FROM counter_office o LEFT JOIN counter_office_day d ON d.office_id = o.id AND d.day = $2
        WHERE o.code = $1`,
      [code, day, identificationNumber],
    )) as OfficeRow[];
    return row ?? null;
  }

  /** Cancels an open appointment; every mismatch gets the same answer. The place is free at once. */
  async cancel(ctx: Ctx, trackingCodeRaw: string, identificationNumberRaw: string, captchaId: string, captchaAnswer: string): Promise<BookingReceipt> {
    const identificationNumber = normaliseIdentificationNumber(identificationNumberRaw) ?? identificationNumberRaw.trim().slice(0, 40);
    const trackingCode = normaliseIdentificationNumber(trackingCodeRaw) ?? trackingCodeRaw.trim().slice(0, 40);
    await this.limiter.hit([
      { key: `counter:book:ip:${ctx.ip}`, max: this.settings.perIpPerMinute, windowSeconds: 60 },
      { key: `counter:book:id:${hashed(identificationNumber)}`, max: this.settings.perIdPerHour, windowSeconds: 3600 },
    ]);
    await this.captchas.verify(captchaId, captchaAnswer);
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = (await this.dataSource.query(
      `UPDATE verification_appointment a SET status = 'CANCELLED', cancelled_at = now()
         FROM counter_office o
        WHERE a.tracking_code = $1 AND a.identification_number = $2 AND a.status = 'BOOKED' AND o.id = a.office_id
        RETURNING a.id, a.day::text AS day, o.code, o.name`,
      [trackingCode, identificationNumber],
    )) as [Array<{ id: string; day: string; code: string; name: string }>, number];
    const cancelled = rows[0];
    if (!cancelled) {
      await this.audit.record(ctx, { action: 'counter.appointment.cancel', outcome: AuditOutcome.FAILURE, code: 'APPOINTMENT_NOT_MATCHED' });
      throw new AppointmentNotMatchedError();
    }
    await this.audit.record(ctx, { action: 'counter.appointment.cancel', outcome: AuditOutcome.SUCCESS, targetType: 'verification_appointment', targetId: cancelled.id });
    return { trackingCode, date: cancelled.day, office: { code: cancelled.code, name: cancelled.name } };
  }

  async officeByCode(code: string): Promise<{ id: string; daily_capacity: number; open_weekdays: number[] } | null> {
    const [row] = (await this.dataSource.query('SELECT id, daily_capacity, open_weekdays FROM counter_office WHERE code = $1', [code])) as Array<{ id: string; daily_capacity: number; open_weekdays: number[] }>;
    return row ?? null;
  }

  /** The office's days in a range, with live counts of the places taken. */
  async calendar(manager: EntityManager, office: { id: string; daily_capacity: number; open_weekdays: number[] }, from: string, to: string, window = this.window()): Promise<CalendarDay[]> {
    if (to < from) return [];
    const [overrides, counts] = await Promise.all([
      manager.query(`SELECT day::text AS day, closed, capacity FROM counter_office_day WHERE office_id = $1 AND day BETWEEN $2 AND $3`, [office.id, from, to]) as Promise<Array<{ day: string; closed: boolean; capacity: number | null }>>,
      manager.query(
        `SELECT day::text AS day, count(*)::int AS booked FROM verification_appointment WHERE office_id = $1 AND day BETWEEN $2 AND $3 AND status <> 'CANCELLED' GROUP BY day`,
        [office.id, from, to],
      ) as Promise<Array<{ day: string; booked: number }>>,
    ]);
    return calendarDays(
      { dailyCapacity: office.daily_capacity, openWeekdays: office.open_weekdays },
      new Map(overrides.map((o) => [o.day, { closed: o.closed, capacity: o.capacity }])),
      new Map(counts.map((c) => [c.day, c.booked])),
      from,
      to,
      window,
    );
  }

  private async limitQuery(ctx: Ctx): Promise<void> {
    await this.limiter.hit([{ key: `counter:query:ip:${ctx.ip}`, max: this.settings.queriesPerIpPerMinute, windowSeconds: 60 }]);
  }
}
