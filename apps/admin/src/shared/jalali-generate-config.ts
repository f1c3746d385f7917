import type { GenerateConfig } from '@rc-component/picker/generate';
import dayjsGenerateConfig from '@rc-component/picker/generate/dayjs';
import { toLatinDigits } from '@pishkhan/national-id';
import type { Dayjs } from 'dayjs';
import { dayjs } from './dayjs-setup';

export const JALALI_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'] as const;

/** A Jalali date typed in a format (Persian or Latin digits); null unless it is a real date written exactly so. */
export function parseJalali(text: string, formats: readonly string[]): Dayjs | null {
  const latin = toLatinDigits(text).trim();
  for (const format of formats) {
    const date = dayjs(latin, { jalali: true }).calendar('jalali');
    if (date.isValid() && date.format(format) === latin) return date;
  }
  return null;
}

/**
 * antd's dayjs generate config with Jalali where it matters. jalaliday already makes get/set/add,
 * endOf and format follow the Jalali calendar; what is left is "now", parsing typed text and the
 * month names of the month panel.
 */
export const jalaliGenerateConfig: GenerateConfig<Dayjs> = {
  ...dayjsGenerateConfig,
  getNow: () => dayjs().calendar('jalali'),
  getFixedDate: (fixed) => dayjs(fixed, { jalali: true }).calendar('jalali'),
  locale: {
    ...dayjsGenerateConfig.locale,
    getShortMonths: () => [...JALALI_MONTHS],
    parse: (_locale, text, formats) => parseJalali(text, formats),
  },
};
