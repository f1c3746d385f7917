export { toLatinDigits } from './digits.js';
export {
  checkNationalId,
  hasValidCheckDigit,
  isValidNationalId,
  normalizeNationalId,
  withCheckDigit,
  type CheckResult,
  type NationalIdProblem,
  type NormalizeResult,
} from './national-id.js';
export { maskNationalId, maskNationalIdsInText } from './mask.js';
