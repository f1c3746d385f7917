import { DomainError } from '../../platform/errors/domain-error';

/** The day has no place left; the next days with room (up to 5, ISO) come with it. */
export class DayFullError extends DomainError {
  constructor(nextDaysWithRoom: string[]) {
    super('DAY_FULL', 'The office is fully booked on that day', { nextDaysWithRoom });
  }
}

export class OfficeSuspendedError extends DomainError {
  constructor() {
    super('OFFICE_SUSPENDED', 'The service is suspended at this office');
  }
}

export class OfficeClosedThatDayError extends DomainError {
  constructor() {
    super('OFFICE_CLOSED_THAT_DAY', 'The office does not serve on that day');
  }
}

export class DateNotBookableError extends DomainError {
  constructor(lastBookableDate: string) {
    super('DATE_NOT_BOOKABLE', 'The day is past or beyond the booking horizon', { lastBookableDate });
  }
}

export class AlreadyBookedError extends DomainError {
  constructor() {
    super('ALREADY_BOOKED', 'This identification number already has an open appointment');
  }
}

/** One answer for every mismatch of a cancellation: nothing is learnt about which part was wrong. */
export class AppointmentNotMatchedError extends DomainError {
  constructor() {
    super('APPOINTMENT_NOT_MATCHED', 'No open appointment has this tracking code and identification number');
  }
}

export class AppointmentNotTodayError extends DomainError {
  constructor(day: string) {
    super('APPOINTMENT_NOT_TODAY', 'A service record is made on the day of the appointment only', { day });
  }
}

export class RecordIncompleteError extends DomainError {
  constructor(missing: string[]) {
    super('RECORD_INCOMPLETE', `The service record misses: ${missing.join(', ')}`, { missing });
  }
}

export class PhotoRejectedError extends DomainError {
  constructor(reason: string, message: string) {
    super('PHOTO_REJECTED', message, { reason });
  }
}

export class TariffNotInForceError extends DomainError {
  constructor(day: string) {
    super('TARIFF_NOT_IN_FORCE', 'No approved fee is in force on that day', { day });
  }
}

/** A step the record, appointment or office cannot take from its status. */
export class CounterTransitionError extends DomainError {
  constructor(from: string, event: string) {
    super('INVALID_TRANSITION', `Cannot ${event} from ${from}`, { from, event });
  }
}

/** The counter's share of today's capacity (walk-ins booked by the operator) is used up, or the whole day is full. */
export class CounterShareFullError extends DomainError {
  constructor(counterCapacity: number) {
    super('COUNTER_SHARE_FULL', "The counter's share of today's capacity is used up", { counterCapacity });
  }
}

/** Captures scoring below the threshold: take them again, or record why the finger cannot be taken. */
export class FingerprintQualityLowError extends DomainError {
  constructor(fingers: Array<{ finger: string; quality: number }>, minQuality: number) {
    super('FINGERPRINT_QUALITY_LOW', `Capture again, or give an exception reason for: ${fingers.map((f) => f.finger).join(', ')}`, {
      fingers,
      minQuality,
    });
  }
}
