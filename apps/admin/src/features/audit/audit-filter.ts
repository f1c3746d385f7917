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

/** Kinds of actions offered in the filter: the action-name prefix each stands for. */
export const ACTION_PREFIXES: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'auth.', label: 'ورود و گذرواژه' },
  { value: 'registration.', label: 'درخواست‌های ایجاد کاربری' },
  { value: 'performance.', label: 'سکوی معنا' },
  { value: 'households.', label: 'خانوار و خوشه درآمدی' },
  { value: 'files.', label: 'فایل‌ها' },
  { value: 'api-clients.', label: 'سامانه‌های متصل' },
  { value: 'counter.', label: 'دفاتر پیشخوان' },
  { value: 'hajj.', label: 'حج تمتع' },
  { value: 'mutation.', label: 'همهٔ درخواست‌های تغییر' },
  { value: 'query.', label: 'فراخوان‌های سامانه‌های متصل' },
];
