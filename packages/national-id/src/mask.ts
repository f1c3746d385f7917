import { toLatinDigits } from './digits.js';

/** Masks a national ID for logs: first three and last three digits stay, e.g. `003****400`. */
export function maskNationalId(nationalId: string): string {
  const digits = toLatinDigits(nationalId).replace(/\D/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 6)}${digits.slice(-3)}`;
}

/**
 * Any run of 8 to 10 digits (ASCII, Persian or Arabic-Indic), optionally split by single spaces or
 * dashes, that stands on its own: what a national ID looks like inside free text.
 */
const ID_IN_TEXT =
  /(?<![0-9\u06f0-\u06f9\u0660-\u0669])[0-9\u06f0-\u06f9\u0660-\u0669](?:[ -]?[0-9\u06f0-\u06f9\u0660-\u0669]){7,9}(?![0-9\u06f0-\u06f9\u0660-\u0669])/gu;

/** Masks every national-ID-like run of digits inside a piece of free text (log lines). */
export function maskNationalIdsInText(text: string): string {
  return text.replace(ID_IN_TEXT, (match) => maskNationalId(match));
}
