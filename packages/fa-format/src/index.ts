export { toPersianDigits } from './digits.js';
export { formatRials } from './money.js';
export { formatJalaliDate, formatJalaliDateTime, toJalali, TEHRAN_TIME_ZONE, type JalaliDate } from './jalali.js';
export { gregorianToJalali, isValidJalaliDate, jalaliMonthLength, jalaliToGregorian, type CalendarDate } from './jalaali.js';
