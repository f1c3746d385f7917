import type {
  Aggregation,
  ComparisonType,
  IndicatorCategory,
  IndicatorStatus,
  PeriodStatus,
  ProposalStatus,
  ReferralStatus,
} from '../../../gql/graphql';

/** What a referral's status means to the person looking at it, in Persian. */
export const REFERRAL_STATUS_NAMES: Readonly<Record<ReferralStatus, string>> = {
  REFERRED: 'ارجاع‌شده، در انتظار اقدام',
  IN_PROGRESS: 'در حال ثبت عملکرد',
  DELEGATED: 'ارجاع‌شده به سطح پایین‌تر',
  REVIEW: 'آمادهٔ بررسی و اتمام عملیات',
  SUBMITTED: 'ارسال‌شده به سطح بالاتر',
  RETURNED: 'برگشت‌خورده برای اصلاح',
  APPROVED: 'تأیید نهایی‌شده',
};

export const REFERRAL_STATUS_COLORS: Readonly<Record<ReferralStatus, string>> = {
  REFERRED: 'blue',
  IN_PROGRESS: 'processing',
  DELEGATED: 'purple',
  REVIEW: 'gold',
  SUBMITTED: 'cyan',
  RETURNED: 'red',
  APPROVED: 'green',
};

export const INDICATOR_STATUS_NAMES: Readonly<Record<IndicatorStatus, string>> = {
  NOT_REFERRED: 'ارجاع‌نشده',
  REFERRED: 'ارجاع‌شده',
  REVIEW: 'در انتظار تأیید نهایی',
  APPROVED: 'تأیید نهایی‌شده',
  FORWARDED: 'ارسال‌شده به راهبر ارشد',
  EVALUATED: 'ارزیابی‌شده',
};

export const INDICATOR_STATUS_COLORS: Readonly<Record<IndicatorStatus, string>> = {
  NOT_REFERRED: 'default',
  REFERRED: 'blue',
  REVIEW: 'gold',
  APPROVED: 'green',
  FORWARDED: 'cyan',
  EVALUATED: 'purple',
};

export const PROPOSAL_STATUS_NAMES: Readonly<Record<ProposalStatus, string>> = {
  PENDING: 'در انتظار بررسی راهبر ارشد',
  APPROVED: 'تأیید شده',
  REJECTED: 'رد شده',
};

export const PROPOSAL_STATUS_COLORS: Readonly<Record<ProposalStatus, string>> = {
  PENDING: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
};

export const PERIOD_STATUS_NAMES: Readonly<Record<PeriodStatus, string>> = {
  OPEN: 'باز',
  CLOSED: 'بسته',
};

export const CATEGORY_NAMES: Readonly<Record<IndicatorCategory, string>> = {
  GENERAL: 'عمومی',
  SPECIFIC: 'اختصاصی',
};

export const COMPARISON_NAMES: Readonly<Record<ComparisonType, string>> = {
  HIGHER_IS_BETTER: 'هرچه بیشتر، بهتر',
  LOWER_IS_BETTER: 'هرچه کمتر، بهتر',
  THRESHOLD: 'آستانه‌ای (رسیدن یا نرسیدن)',
};

/** How province targets must fit the indicator's target, in Persian. */
export const SPLIT_RULES: Readonly<Record<Aggregation, string>> = {
  SUM: 'مجموع اهداف استانی باید دقیقاً برابر هدف شاخص باشد (شاخص‌های تعدادی و مقداری)',
  MEAN: 'میانگین اهداف استانی باید برابر هدف شاخص باشد (شاخص‌های درصدی)',
};
