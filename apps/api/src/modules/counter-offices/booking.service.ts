import { createHash, randomInt } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaptchaVerifier } from '../../platform/auth/ports';
import type { UserPrincipal } from '../../platform/auth/principal';
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
import { AppointmentStatus, BookingChannel } from './appointment.entity';
import {
  AlreadyBookedError,
  AppointmentNotMatchedError,
  CounterShareFullError,
  DateNotBookableError,
  DayFullError,
  OfficeClosedThatDayError,
  OfficeSuspendedError,
} from './counter-offices.errors';
import { assertMayServeAt } from './counter-offices.policy';
import { dayPlan, isIsoDate, nextDaysWithRoom, type DayPlan, type DayWindow } from './office-calendar';
import {
  OfficeDaysReader,
  officeDaysFrom,
  publicDaysFrom,
  readOfficeDays,
  type OfficeDay,
  type OfficeDayRow,
  type PublicDay,
} from './office-days';
import type { StaffAppointment } from './service-record.type';
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

/** A place taken: the receipt, and what the audit and the operator's list need. */
export interface Reservation extends BookingReceipt {
  officeId: string;
  appointmentId: string;
  channel: BookingChannel;
  bookedAt: Date;
}

interface OfficeRow {
  id: string;
  code: string;
  name: string;
  status: 'ACTIVE' | 'SUSPENDED';
  organisation_unit_id: string | null;
  daily_capacity: number;
  open_weekdays: number[];
  online_share_percent: number;
  day_closed: boolean | null;
  day_capacity: number | null;
  online: number;
  counter: number;
  applicant_has_open: boolean;
}

/** A full share found inside the booking transaction, answered once it has rolled back. */
class ShareFullSignal extends Error {
  constructor(readonly counterCapacity: number) {
    super('share full');
  }
}

/** Whether the channel's share, and the whole day, still have a place. */
function hasRoom(plan: DayPlan, taken: { online: number; counter: number }, channel: BookingChannel): boolean {
  const share = channel === BookingChannel.ONLINE ? plan.online - taken.online : plan.counter - taken.counter;
  return share > 0 && plan.capacity - taken.online - taken.counter > 0;
}

const hashed = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);
const OFFICE_CODE = /^\d{8}$/;

/** The office code as typed (digits in any script), or null when it is not 8 digits. */
export function normaliseOfficeCode(raw: string): string | null {
  const digits = raw
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .trim();
  return OFFICE_CODE.test(digits) ? digits : null;
}

const isUniqueViolation = (error: unknown, constraint: string) =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: string }).code === '23505' &&
  (error as { constraint?: string }).constraint === constraint;
const isLockTimeout = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: string }).code === '55P03';

/**
 * Seed 003 rule 1, booked the way pretix keeps quotas, with the day's capacity split into an online
 * and a counter share as ZMS keeps them: one transaction per booking, online
 * (`bookVerificationAppointment`) or a walk-in at the counter (`bookCounterWalkIn`); a shared lock
 * on the office (a suspension takes it exclusively), then the exclusive transaction-scoped advisory
 * lock of the office-day, which both channels take, then the office's settings and the day's places
 * of both shares read again inside the lock (no stored counter to drift) and the appointment
 * inserted when its share and the whole day still have room. Several API processes on one database
 * serialise on the same PostgreSQL locks, so neither share nor the day ever passes its capacity. A
 * partial unique index keeps one open appointment per identification number whatever races.
 */
export class BookingService {
  private readonly dayReader: OfficeDaysReader;

  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly captchas: CaptchaVerifier,
    private readonly audit: AuditLog,
    private readonly sms: SmsGateway,
    private readonly settings: CounterOfficeSettings,
  ) {
    this.dayReader = new OfficeDaysReader(dataSource);
  }

  /** The bookable window: today (Tehran) to the horizon. */
  window(now = new Date()): { today: string; lastBookable: string } {
    const today = tehranToday(now);
    return { today, lastBookable: addDays(today, this.settings.horizonDays) };
  }

  async offices(
    ctx: Ctx,
    province: string,
  ): Promise<
    Array<{ code: string; name: string; province: string; city: string; address: string; phone: string; openWeekdays: number[] }>
  > {
    await this.limitQuery(ctx);
    const rows = (await this.dataSource.query(
      `SELECT code, name, province, city, address, phone, open_weekdays FROM counter_office WHERE province = $1 ORDER BY city, name, code LIMIT ${MAX_OFFICES_LISTED}`,
      [province.trim().slice(0, 60)],
    )) as Array<{ code: string; name: string; province: string; city: string; address: string; phone: string; open_weekdays: number[] }>;
    return rows.map((row) => ({ ...row, openWeekdays: row.open_weekdays }));
  }

  /**
   * The public day calendar (the online share only is offered to the public): one statement for
   * the whole range besides the per-IP limit.
   */
  async days(ctx: Ctx, officeCode: string, from: string, to: string): Promise<PublicDay[]> {
    await this.limitQuery(ctx);
    assertRange(from, to);
    const code = normaliseOfficeCode(officeCode);
    const rows = code ? await this.officeDayRows(code, from, to) : [];
    if (rows.length === 0) throw new NotFoundError('The counter office');
    return publicDaysFrom(rows, this.window());
  }

  /**
   * An office's days from `from` to `to` with both shares and their live counts, in one
   * statement (shared with the concurrent calendar reads, or on `manager` inside a transaction).
   * Empty when the office code is unknown.
   */
  async officeDays(
    code: string,
    from: string,
    to: string,
    window: DayWindow = this.window(),
    manager?: EntityManager,
  ): Promise<OfficeDay[]> {
    return officeDaysFrom(await this.officeDayRows(code, from, to, manager), window);
  }

  private async officeDayRows(code: string, from: string, to: string, manager?: EntityManager): Promise<OfficeDayRow[]> {
    if (to < from) return [];
    if (!manager) return this.dayReader.read({ code, from, to });
    const [rows] = await readOfficeDays((sql, values) => manager.query(sql, values), [{ code, from, to }]);
    return rows ?? [];
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

    let booked: Reservation;
    try {
      booked = await this.reserve(code, request.date, applicant, BookingChannel.ONLINE, null);
    } catch (error) {
      if (error instanceof ShareFullSignal) {
        const days = await this.officeDays(code, addDays(request.date, 1), window.lastBookable, window);
        await this.audit.record(ctx, {
          action: 'counter.appointment.book',
          outcome: AuditOutcome.FAILURE,
          code: 'DAY_FULL',
          subjectNationalId: null,
          targetType: 'counter_office',
          targetId: code,
          details: { day: request.date },
        });
        throw new DayFullError(nextDaysWithRoom(days, request.date));
      }
      await this.auditRefusal(ctx, 'counter.appointment.book', error, code, request.date);
      throw error;
    }
    await this.audit.record(ctx, {
      action: 'counter.appointment.book',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'verification_appointment',
      targetId: booked.appointmentId,
      details: { office: code, day: booked.date, channel: booked.channel },
    });
    await this.tellApplicant(applicant.mobile, booked);
    return { trackingCode: booked.trackingCode, date: booked.date, office: booked.office };
  }

  /**
   * A walk-in at the counter, booked by the operator of the office for today, from the counter's
   * share of today's capacity (COUNTER_SHARE_FULL when it is used up, or the whole day is full).
   * The same locks and recount as an online booking; no captcha: the operator is signed in.
   */
  async bookWalkIn(ctx: Ctx, principal: UserPrincipal, officeCode: string, input: ApplicantFields): Promise<StaffAppointment> {
    const today = tehranToday();
    const applicant = normaliseApplicant(input, today, 'applicant');
    const code = normaliseOfficeCode(officeCode);
    if (!code) throw new BadInputError('officeCode', 'The office code must be 8 digits');
    let booked: Reservation;
    try {
      booked = await this.reserve(code, today, applicant, BookingChannel.COUNTER, principal);
    } catch (error) {
      if (error instanceof ShareFullSignal) {
        await this.audit.record(ctx, {
          action: 'counter.appointment.walk-in',
          outcome: AuditOutcome.FAILURE,
          code: 'COUNTER_SHARE_FULL',
          targetType: 'counter_office',
          targetId: code,
          details: { day: today },
        });
        throw new CounterShareFullError(error.counterCapacity);
      }
      await this.auditRefusal(ctx, 'counter.appointment.walk-in', error, code, today);
      throw error;
    }
    await this.audit.record(ctx, {
      action: 'counter.appointment.walk-in',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'verification_appointment',
      targetId: booked.appointmentId,
      details: { office: code, day: booked.date, channel: booked.channel },
    });
    await this.tellApplicant(applicant.mobile, booked);
    return {
      id: booked.appointmentId,
      trackingCode: booked.trackingCode,
      date: booked.date,
      status: AppointmentStatus.BOOKED,
      channel: booked.channel,
      ...applicant,
      bookedAt: booked.bookedAt,
      recordId: null,
      recordStatus: null,
    };
  }

  /** Takes one place of `channel`'s share of the office-day, or throws why not (ShareFullSignal when full). */
  private async reserve(
    code: string,
    day: string,
    applicant: ApplicantFields,
    channel: BookingChannel,
    operator: UserPrincipal | null,
  ): Promise<Reservation> {
    try {
      return await this.dataSource.transaction((manager) => this.reserveInside(manager, code, day, applicant, channel, operator));
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_verification_appointment_open')) throw new AlreadyBookedError();
      if (isLockTimeout(error))
        throw new DomainError('RATE_LIMITED', 'The office is busy; try again in a moment', { retryAfterSeconds: 1 });
      throw error;
    }
  }

  private async reserveInside(
    manager: EntityManager,
    code: string,
    day: string,
    applicant: ApplicantFields,
    channel: BookingChannel,
    operator: UserPrincipal | null,
  ): Promise<Reservation> {
    await manager.query(`SET LOCAL lock_timeout = ${Math.trunc(this.settings.lockTimeoutMs)}`);
    // Shared with the other bookings of the office; a suspension takes it exclusively.
    await manager.query('SELECT pg_advisory_xact_lock_shared($1::bigint)', [officeLockKey(code)]);
    const office = await this.officeForBooking(manager, code, day, applicant.identificationNumber);
    // A walk-in at an office that is not the operator's is answered as a missing office.
    if (operator) assertMayServeAt(operator, office ? { organisationUnitId: office.organisation_unit_id } : null);
    if (!office) throw new NotFoundError('The counter office');
    if (office.status === 'SUSPENDED') throw new OfficeSuspendedError();
    const week = {
      dailyCapacity: office.daily_capacity,
      openWeekdays: office.open_weekdays,
      onlineSharePercent: office.online_share_percent,
    };
    const plan = dayPlan(week, office.day_closed === null ? undefined : { closed: office.day_closed, capacity: office.day_capacity }, day);
    if (!plan.open) throw new OfficeClosedThatDayError();
    if (office.applicant_has_open) throw new AlreadyBookedError();
    // Already full before queueing for the lock: refuse at once (places only come back by cancelling).
    if (!hasRoom(plan, office, channel)) throw new ShareFullSignal(plan.counter);
    // One lock for the office-day, whichever the channel: the shares and the whole day are checked together.
    for (const key of officeDayLockKeys(code, [day])) await manager.query('SELECT pg_advisory_xact_lock($1::bigint)', [key]);
    // A new statement, so a new snapshot: the office's settings and every booking committed before
    // the lock was ours, both shares, read again.
    const [now] = await this.officeDays(code, day, day, this.window(), manager);
    if (!now?.open) throw new OfficeClosedThatDayError();
    const recounted = { open: now.open, capacity: now.capacity, online: now.onlineCapacity, counter: now.counterCapacity };
    if (!hasRoom(recounted, { online: now.onlineBooked, counter: now.counterBooked }, channel))
      throw new ShareFullSignal(now.counterCapacity);
    for (;;) {
      const trackingCode = String(randomInt(1_000_000_000, 10_000_000_000));
      const inserted = (await manager.query(
        `INSERT INTO verification_appointment (tracking_code, office_id, day, identification_number, first_name, last_name, father_name, nationality, birth_date, mobile, channel, booked_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (tracking_code) DO NOTHING RETURNING id, booked_at`,
        [
          trackingCode,
          office.id,
          day,
          applicant.identificationNumber,
          applicant.firstName,
          applicant.lastName,
          applicant.fatherName,
          applicant.nationality,
          applicant.birthDate,
          applicant.mobile,
          channel,
          operator?.id ?? null,
        ],
      )) as Array<{ id: string; booked_at: Date }>;
      const row = inserted[0];
      if (row)
        return {
          trackingCode,
          date: day,
          office: { code: office.code, name: office.name },
          officeId: office.id,
          appointmentId: row.id,
          channel,
          bookedAt: row.booked_at,
        };
    }
  }

  /** The office, that day's own settings, its places taken so far by share and whether the applicant has an open appointment: one statement. */
  private async officeForBooking(
    manager: EntityManager,
    code: string,
    day: string,
    identificationNumber: string,
  ): Promise<OfficeRow | null> {
    const [row] = (await manager.query(
      `SELECT o.id, o.code, o.name, o.status, o.organisation_unit_id, o.daily_capacity, o.open_weekdays, o.online_share_percent,
              d.closed AS day_closed, d.capacity AS day_capacity, t.online, t.counter,
              EXISTS (SELECT 1 FROM verification_appointment a WHERE a.identification_number = $3 AND a.status = 'BOOKED') AS applicant_has_open
         FROM counter_office o
         LEFT JOIN counter_office_day d ON d.office_id = o.id AND d.day = $2
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE a.channel = 'ONLINE')::int AS online, count(*) FILTER (WHERE a.channel = 'COUNTER')::int AS counter
            FROM verification_appointment a WHERE a.office_id = o.id AND a.day = $2 AND a.status <> 'CANCELLED') t
        WHERE o.code = $1`,
      [code, day, identificationNumber],
    )) as OfficeRow[];
    return row ?? null;
  }

  /** The refusal of a booking or walk-in, audited (a domain refusal only; anything else is the error log's). */
  private async auditRefusal(ctx: Ctx, action: string, error: unknown, code: string, day: string): Promise<void> {
    if (error instanceof DomainError) {
      await this.audit.record(ctx, {
        action,
        outcome: AuditOutcome.FAILURE,
        code: error.code,
        targetType: 'counter_office',
        targetId: code,
        details: { day },
      });
    }
  }

  /** The SMS with the tracking code; a gateway failure does not undo the booking. */
  private async tellApplicant(mobile: string, booked: BookingReceipt): Promise<void> {
    await this.sms
      .send(
        mobile,
        `نوبت احراز هویت اتباع: ${booked.office.name} (کد ${booked.office.code})، ${formatJalaliDate(booked.date)}. کد رهگیری: ${booked.trackingCode}`,
        'counter.appointment',
      )
      .catch(() => undefined);
  }

  /** Cancels an open appointment; every mismatch gets the same answer. The place is free at once. */
  async cancel(
    ctx: Ctx,
    trackingCodeRaw: string,
    identificationNumberRaw: string,
    captchaId: string,
    captchaAnswer: string,
  ): Promise<BookingReceipt> {
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
      await this.audit.record(ctx, {
        action: 'counter.appointment.cancel',
        outcome: AuditOutcome.FAILURE,
        code: 'APPOINTMENT_NOT_MATCHED',
      });
      throw new AppointmentNotMatchedError();
    }
    await this.audit.record(ctx, {
      action: 'counter.appointment.cancel',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'verification_appointment',
      targetId: cancelled.id,
    });
    return { trackingCode, date: cancelled.day, office: { code: cancelled.code, name: cancelled.name } };
  }

  private async limitQuery(ctx: Ctx): Promise<void> {
    await this.limiter.hit([{ key: `counter:query:ip:${ctx.ip}`, max: this.settings.queriesPerIpPerMinute, windowSeconds: 60 }]);
  }
}

/** BAD_USER_INPUT unless `from` and `to` are ISO dates, in order, at most MAX_DAYS_RANGE days apart. */
export function assertRange(from: string, to: string): void {
  if (!isIsoDate(from)) throw new BadInputError('from', 'from must be an ISO date');
  if (!isIsoDate(to)) throw new BadInputError('to', 'to must be an ISO date');
  const span = daysBetween(from, to);
  if (span < 0) throw new BadInputError('to', 'to must not be before from');
  if (span >= MAX_DAYS_RANGE) throw new BadInputError('to', `At most ${MAX_DAYS_RANGE} days at a time`);
}
