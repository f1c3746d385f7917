import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { GraphQLEnumType, buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaText from '../../../../schema.graphql?raw';
import { GENERIC_ERROR_MESSAGE, errorCode, invalidFieldLabels, persianErrorMessage, persianMessageForCode } from './errors';

function graphQLErrors(...codes: (string | undefined)[]): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({
    data: null,
    errors: codes.map((code) => ({ message: 'English message', ...(code === undefined ? {} : { extensions: { code } }) })),
  });
}

function graphQLError(code: string, extensions: Record<string, unknown>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message: 'English message', extensions: { code, ...extensions } }] });
}

function serverError(status: number, bodyText: string): ServerError {
  return new ServerError(`Response not successful: Received status code ${status}`, {
    response: new Response(bodyText, { status }),
    bodyText,
  });
}

describe('persianErrorMessage', () => {
  it.each([
    ['BAD_USER_INPUT', 'اطلاعات واردشده معتبر نیست'],
    ['UNAUTHENTICATED', 'ابتدا وارد سامانه شوید'],
    ['FORBIDDEN', 'اجازهٔ این کار را ندارید'],
    ['GRAPHQL_VALIDATION_FAILED', 'درخواست بیش از حد پیچیده یا نامعتبر است'],
    ['INTERNAL_SERVER_ERROR', 'خطای داخلی سامانه؛ لطفاً دوباره تلاش کنید'],
  ])('maps GraphQL code %s to its Persian message', (code, message) => {
    expect(persianErrorMessage(graphQLErrors(code))).toBe(message);
  });

  it('has a Persian message for every other code the API sends', () => {
    for (const code of ['NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED', 'BAD_REQUEST', 'QUERY_TOO_COMPLEX']) {
      const message = persianErrorMessage(graphQLErrors(code));
      expect(message).not.toBe(GENERIC_ERROR_MESSAGE);
      expect(message).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('uses the first error that carries a code', () => {
    expect(errorCode(graphQLErrors(undefined, 'FORBIDDEN', 'NOT_FOUND'))).toBe('FORBIDDEN');
  });

  it('gives a generic Persian message for an unknown code or no code', () => {
    expect(persianErrorMessage(graphQLErrors('SOMETHING_NEW'))).toBe(GENERIC_ERROR_MESSAGE);
    expect(persianErrorMessage(graphQLErrors(undefined))).toBe(GENERIC_ERROR_MESSAGE);
    expect(persianErrorMessage(new Error('boom'))).toBe(GENERIC_ERROR_MESSAGE);
    expect(persianErrorMessage('boom')).toBe(GENERIC_ERROR_MESSAGE);
    expect(persianErrorMessage(null)).toBe(GENERIC_ERROR_MESSAGE);
  });

  it('reads the code from a non-2xx JSON body', () => {
    const body = JSON.stringify({ errors: [{ message: 'Request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(errorCode(serverError(413, body))).toBe('PAYLOAD_TOO_LARGE');
    expect(persianErrorMessage(serverError(413, body))).toBe('حجم درخواست بیش از حد مجاز است');
  });

  it('derives the code from the HTTP status when the body has none', () => {
    expect(errorCode(serverError(429, 'Too Many Requests'))).toBe('RATE_LIMITED');
    expect(errorCode(serverError(502, '<html>Bad Gateway</html>'))).toBe('SERVICE_UNAVAILABLE');
    expect(errorCode(serverError(500, ''))).toBe('INTERNAL_SERVER_ERROR');
    expect(persianErrorMessage(serverError(500, ''))).toBe('خطای داخلی سامانه؛ لطفاً دوباره تلاش کنید');
  });

  it('tells the person when the network failed', () => {
    const message = persianErrorMessage(new TypeError('Failed to fetch'));
    expect(errorCode(new TypeError('Failed to fetch'))).toBe('NETWORK_ERROR');
    expect(message).toContain('ارتباط با سامانه برقرار نشد');
  });

  it('handles an unreadable response', () => {
    const error = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: new Response('<html>', { status: 200 }),
      bodyText: '<html>',
    });
    expect(errorCode(error)).toBe('BAD_RESPONSE');
  });
});

describe('accounts error messages', () => {
  it.each([
    ['INVALID_CREDENTIALS', 'کد ملی یا گذرواژه درست نیست'],
    ['CAPTCHA_INVALID', 'پاسخ تصویر امنیتی درست نیست یا منقضی شده است؛ تصویر تازه‌ای گرفته شد'],
    ['CIVIL_REGISTRY_MISMATCH', 'ثبت احوال کسی با این کد ملی و تاریخ تولد نمی‌شناسد'],
    ['MOBILE_NOT_OWNED', 'به گواهی شاهکار این شمارهٔ همراه به نام این کد ملی نیست'],
    ['REGISTRATION_DETAILS_NOT_VERIFIED', 'کد ملی، تاریخ تولد و شمارهٔ همراه با هم در ثبت احوال و شاهکار تأیید نشد؛ آن‌ها را بررسی کنید'],
    ['OUTSIDE_SERVICE_UNAVAILABLE', 'سامانهٔ بیرونی پاسخ نداد؛ کمی بعد دوباره تلاش کنید'],
  ])('maps %s to its Persian message', (code, message) => {
    expect(persianErrorMessage(graphQLErrors(code))).toBe(message);
  });

  it('has a Persian message for every accounts code', () => {
    const codes = [
      'OTP_EXPIRED',
      'WEAK_PASSWORD',
      'PASSWORD_CHANGE_REQUIRED',
      'ROLE_NOT_HELD',
      'NO_ACTIVE_ROLE',
      'NATIONAL_ID_INVALID',
      'ORGANISATION_TOO_BROAD',
      'APPROVER_NOT_FOUND',
      'REGISTRATION_PENDING',
      'ALREADY_REGISTERED',
      'REQUEST_ALREADY_DECIDED',
      'NOT_AVAILABLE',
    ];
    for (const code of codes) {
      const message = persianErrorMessage(graphQLErrors(code));
      expect(message, code).not.toBe(GENERIC_ERROR_MESSAGE);
      expect(message, code).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('says how long to wait, in Persian digits', () => {
    expect(persianErrorMessage(graphQLError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: 16 }))).toBe(
      'تلاش‌های ناموفق زیاد بود؛ ۱۶ ثانیه دیگر دوباره تلاش کنید',
    );
    expect(persianErrorMessage(graphQLError('TOO_MANY_ATTEMPTS', {}))).toBe('تلاش‌های ناموفق زیاد بود؛ کمی بعد دوباره تلاش کنید');
    expect(persianErrorMessage(graphQLError('RESEND_TOO_SOON', { retryAfterSeconds: 42 }))).toBe(
      'برای ارسال دوباره ۴۲ ثانیه دیگر صبر کنید',
    );
  });

  it('says how many one-time password tries are left', () => {
    expect(persianErrorMessage(graphQLError('OTP_INVALID', { remainingTries: 3 }))).toBe(
      'رمز یکبار مصرف درست نیست؛ ۳ بار دیگر می‌توانید تلاش کنید',
    );
    expect(persianErrorMessage(graphQLError('OTP_INVALID', {}))).toBe('رمز یکبار مصرف درست نیست');
  });

  it('names the invalid fields of BAD_USER_INPUT in Persian', () => {
    const error = graphQLError('BAD_USER_INPUT', {
      fields: [
        { path: 'input.mobile', message: 'x' },
        { path: 'input.officePhone', message: 'y' },
        { path: 'input.mobile', message: 'z' },
      ],
    });
    expect(persianErrorMessage(error)).toBe('اطلاعات واردشده معتبر نیست: شمارهٔ همراه، تلفن ثابت سازمانی');
    expect(invalidFieldLabels({ fields: 'nonsense' })).toEqual([]);
  });

  it('maps single sign-on codes of the login redirect', () => {
    expect(persianMessageForCode('SSO_FAILED')).toContain('سامانه سینا');
    expect(persianMessageForCode('SSO_SOMETHING_NEW')).toBe(persianMessageForCode('SSO_FAILED'));
    expect(persianMessageForCode('OUTSIDE_SERVICE_UNAVAILABLE')).toBe('سامانهٔ بیرونی پاسخ نداد؛ کمی بعد دوباره تلاش کنید');
    expect(persianMessageForCode('WHATEVER')).toBe(GENERIC_ERROR_MESSAGE);
  });
});

describe("Ma'na and evidence file codes", () => {
  it('has a Persian message for every code of the performance API and the files routes', () => {
    const codes = [
      'DEADLINE_TOO_LATE',
      'DEADLINE_IN_PAST',
      'NOT_YOUR_TURN',
      'NOT_SUBORDINATE',
      'SPLIT_MISMATCH',
      'VALUE_REQUIRED',
      'SPLIT_REQUIRED',
      'INVALID_TRANSITION',
      'PROPOSAL_CAP_EXCEEDED',
      'PROPOSAL_TARGET_INVALID',
      'PROPOSAL_UNIT_INVALID',
      'FILE_NAME_INVALID',
      'FILE_TYPE_NOT_ALLOWED',
      'FILE_EXTENSION_MISMATCH',
      'FILE_EMPTY',
      'FILE_TOO_LARGE',
      'FILE_MISSING',
      'FILE_NOT_FOUND',
    ];
    for (const code of codes) {
      const message = persianMessageForCode(code);
      expect(message).not.toBe(GENERIC_ERROR_MESSAGE);
      expect(message).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('quotes the details that come with the code', () => {
    expect(persianErrorMessage(graphQLError('DEADLINE_TOO_LATE', { latest: '2026-06-21' }))).toBe(
      'مهلت نمی‌تواند دیرتر از ۱۴۰۵/۰۳/۳۱ (مهلت دریافتی) باشد',
    );
    expect(persianErrorMessage(graphQLError('SPLIT_MISMATCH', { rule: 'MEAN' }))).toBe('میانگین اهداف استانی باید برابر هدف شاخص باشد');
    expect(persianErrorMessage(graphQLError('SPLIT_MISMATCH', { rule: 'SUM' }))).toBe('مجموع اهداف استانی باید دقیقاً برابر هدف شاخص باشد');
    expect(persianErrorMessage(graphQLError('PROPOSAL_CAP_EXCEEDED', { used: 120, cap: 150 }))).toBe(
      'جمع امتیاز شاخص‌های پیشنهادی این دستگاه در این دوره نمی‌تواند از ۱۵۰ امتیاز بگذرد؛ تاکنون ۱۲۰ امتیاز پیشنهاد شده است',
    );
    expect(persianMessageForCode('FILE_TOO_LARGE', { maxBytes: 10485760 })).toBe('حجم فایل نباید بیش از ۱۰ مگابایت باشد');
    expect(persianMessageForCode('FILE_EXTENSION_MISMATCH', { detectedKind: 'PDF' })).toBe(
      'محتوای فایل از نوع PDF است و با پسوند نام آن نمی‌خواند',
    );
  });

  it('reads the code of a refused evidence upload', () => {
    const refusal = { errors: [{ message: 'x', extensions: { code: 'FILE_NAME_INVALID' } }] };
    expect(persianErrorMessage(refusal)).toBe('نام فایل‌ها تنها می‌تواند شامل حروف و اعداد لاتین و کاراکترهای مجاز (- و _) باشد');
  });
});

describe('households codes', () => {
  it('has a Persian message for every code of the households API', () => {
    const codes = [
      'OUTSIDE_WINDOW',
      'HOUSEHOLD_NOT_MATCHED',
      'ARMED_FORCES_SEPARATE',
      'CAMPAIGN_CLOSED',
      'PILOT_REDIRECT',
      'NOT_HEAD',
      'SAME_HOUSEHOLD',
      'SUBJECT_IS_HEAD',
      'OBJECTION_ALREADY_RESOLVED',
      'QUOTA_EXCEEDED',
      'API_CLIENT_INACTIVE',
    ];
    for (const code of codes) {
      const message = persianMessageForCode(code);
      expect(message).not.toBe(GENERIC_ERROR_MESSAGE);
      expect(message).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("names the household's own window and the catch-up window", () => {
    const window = { start: '2010-01-26', end: '2010-01-28', startJalali: '1388/11/06', endJalali: '1388/11/08' };
    const catchUpWindow = { start: '2010-02-04', end: '2010-02-11', startJalali: '۱۳۸۸/۱۱/۱۵', endJalali: '۱۳۸۸/۱۱/۲۲' };
    expect(persianErrorMessage(graphQLError('OUTSIDE_WINDOW', { window, catchUpWindow }))).toBe(
      'اکنون نوبت خانوار شما نیست؛ مهلت شما: از ۱۳۸۸/۱۱/۰۶ تا ۱۳۸۸/۱۱/۰۸؛ مهلت جاماندگان: از ۱۳۸۸/۱۱/۱۵ تا ۱۳۸۸/۱۱/۲۲',
    );
    expect(persianErrorMessage(graphQLError('OUTSIDE_WINDOW', { window, catchUpWindow: null }))).toBe(
      'اکنون نوبت خانوار شما نیست؛ مهلت شما: از ۱۳۸۸/۱۱/۰۶ تا ۱۳۸۸/۱۱/۰۸',
    );
  });

  it('gives the refusals of the cluster lookup in Persian', () => {
    expect(persianMessageForCode('HOUSEHOLD_NOT_MATCHED')).toBe('اطلاعات واردشده با اطلاعات خانوار مطابقت ندارد');
    expect(persianMessageForCode('ARMED_FORCES_SEPARATE')).toBe(
      'خوشه‌بندی خانوارهای نیروهای مسلح از طریق ستاد کل انجام می‌شود؛ به یگان خود مراجعه کنید',
    );
    expect(persianMessageForCode('PILOT_REDIRECT', { trackingCode: '390831' })).toBe('خطا در اجرای درخواست شما. کد پیگیری ۳۹۰۸۳۱');
  });

  it('names the households fields of BAD_USER_INPUT', () => {
    expect(invalidFieldLabels({ fields: [{ path: 'input.officeCode' }, { path: 'input.relatedNationalId' }] })).toEqual([
      'کد دفتر',
      'کد ملی سرپرست خانوار گیرنده',
    ]);
  });

  it('names the Hajj season’s fields of BAD_USER_INPUT, its title as a title (not an indicator’s)', () => {
    expect(
      invalidFieldLabels({ fields: [{ path: 'input.onlineSharePercent' }, { path: 'input.title' }, { path: 'input.admissionOpensAt' }] }),
    ).toEqual(['سهم ثبت‌نام اینترنتی', 'عنوان', 'زمان آغاز پذیرش']);
  });
});

describe('every code of the schema', () => {
  it('has its own Persian message, not the generic one', () => {
    const errorCode = buildSchema(schemaText).getType('ErrorCode');
    expect(errorCode).toBeInstanceOf(GraphQLEnumType);
    const codes = (errorCode as GraphQLEnumType).getValues().map((value) => value.name);
    expect(codes).toContain('NOT_FOUND');
    const missing = codes.filter((code) => {
      const message = persianMessageForCode(code);
      return message === GENERIC_ERROR_MESSAGE || !/[\u0600-\u06FF]/.test(message);
    });
    expect(missing).toEqual([]);
  });

  it('has a Persian message for the codes the admin derives itself', () => {
    for (const code of ['SERVICE_UNAVAILABLE', 'BAD_RESPONSE', 'NETWORK_ERROR']) {
      expect(persianMessageForCode(code), code).not.toBe(GENERIC_ERROR_MESSAGE);
    }
  });
});
