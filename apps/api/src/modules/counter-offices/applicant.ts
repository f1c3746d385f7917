import { toLatinDigits } from '@pishkhan/national-id';
import { BadInputError } from '../../platform/errors/domain-error';
import { isIsoDate } from './office-calendar';

/** An identification number of a foreign-national card or census slip: digits only, once normalised. */
const IDENTIFICATION_NUMBER = /^\d{6,16}$/;

/**
 * The identification number in Latin digits without spaces or dashes (it may be typed with
 * Persian or Arabic-Indic digits), or null when it is not 6 to 16 digits.
 */
export function normaliseIdentificationNumber(raw: string): string | null {
  const digits = toLatinDigits(raw).replace(/[\s\-_.\u200c]/g, '');
  return IDENTIFICATION_NUMBER.test(digits) ? digits : null;
}

/** An Iranian mobile number as `09xxxxxxxxx` (from +98…, 0098…, 98… or 9… too), or null. */
export function normaliseMobile(raw: string): string | null {
  let digits = toLatinDigits(raw).replace(/[\s\-()+]/g, '');
  if (digits.startsWith('0098')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('98') && digits.length === 12) digits = `0${digits.slice(2)}`;
  else if (digits.startsWith('9') && digits.length === 10) digits = `0${digits}`;
  return /^09\d{9}$/.test(digits) ? digits : null;
}

export interface ApplicantFields {
  identificationNumber: string;
  firstName: string;
  lastName: string;
  fatherName: string;
  nationality: string;
  birthDate: string;
  mobile: string;
}

const clean = (value: string) => value.replace(/\s+/g, ' ').trim();

/** The applicant as stored, or BAD_USER_INPUT naming the field (under `prefix`). */
export function normaliseApplicant(input: ApplicantFields, today: string, prefix = 'input.applicant'): ApplicantFields {
  const identificationNumber = normaliseIdentificationNumber(input.identificationNumber);
  if (!identificationNumber) throw new BadInputError(`${prefix}.identificationNumber`, 'The identification number must be 6 to 16 digits');
  const mobile = normaliseMobile(input.mobile);
  if (!mobile) throw new BadInputError(`${prefix}.mobile`, 'The mobile must be an Iranian mobile number (09…)');
  if (!isIsoDate(input.birthDate) || input.birthDate < '1900-01-01' || input.birthDate > today) {
    throw new BadInputError(`${prefix}.birthDate`, 'The birth date must be a real date in the past');
  }
  const names = {
    firstName: clean(input.firstName),
    lastName: clean(input.lastName),
    fatherName: clean(input.fatherName),
    nationality: clean(input.nationality),
  };
  for (const [field, value] of Object.entries(names)) {
    if (value === '') throw new BadInputError(`${prefix}.${field}`, `${field} is required`);
  }
  return { identificationNumber, mobile, birthDate: input.birthDate, ...names };
}
