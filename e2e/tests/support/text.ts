/** The demo users' password (README: demo users). */
export const DEMO_PASSWORD = 'pishkhan1405';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

export const toPersian = (text: string | number): string => String(text).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);

export const toLatin = (text: string): string => text.replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d)));
