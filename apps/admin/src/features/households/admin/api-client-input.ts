import { toPersianDigits } from '@pishkhan/fa-format';
import { Permission } from '@pishkhan/domain-rules';
import { toLatinDigits } from '@pishkhan/national-id';
import type { ApiClientInput } from '../../../gql/graphql';

/** What another system may be allowed, with the Persian description the form shows. */
export const API_SCOPES = [
  { value: Permission.HOUSEHOLD_READ, label: 'استعلام ساختار خانوار' },
  { value: Permission.HOUSEHOLD_CHANGES, label: 'دریافت تغییرات خانوارها' },
  { value: Permission.SUBSIDY_REQUEST, label: 'ثبت درخواست امور یارانه' },
] as const;

export type ApiScope = (typeof API_SCOPES)[number]['value'];

const SCOPE_NAMES: Readonly<Record<string, string>> = {
  [Permission.HOUSEHOLD_READ]: 'استعلام ساختار خانوار',
  [Permission.HOUSEHOLD_CHANGES]: 'تغییرات خانوارها',
  [Permission.SUBSIDY_REQUEST]: 'درخواست امور یارانه',
};

/** A scope's Persian name; an unknown one as it is. */
export function scopeName(scope: string): string {
  return SCOPE_NAMES[scope] ?? scope;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-f:]+$/i;

/** Addresses as typed into the tags field: Latin digits, trimmed, once each. */
export function normalisedAddresses(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => toLatinDigits(tag).trim()).filter((tag) => tag !== ''))];
}

export function isIpAddress(value: string): boolean {
  return IPV4.test(value) || (IPV6.test(value) && value.includes(':') && value.split(':').length <= 8);
}

export function ipAllowlistProblem(tags: readonly string[] | undefined): string | null {
  const addresses = normalisedAddresses(tags ?? []);
  if (addresses.length > 50) return 'حداکثر ۵۰ نشانی';
  const bad = addresses.filter((address) => !isIpAddress(address));
  return bad.length === 0 ? null : `نشانی آی‌پی معتبر نیست: ${bad.join('، ')}`;
}

export function clientNameProblem(value: string | undefined): string | null {
  const name = (value ?? '').trim();
  if (name === '') return 'نام سامانه را بنویسید';
  return name.length >= 2 && name.length <= 100 ? null : 'نام سامانه ۲ تا ۱۰۰ نویسه است';
}

export function dailyQuotaProblem(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return 'سهمیهٔ روزانه را بنویسید';
  return Number.isInteger(value) && value >= 1 && value <= 10_000_000
    ? null
    : `سهمیهٔ روزانه باید عددی درست از ۱ تا ۱۰٬۰۰۰٬۰۰۰ باشد؛ ${toPersianDigits(String(value))} پذیرفته نیست`;
}

export interface ApiClientValues {
  name: string;
  scopes: ApiScope[];
  dailyQuota: number;
  ipAllowlist?: string[];
}

export function apiClientInput(values: ApiClientValues): ApiClientInput {
  return {
    name: values.name.trim(),
    scopes: [...values.scopes],
    dailyQuota: values.dailyQuota,
    ipAllowlist: normalisedAddresses(values.ipAllowlist ?? []),
  };
}
