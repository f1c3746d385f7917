/**
 * Tehran calendar dates, from `@pishkhan/domain-rules` (one implementation for the API, the admin
 * and e2e). Contexts import them from here.
 */
export { TEHRAN_TIME_ZONE, addDays, daysBetween, tehranInstant, tehranToday, tehranWallClock } from '@pishkhan/domain-rules';
