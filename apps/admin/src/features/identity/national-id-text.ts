import type { NationalIdInfoQuery, NationalIdProblem } from '../../gql/graphql';

type IssuancePlace = NonNullable<NationalIdInfoQuery['nationalIdInfo']['issuancePlace']>;

const PROBLEM_MESSAGES: Record<NationalIdProblem, string> = {
  EMPTY: 'کد ملی وارد نشده است',
  NOT_DIGITS: 'کد ملی فقط باید رقم باشد',
  WRONG_LENGTH: 'کد ملی باید ۱۰ رقم باشد',
  REPEATED_DIGITS: 'کد ملی نمی‌تواند ده رقم یکسان باشد',
  CHECKSUM: 'رقم کنترل کد ملی درست نیست',
};

export const PLACE_NOT_IN_TABLE = 'در جدول محل‌های صدور نیامده است';

/** Why a national ID is not valid, in Persian. */
export function nationalIdProblemMessage(problem: NationalIdProblem): string {
  return PROBLEM_MESSAGES[problem];
}

/** «province، city» of an issuance place, or a note that its prefix is not in the place table. */
export function issuancePlaceText(place: Pick<IssuancePlace, 'province' | 'city'> | null): string {
  const parts = [place?.province, place?.city].filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  if (parts.length === 0) return PLACE_NOT_IN_TABLE;
  // Some offices are named after their province's capital: do not say it twice.
  return [...new Set(parts)].join('، ');
}
