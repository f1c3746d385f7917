/** Routes of the counter-offices pages. */
export const COUNTER_PATHS = {
  book: '/counter-offices/book',
  cancel: '/counter-offices/cancel',
  dayList: '/counter-offices/today',
  record: (id: string) => `/counter-offices/records/${id}`,
  calendar: '/counter-offices/calendar',
  inspection: '/counter-offices/inspection',
  overview: '/counter-offices/overview',
} as const;
