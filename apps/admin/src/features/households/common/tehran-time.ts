/**
 * Tehran's today (the day the API compares campaign windows with), the wall clock of an instant
 * and the instant of a wall clock: shared with the API through `@pishkhan/domain-rules`.
 */
export { tehranInstant, tehranToday, tehranWallClock } from '@pishkhan/domain-rules';
