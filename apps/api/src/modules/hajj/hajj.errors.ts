import { DomainError } from '../../platform/errors/domain-error';
import { formatJalaliDateTime } from '@pishkhan/fa-format';
import type { HajjNextStep, HajjOfficeKind } from './hajj.enums';

/** One answer for any wrong field or unknown receipt: nothing is learnt about which one was wrong. */
export class ReceiptNotMatchedError extends DomainError {
  constructor() {
    super('RECEIPT_NOT_MATCHED', 'No deposit receipt matches this national ID, receipt number and birth date');
  }
}

export class ReceiptNeedsActionError extends DomainError {
  constructor(nextStep: HajjNextStep, office: { kind: HajjOfficeKind; branchCode: string | null } | null) {
    super('RECEIPT_NEEDS_ACTION', 'The receipt needs a step before registration', {
      nextStep,
      office: office?.kind ?? null,
      branchCode: office?.branchCode ?? null,
    });
  }
}

export class NotInvitedYetError extends DomainError {
  constructor(invitedDepositsUntil: string | null) {
    super('NOT_INVITED_YET', "The province's invitation has not reached this deposit date yet", { invitedDepositsUntil });
  }
}

export class AdmissionNotOpenError extends DomainError {
  constructor(opensAt: Date | null) {
    super('ADMISSION_NOT_OPEN', "The province's admission has not opened", {
      opensAt: opensAt?.toISOString() ?? null,
      opensAtJalali: opensAt ? formatJalaliDateTime(opensAt) : null,
    });
  }
}

export class NotYourProvinceError extends DomainError {
  constructor() {
    super('NOT_YOUR_PROVINCE', 'Pre-register in a caravan of your province of residence');
  }
}

export class OnlineShareFullError extends DomainError {
  constructor() {
    super('ONLINE_SHARE_FULL', "The caravan's online share is taken");
  }
}

export class CaravanFullError extends DomainError {
  constructor() {
    super('CARAVAN_FULL', 'Every seat of the caravan is taken');
  }
}

export class AlreadyRegisteredError extends DomainError {
  constructor(trackingCode: string | null) {
    super('ALREADY_REGISTERED', 'This person already holds a seat this season', { trackingCode });
  }
}

export class HoldExpiredError extends DomainError {
  constructor() {
    super('HOLD_EXPIRED', 'The pre-registration hold expired and its seat was freed');
  }
}

export class NoActiveSeasonError extends DomainError {
  constructor() {
    super('NO_ACTIVE_SEASON', 'No Hajj season is active');
  }
}

export class ReceiptNumberTakenError extends DomainError {
  constructor() {
    super('RECEIPT_NUMBER_TAKEN', 'Another deposit receipt already has this number');
  }
}

export class DocumentsIncompleteError extends DomainError {
  constructor(missing: string[]) {
    super('DOCUMENTS_INCOMPLETE', 'The document checklist is not complete', { missing });
  }
}

export class CapacityBelowTakenError extends DomainError {
  constructor(taken: number) {
    super('CAPACITY_BELOW_TAKEN', "The caravan's capacity would fall below its seats taken", { taken });
  }
}

/** A receipt or registration that cannot take this step from where it stands. */
export class HajjInvalidTransitionError extends DomainError {
  constructor(from: string, event: string) {
    super('INVALID_TRANSITION', `Cannot ${event} from ${from}`, { from, event });
  }
}
