import { maskNationalIdsInText } from '@pishkhan/national-id';

/**
 * Record ids a log line names, which hold digit runs the national-ID masker would otherwise take:
 * a UUID (its groups, split by dashes, read as `4172-8431` → eight digits), and a long token of
 * Latin letters and digits mixed (a hash, a key's prefix, a request id), 16 characters or more.
 */
const ID_TOKEN =
  /(?<![0-9a-z])(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[0-9a-z]*[a-z])[0-9a-z]{16,})(?![0-9a-z])/gi;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Each place letters turn to digits or digits to letters. */
const TURN = /(?=[a-z][0-9]|[0-9][a-z])/gi;

/**
 * Whether a token is an id rather than a national ID with a word glued to it: a UUID, or letters
 * and digits that change places at least twice (`nationalId0013542419` turns once: still masked).
 */
function isIdToken(token: string): boolean {
  return UUID.test(token) || (token.match(TURN)?.length ?? 0) >= 2;
}

/**
 * Masks every national ID in a log line (`maskNationalIdsInText`: 8 to 10 digits standing on
 * their own, in Latin, Persian or Arabic-Indic digits, spaced or dashed), but leaves the digits of
 * UUIDs and other long mixed tokens whole: a log line that names a record still points at it.
 */
export function maskNationalIdsInLogText(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(ID_TOKEN)) {
    if (!isIdToken(match[0])) continue;
    out += maskNationalIdsInText(text.slice(at, match.index)) + match[0];
    at = match.index + match[0].length;
  }
  return out + maskNationalIdsInText(text.slice(at));
}
