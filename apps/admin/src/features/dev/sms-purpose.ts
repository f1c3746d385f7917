/** Persian names of the reasons the API sends an SMS. */
const PURPOSE_NAMES: Readonly<Record<string, string>> = {
  LOGIN_OTP: 'رمز یکبار مصرف ورود',
  TEMPORARY_PASSWORD: 'گذرواژهٔ موقت',
  REGISTRATION_REQUEST: 'درخواست ایجاد کاربری (به تأیید کننده)',
  REGISTRATION_APPROVED: 'تأیید درخواست',
  REGISTRATION_REJECTED: 'رد درخواست',
  PASSWORD_RESET_CODE: 'کد بازیابی گذرواژه',
  CLUSTER_REPLY: 'پاسخ خوشه درآمدی (۳۰۰۰۰۰)',
  CLUSTER_HELP: 'راهنمای پیامک خوشه (۳۰۰۰۰۰)',
  'counter.appointment': 'نوبت احراز هویت اتباع',
  'counter.office.suspended': 'تعلیق خدمت دفتر پیشخوان',
  'counter.office.resumed': 'رفع تعلیق خدمت دفتر پیشخوان',
};

/** The Persian name of an SMS purpose; a purpose newer than this list as «پیامک دیگر», never its code. */
export function smsPurposeName(purpose: string): string {
  return PURPOSE_NAMES[purpose] ?? 'پیامک دیگر';
}
