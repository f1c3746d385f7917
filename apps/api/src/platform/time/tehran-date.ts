/** Made once: building an Intl.DateTimeFormat costs far more than formatting with one. */
const tehranDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Tehran (seed dates and windows are Tehran dates), as an ISO date. */
export function tehranToday(now = new Date()): string {
  return tehranDate.format(now);
}
