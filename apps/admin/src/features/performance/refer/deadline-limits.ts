import { formatJalaliDate } from '@pishkhan/fa-format';

/** Where the latest allowed deadline comes from: the period's end (lead evaluator) or the deadline received. */
export type DeadlineSource = 'period' | 'received';

/** A deadline may be picked from today up to the latest allowed (seed 002 rule 7); all ISO dates. */
export function deadlineSelectable(iso: string, today: string, latest: string): boolean {
  return iso >= today && iso <= latest;
}

/** Why a picked deadline is refused, in Persian; null when it may be sent. */
export function deadlineProblem(iso: string | null | undefined, today: string, latest: string, source: DeadlineSource): string | null {
  if (!iso) return 'مهلت را انتخاب کنید';
  if (iso < today) return 'مهلت نمی‌تواند پیش از امروز باشد';
  if (iso > latest) {
    return source === 'period'
      ? `مهلت نمی‌تواند دیرتر از پایان دوره (${formatJalaliDate(latest)}) باشد`
      : `مهلت نمی‌تواند دیرتر از مهلت دریافتی شما (${formatJalaliDate(latest)}) باشد`;
  }
  return null;
}

/** The hint under the deadline field. */
export function deadlineHint(latest: string, source: DeadlineSource): string {
  return source === 'period'
    ? `حداکثر تا پایان دوره: ${formatJalaliDate(latest)}`
    : `حداکثر تا مهلت دریافتی شما: ${formatJalaliDate(latest)}`;
}
