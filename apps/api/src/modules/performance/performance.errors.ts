import { DomainError } from '../../platform/errors/domain-error';

export class DeadlineTooLateError extends DomainError {
  constructor(latest: string) {
    super('DEADLINE_TOO_LATE', 'The deadline cannot be later than the one you received', { latest });
  }
}

export class DeadlinePassedError extends DomainError {
  constructor() {
    super('DEADLINE_IN_PAST', 'The deadline cannot be before today');
  }
}

export class NotYourTurnError extends DomainError {
  constructor() {
    super('NOT_YOUR_TURN', 'Only the person at the current step may act on this referral');
  }
}

export class NotSubordinateError extends DomainError {
  constructor() {
    super('NOT_SUBORDINATE', 'You may refer only to your own subordinates');
  }
}

export class SplitMismatchError extends DomainError {
  constructor(rule: 'SUM' | 'MEAN') {
    super(
      'SPLIT_MISMATCH',
      rule === 'SUM' ? 'Province targets must add up to the target' : 'The mean of the province targets must equal the target',
      { rule },
    );
  }
}

export class ValueRequiredError extends DomainError {
  constructor() {
    super('VALUE_REQUIRED', 'Record the performance value before finishing');
  }
}

export class SplitRequiredError extends DomainError {
  constructor() {
    super('SPLIT_REQUIRED', 'This referral must be split by province before anything else');
  }
}

export class ProposalCapExceededError extends DomainError {
  constructor(used: number, cap: number) {
    super('PROPOSAL_CAP_EXCEEDED', `Proposals for this agency and period cannot pass ${cap} points`, { used, cap });
  }
}

export class ProposalTargetInvalidError extends DomainError {
  constructor() {
    super('PROPOSAL_TARGET_INVALID', 'The target must lie between the lower and the upper bound');
  }
}

export class ProposalUnitInvalidError extends DomainError {
  constructor() {
    super('PROPOSAL_UNIT_INVALID', 'Proposals are for provincial or regional agencies in your province');
  }
}
