import type { Dayjs } from 'dayjs';
import type { AuditFilter, AuditOutcome } from '../../gql/graphql';
import { latinDigits } from '../accounts/field-checks';

export interface AuditSearch {
  action?: string;
  outcome?: AuditOutcome;
  nationalId?: string;
  /** Days picked in Jalali: from the start of the first to the end of the second (the API's `to` is exclusive). */
  range?: [Dayjs | null, Dayjs | null] | null;
}

/** The API's filter for a search and a table page (1-based). */
export function auditFilterOf(search: AuditSearch, page: number, pageSize: number): AuditFilter {
  const filter: AuditFilter = { offset: Math.max(0, (page - 1) * pageSize), limit: pageSize };
  const action = search.action?.trim();
  if (action) filter.action = action;
  if (search.outcome) filter.outcome = search.outcome;
  const nationalId = latinDigits(search.nationalId ?? '');
  if (nationalId) filter.nationalId = nationalId;
  const [from, to] = search.range ?? [null, null];
  if (from) filter.from = from.startOf('day').toISOString();
  if (to) filter.to = to.startOf('day').add(1, 'day').toISOString();
  return filter;
}

export const OUTCOME_NAMES: Readonly<Record<AuditOutcome, string>> = {
  SUCCESS: 'موفق',
  FAILURE: 'ناموفق',
  DENIED: 'بدون دسترسی',
};

export const OUTCOME_COLORS: Readonly<Record<AuditOutcome, string>> = {
  SUCCESS: 'green',
  FAILURE: 'orange',
  DENIED: 'red',
};

const ACTION_NAMES: Readonly<Record<string, string>> = {
  'auth.login.password': 'ورود با گذرواژه',
  'auth.login.otp': 'ورود با رمز یکبار مصرف',
  'auth.login.sso': 'ورود از طریق سامانه سینا',
  'auth.otp.request': 'درخواست رمز یکبار مصرف',
  'auth.otp.resend': 'ارسال دوبارهٔ رمز یکبار مصرف',
  'auth.password.forgot': 'فراموشی گذرواژه',
  'registration.submit': 'ثبت درخواست ایجاد کاربری',
  'registration.approve': 'تأیید درخواست ایجاد کاربری',
  'registration.reject': 'رد درخواست ایجاد کاربری',
};

/** A Persian name for an audit action; a mutation by its operation name; anything else as it is. */
export function auditActionName(action: string): string {
  const known = ACTION_NAMES[action];
  if (known !== undefined) return known;
  if (action.startsWith('mutation.')) return `عملیات ${action.slice('mutation.'.length)}`;
  return action;
}

/** Common action prefixes offered in the filter. */
export const ACTION_PREFIXES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'auth.', label: 'ورود و گذرواژه' },
  { value: 'registration.', label: 'درخواست‌های ایجاد کاربری' },
  { value: 'mutation.', label: 'همهٔ عملیات' },
];
