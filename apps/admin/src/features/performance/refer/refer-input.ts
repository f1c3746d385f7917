import type { BreakdownChoice, ReferInput } from '../../../gql/graphql';
import { normaliseDecimal } from '../common/decimal-text';

/** Who splits the indicator across provinces, when it has a provincial breakdown. */
export type SplitBy = 'BY_SPECIALISED_UNIT' | 'BY_REFERRER';

/** One province row of the form, with its deadline already an ISO date. */
export interface ProvinceChoice {
  province?: string | null;
  target?: string | null;
  assigneeId?: string | null;
  deadline?: string | null;
}

/** The referral form's answers, with deadlines already ISO dates. */
export interface ReferChoice {
  hasBreakdown: boolean;
  splitBy?: SplitBy | null;
  assigneeId?: string | null;
  deadline?: string | null;
  provinces?: readonly ProvinceChoice[] | null;
}

/** «آیا شاخص دارای برش استانی می‌باشد؟» and «توسط چه کسی» as the API's breakdown. */
export function breakdownOf(choice: Pick<ReferChoice, 'hasBreakdown' | 'splitBy'>): BreakdownChoice {
  if (!choice.hasBreakdown) return 'NONE';
  return choice.splitBy === 'BY_REFERRER' ? 'BY_REFERRER' : 'BY_SPECIALISED_UNIT';
}

/** The mutation input of a referral form; null while something required is missing (the form says what). */
export function referInputOf(choice: ReferChoice): ReferInput | null {
  const breakdown = breakdownOf(choice);
  if (breakdown !== 'BY_REFERRER') {
    if (!choice.assigneeId || !choice.deadline) return null;
    return { breakdown, assigneeId: choice.assigneeId, deadline: choice.deadline };
  }
  const rows = choice.provinces ?? [];
  if (rows.length === 0) return null;
  const provinces = [];
  for (const row of rows) {
    const target = normaliseDecimal(row.target);
    const province = row.province?.trim();
    if (!province || target === null || !row.assigneeId || !row.deadline) return null;
    provinces.push({ province, target, assigneeId: row.assigneeId, deadline: row.deadline });
  }
  return { breakdown, provinces };
}
