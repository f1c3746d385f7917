import dayjs from 'dayjs';
import jalaliday from 'jalaliday';
import { gregorianToJalali } from '@pishkhan/fa-format';

// Every date a person sees is Jalali. jalaliday registers its own `fa` locale (with Jalali month
// names), so dayjs/locale/fa is not imported separately.
dayjs.extend(jalaliday);
dayjs.calendar('jalali');
dayjs.locale('fa');

/** The fields jalaliday keeps on a dayjs instance: the Gregorian date and its Jalali twin. */
interface JalaliFields {
  $y: number;
  $M: number;
  $D: number;
  $jy: number;
  $jM: number;
  $jD: number;
}

// jalaliday computes the Jalali fields with a rule that is a day off in some years (see
// jalaali.ts); every Jalali get, set, add and format reads them, so fixing this one method fixes all.
const prototype = dayjs.prototype as unknown as { InitJalali: (this: JalaliFields) => void };
prototype.InitJalali = function initJalali(this: JalaliFields) {
  const { year, month, day } = gregorianToJalali(this.$y, this.$M + 1, this.$D);
  this.$jy = year;
  this.$jM = month - 1;
  this.$jD = day;
};

export { dayjs };
