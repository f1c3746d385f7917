import { toPersianDigits } from '@pishkhan/fa-format';
import { toLatinDigits } from '@pishkhan/national-id';
import type { SubsidyPilotInput } from '../../../gql/graphql';
import { clockTimeOf } from '../../../shared/clock-time';
import { tehranInstant } from '../common/tehran-time';

/** Prefixes as typed into the tags field: Latin digits, trimmed, without repeats, in the order typed. */
export function normalisedPrefixes(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => toLatinDigits(tag).replace(/\s/g, '')).filter((tag) => tag !== ''))];
}

export function prefixesProblem(tags: readonly string[] | undefined): string | null {
  const prefixes = normalisedPrefixes(tags ?? []);
  if (prefixes.length === 0) return 'دست‌کم یک پیش‌شماره وارد کنید';
  if (prefixes.length > 100) return 'حداکثر ۱۰۰ پیش‌شماره';
  const bad = prefixes.filter((prefix) => !/^\d{3}$/.test(prefix));
  return bad.length === 0 ? null : `هر پیش‌شماره سه رقم است: ${toPersianDigits(bad.join('، '))}`;
}

export function portalUrlProblem(value: string | undefined): string | null {
  const url = (value ?? '').trim();
  if (url === '') return 'نشانی درگاه را بنویسید';
  return /^https:\/\/\S+$/.test(url) ? null : 'نشانی درگاه باید با https:// آغاز شود و فاصله نداشته باشد';
}

export function refusalMessageProblem(value: string | undefined): string | null {
  const text = (value ?? '').trim();
  if (text.length < 5) return 'متن خطا دست‌کم ۵ نویسه باشد';
  return text.length <= 300 ? null : 'متن خطا حداکثر ۳۰۰ نویسه باشد';
}

export interface PilotValues {
  startDate: string;
  startTime: string;
  prefixes: string[];
  refusalMessage: string;
  portalUrl: string;
  active: boolean;
}

/** The API's input: the start as an instant of Tehran's clock. */
export function subsidyPilotInput(values: PilotValues): SubsidyPilotInput {
  return {
    startsAt: tehranInstant(values.startDate, clockTimeOf(values.startTime) ?? '00:00'),
    prefixes: normalisedPrefixes(values.prefixes),
    refusalMessage: values.refusalMessage.trim(),
    portalUrl: values.portalUrl.trim(),
    active: values.active,
  };
}
