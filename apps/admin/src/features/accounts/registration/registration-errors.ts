/** Form fields of the registration form. */
export type RegistrationField =
  'nationalId' | 'mobile' | 'birthDate' | 'officePhone' | 'post' | 'approverMobile' | 'requestedRole' | 'organisation' | 'captchaAnswer';

/** The field an API refusal is about, to mark it beside the message at the top. */
const FIELD_OF_CODE: Readonly<Record<string, RegistrationField>> = {
  NATIONAL_ID_INVALID: 'nationalId',
  CIVIL_REGISTRY_MISMATCH: 'birthDate',
  MOBILE_NOT_OWNED: 'mobile',
  ORGANISATION_TOO_BROAD: 'organisation',
  APPROVER_NOT_FOUND: 'approverMobile',
  REGISTRATION_PENDING: 'nationalId',
  ALREADY_REGISTERED: 'requestedRole',
  CAPTCHA_INVALID: 'captchaAnswer',
};

const FIELD_OF_INPUT: Readonly<Record<string, RegistrationField>> = {
  nationalId: 'nationalId',
  mobile: 'mobile',
  birthDate: 'birthDate',
  officePhone: 'officePhone',
  post: 'post',
  approverMobile: 'approverMobile',
  requestedRole: 'requestedRole',
  organisationUnitId: 'organisation',
  captchaAnswer: 'captchaAnswer',
};

export function fieldOfRegistrationError(code: string | null): RegistrationField | null {
  return code === null ? null : (FIELD_OF_CODE[code] ?? null);
}

/** The form fields named by BAD_USER_INPUT's `extensions.fields` (paths such as `input.mobile`). */
export function fieldsOfInputPaths(fields: unknown): RegistrationField[] {
  if (!Array.isArray(fields)) return [];
  return (fields as unknown[]).flatMap((field) => {
    if (typeof field !== 'object' || field === null || !('path' in field) || typeof field.path !== 'string') return [];
    const name = FIELD_OF_INPUT[field.path.split('.').pop() ?? ''];
    return name === undefined ? [] : [name];
  });
}
