import { toLatinDigits } from './digits.js';

/** Why a national ID was refused. Stable names: they are part of the public GraphQL contract. */
export type NationalIdProblem = 'EMPTY' | 'NOT_DIGITS' | 'WRONG_LENGTH' | 'REPEATED_DIGITS' | 'CHECKSUM';

export type NormalizeResult = { ok: true; value: string } | { ok: false; problem: 'EMPTY' | 'NOT_DIGITS' | 'WRONG_LENGTH' };

export type CheckResult = { valid: true; normalized: string } | { valid: false; normalized: string | null; problem: NationalIdProblem };

/**
 * Separators people type inside a national ID: white space of every kind, dashes of every kind,
 * and invisible marks (ZWNJ, ZWJ, LRM/RLM, bidi embeddings and isolates, BOM, soft hyphen).
 */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * Normalises what a person typed: drops separators and invisible marks, turns Persian and
 * Arabic-Indic digits into ASCII, and left-pads 8 or 9 digits with zeros.
 */
export function normalizeNationalId(input: string): NormalizeResult {
  const compact = toLatinDigits(input).replace(SEPARATORS, '');
  if (compact === '') return { ok: false, problem: 'EMPTY' };
  if (!/^[0-9]+$/.test(compact)) return { ok: false, problem: 'NOT_DIGITS' };
  if (compact.length === 8 || compact.length === 9) return { ok: true, value: compact.padStart(10, '0') };
  if (compact.length !== 10) return { ok: false, problem: 'WRONG_LENGTH' };
  return { ok: true, value: compact };
}

/** The mod-11 check digit rule on exactly ten ASCII digits. */
export function hasValidCheckDigit(tenDigits: string): boolean {
  if (!/^[0-9]{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(tenDigits[i]) * (10 - i);
  const remainder = sum % 11;
  const check = Number(tenDigits[9]);
  return remainder < 2 ? check === remainder : check === 11 - remainder;
}

/** Normalises and validates. The issuance-place table is deliberately not consulted. */
export function checkNationalId(input: string): CheckResult {
  const normalized = normalizeNationalId(input);
  if (!normalized.ok) return { valid: false, normalized: null, problem: normalized.problem };
  const value = normalized.value;
  if (/^(\d)\1{9}$/.test(value)) return { valid: false, normalized: value, problem: 'REPEATED_DIGITS' };
  if (!hasValidCheckDigit(value)) return { valid: false, normalized: value, problem: 'CHECKSUM' };
  return { valid: true, normalized: value };
}

export function isValidNationalId(input: string): boolean {
  return checkNationalId(input).valid;
}

/** Completes nine digits with the check digit that makes them a valid national ID. */
export function withCheckDigit(nineDigits: string): string {
  if (!/^[0-9]{9}$/.test(nineDigits)) throw new RangeError('withCheckDigit needs exactly nine ASCII digits');
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(nineDigits[i]) * (10 - i);
  const remainder = sum % 11;
  return nineDigits + String(remainder < 2 ? remainder : 11 - remainder);
}
