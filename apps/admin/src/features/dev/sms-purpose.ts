/** Persian names of the reasons the API sends an SMS. */
const PURPOSE_NAMES: Readonly<Record<string, string>> = {
  LOGIN_OTP: 'رمز یکبار مصرف ورود',
  TEMPORARY_PASSWORD: 'گذرواژهٔ موقت',
  REGISTRATION_REQUEST: 'درخواست ایجاد کاربری (به تأیید کننده)',
  REGISTRATION_APPROVED: 'تأیید درخواست',
  REGISTRATION_REJECTED: 'رد درخواست',
};

/** The Persian name of an SMS purpose; an unknown purpose as it is. */
export function smsPurposeName(purpose: string): string {
  return PURPOSE_NAMES[purpose] ?? purpose;
}
