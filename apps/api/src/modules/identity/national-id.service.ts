import { checkNationalId } from '@pishkhan/national-id';
import { issuancePlaceOf } from '@pishkhan/national-id/places';
import { NationalIdProblem, type NationalIdInfo } from './national-id-info.type';

/** Tells what a typed national ID is. Bad input is an answer, not an error. */
export function describeNationalId(input: string): NationalIdInfo {
  const result = checkNationalId(input);
  if (!result.valid) {
    return { normalized: result.normalized, valid: false, reason: NationalIdProblem[result.problem], issuancePlace: null };
  }
  return { normalized: result.normalized, valid: true, reason: null, issuancePlace: issuancePlaceOf(result.normalized) };
}
