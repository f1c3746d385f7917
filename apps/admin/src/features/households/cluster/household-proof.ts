import type { HouseholdProofInput } from '../../../gql/graphql';
import { normalisedNationalId } from '../../accounts/field-checks';
import { compactDigits, memberCountOf, officeCodeOf } from '../common/household-fields';

/** What the lookup form holds: as typed. */
export interface ProofValues {
  headNationalId: string;
  trackingCode: string;
  memberCount: string;
  officeCode?: string;
  /** Only once the API asked for a captcha (CAPTCHA_REQUIRED). */
  captchaAnswer?: string;
}

/**
 * The three things the head of household proves himself with, as the API takes them; on the
 * assisted channel also the office's code (the API requires it of operators).
 */
export function householdProof(values: ProofValues, assisted: boolean): HouseholdProofInput {
  return {
    headNationalId: normalisedNationalId(values.headNationalId),
    trackingCode: compactDigits(values.trackingCode),
    memberCount: memberCountOf(values.memberCount) ?? 0,
    ...(assisted ? { officeCode: officeCodeOf(values.officeCode) } : {}),
  };
}
