import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import { jalaliToIso } from '../hajj-dates';
import { ReceiptKind } from '../hajj.enums';
import type { LineParse } from '../ndjson-import';
import { normalizeProvince } from '../provinces';
import { parseRials } from '../season/season-file';

/** A line of Bank Melli's receipt file, checked, dates as ISO. */
export interface ReceiptLine {
  receiptNumber: string;
  nationalId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  mobile: string;
  province: string;
  kind: ReceiptKind;
  amountRials: bigint;
  depositDate: string;
  branchCode: string;
  acceptedBeforeNotGone: boolean;
}

export const RECEIPT_NUMBER = /^[0-9A-Za-z-]{1,30}$/;
export const BRANCH_CODE = /^[0-9A-Za-z-]{1,20}$/;

/** A receipt number as typed: Persian digits and spaces allowed. */
export function normalizeReceiptNumber(text: string): string {
  return toLatinDigits(text).replace(/\s+/g, '').toUpperCase();
}

const name = (value: unknown): string | null =>
  typeof value === 'string' && value.trim().length > 0 && value.trim().length <= 100 ? value.trim().replace(/\s+/g, ' ') : null;

/**
 * `{ receiptNumber, nationalId, firstName, lastName, birthDate, mobile, province, kind,
 * amountRials, depositDate, branchCode, acceptedBeforeNotGone }`, dates Jalali `YYYY-MM-DD`;
 * `provinces`: the active season's.
 */
export function parseReceiptLine(json: unknown, provinces: ReadonlySet<string>): LineParse<ReceiptLine> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'not a JSON object' };
  const line = json as Record<string, unknown>;
  const number =
    typeof line.receiptNumber === 'string' || typeof line.receiptNumber === 'number'
      ? normalizeReceiptNumber(String(line.receiptNumber))
      : '';
  if (!RECEIPT_NUMBER.test(number)) return { ok: false, reason: 'receiptNumber: letters, digits and -, at most 30' };
  const checked = typeof line.nationalId === 'string' ? checkNationalId(line.nationalId) : null;
  if (!checked?.valid) return { ok: false, reason: 'nationalId: not a valid national ID' };
  const firstName = name(line.firstName);
  const lastName = name(line.lastName);
  if (!firstName || !lastName) return { ok: false, reason: 'firstName, lastName: 1 to 100 characters' };
  const birthDate = typeof line.birthDate === 'string' ? jalaliToIso(toLatinDigits(line.birthDate)) : null;
  if (!birthDate) return { ok: false, reason: 'birthDate: a Jalali date YYYY-MM-DD' };
  const mobile = typeof line.mobile === 'string' ? toLatinDigits(line.mobile).trim() : '';
  if (!/^09\d{9}$/.test(mobile)) return { ok: false, reason: 'mobile: 11 digits starting 09' };
  const province = typeof line.province === 'string' ? normalizeProvince(line.province) : '';
  if (!provinces.has(province)) return { ok: false, reason: `province: not a province of the active season (${province || 'empty'})` };
  if (!Object.values(ReceiptKind).includes(line.kind as ReceiptKind))
    return { ok: false, reason: `kind: one of ${Object.values(ReceiptKind).join(', ')}` };
  const amountRials = parseRials(line.amountRials);
  if (amountRials === null || amountRials === 0n) return { ok: false, reason: 'amountRials: whole rials above zero' };
  const depositDate = typeof line.depositDate === 'string' ? jalaliToIso(toLatinDigits(line.depositDate)) : null;
  if (!depositDate) return { ok: false, reason: 'depositDate: a Jalali date YYYY-MM-DD' };
  const branchCode = typeof line.branchCode === 'string' || typeof line.branchCode === 'number' ? String(line.branchCode).trim() : '';
  if (!BRANCH_CODE.test(branchCode)) return { ok: false, reason: 'branchCode: letters, digits and -, at most 20' };
  const accepted = line.acceptedBeforeNotGone ?? false;
  if (typeof accepted !== 'boolean') return { ok: false, reason: 'acceptedBeforeNotGone: true or false' };
  return {
    ok: true,
    value: {
      receiptNumber: number,
      nationalId: checked.normalized,
      firstName,
      lastName,
      birthDate,
      mobile,
      province,
      kind: line.kind as ReceiptKind,
      amountRials,
      depositDate,
      branchCode,
      acceptedBeforeNotGone: accepted,
    },
  };
}
