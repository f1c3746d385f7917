import dayjs from 'dayjs';
import 'dayjs/locale/fa';

// Values stay plain (Gregorian) dayjs instants; what a person sees and picks is Jalali through
// `jalali-generate-config.ts` (jalaali-js via @pishkhan/fa-format). dayjs's own `fa` locale gives
// the Persian weekday names and Saturday as the first day of the week.
dayjs.locale('fa');

export { dayjs };
