import { expect, test, type Locator, type Page } from '@playwright/test';
import { choose, chooseInCascader, formItem, typeDate } from './support/antd';
import {
  askPasswordResetCode,
  changeTemporaryPassword,
  codeFromOutbox,
  fillCaptcha,
  outboxMessage,
  resetPasswordWithCode,
  signIn,
  signOut,
  submitPassword,
} from './support/session';
import { toLatin, toPersian } from './support/text';

/**
 * Accounts and access (seed 002 rules 1–3): request an account → the approver's SMS in the
 * development outbox → the approver approves → the applicant signs in with the temporary password
 * and must change it → a two-role user switches role. Captcha answers come from `devCaptchaAnswer`
 * (development and tests only) for the captcha the page shows; SMS texts from the outbox page.
 */

const APPROVER = { nationalId: '0010003037', mobile: '09120000303', name: 'حسن کریمی' };
const TWO_ROLE_USER = { nationalId: '0010002022', name: 'علی رضایی' };
const SENIOR_LEAD = { nationalId: '0010001018', mobile: '09120000101', name: 'مریم احمدی' };

interface Applicant {
  nationalId: string;
  mobile: string;
  birthDateJalali: string;
  post: string;
  /** A birth date to try first, which the civil registry refuses. */
  wrongBirthDateJalali?: string;
}

async function setBirthDate(page: Page, jalaliDate: string): Promise<void> {
  await typeDate(page.getByLabel('تاریخ تولد متقاضی'), jalaliDate);
}

/** Fills and sends the registration form; returns the tracking code in Latin digits. */
async function requestAccount(page: Page, applicant: Applicant, units: readonly string[]): Promise<string> {
  await page.goto('/login');
  await page.getByRole('link', { name: 'درخواست ایجاد کاربری' }).click();
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.getByRole('heading', { name: 'درخواست ایجاد کاربری' })).toBeVisible();

  await page.getByLabel('کد ملی متقاضی').fill(toPersian(applicant.nationalId));
  await page.getByLabel('شمارهٔ همراه متقاضی').fill(applicant.mobile);
  await setBirthDate(page, applicant.wrongBirthDateJalali ?? applicant.birthDateJalali);
  await page.getByLabel('تلفن ثابت سازمانی (با کد شهر)').fill('023-33330000');
  await page.getByLabel('پست سازمانی متقاضی').fill(applicant.post);
  await page.getByLabel('شمارهٔ همراه تأیید کننده').fill(APPROVER.mobile);

  await choose(page, page, 'نقش درخواستی', 'متولی شاخص');
  await expect(formItem(page, 'نقش درخواستی')).toContainText('متولی شاخص');

  // The ministry alone is refused on the spot, with the seed's reason.
  const organisation = formItem(page, 'دستگاه');
  await chooseInCascader(page, 'دستگاه', units.slice(0, 1));
  await page.getByRole('button', { name: 'ثبت درخواست' }).click();
  await expect(organisation).toContainText('انتخاب سطح اول (فقط وزارتخانه) پذیرفته نیست');

  await chooseInCascader(page, 'دستگاه', units);
  await expect(organisation).not.toContainText('پذیرفته نیست');

  if (applicant.wrongBirthDateJalali !== undefined) {
    // Refused, in Persian, in words that do not say which detail was wrong (the civil registry's
    // birth date or Shahkar's mobile); nothing is recorded and a new captcha is drawn.
    await fillCaptcha(page);
    await page.getByRole('button', { name: 'ثبت درخواست' }).click();
    await expect(page.getByTestId('registration-error')).toContainText(
      'کد ملی، تاریخ تولد و شمارهٔ همراه با هم در ثبت احوال و شاهکار تأیید نشد',
    );
    await setBirthDate(page, applicant.birthDateJalali);
  }

  await fillCaptcha(page);
  await page.getByRole('button', { name: 'ثبت درخواست' }).click();
  await expect(page.getByText('درخواست شما ثبت شد')).toBeVisible();
  const code = (await page.getByTestId('tracking-code').textContent()) ?? '';
  expect(code).toMatch(/^[۰-۹]{12}$/);
  return toLatin(code);
}

/** The approver's row of a request in «درخواست‌های ایجاد کاربری». */
async function requestRow(page: Page, trackingCode: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'منوی اصلی' }).getByRole('link', { name: 'درخواست‌های ایجاد کاربری' }).click();
  await expect(page).toHaveURL(/\/registrations$/);
  const row = page.getByRole('row').filter({ hasText: toPersian(trackingCode) });
  await expect(row).toBeVisible();
  return row;
}

test.describe('حساب‌های کاربری و نقش‌ها', () => {
  test('the login page offers every way in the seed names; a wrong password gets a new captcha; a one-time password signs in', async ({
    page,
  }) => {
    await page.goto('/login?sso_error=SSO_FAILED');
    await expect(page.getByText('ورود از طریق سامانه سینا انجام نشد', { exact: false })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'ورود با گذرواژه' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'ورود با رمز یکبار مصرف' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'ورود از طریق سامانه سینا' })).toHaveAttribute('href', '/auth/sso/start');
    await expect(page.getByRole('link', { name: 'فراموشی گذرواژه' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'ورود ارزیابان افتخاری' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'پشتیبانی' })).toBeVisible();
    await expect(page.getByText('ساعات پاسخگویی: روزهای کاری ۸ تا ۱۶', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'صندوق پیامک (محیط آزمایشی)' })).toBeVisible();

    await page.getByLabel('کد ملی', { exact: true }).fill(toPersian(SENIOR_LEAD.nationalId));
    await page.getByLabel('گذرواژه', { exact: true }).fill('not-the-password-1');
    await fillCaptcha(page);
    const firstCaptcha = await page.getByTestId('captcha-image').getAttribute('data-captcha-id');
    await page.getByRole('button', { name: 'ورود', exact: true }).click();
    await expect(page.getByText('کد ملی یا گذرواژه درست نیست')).toBeVisible();
    await expect(page.getByTestId('captcha-image')).not.toHaveAttribute('data-captcha-id', firstCaptcha ?? '');
    await expect(page.getByLabel('متن تصویر', { exact: true })).toHaveValue('');

    // The one-time password tab: national ID + captcha, then the code with a resend countdown.
    await page.getByRole('tab', { name: 'ورود با رمز یکبار مصرف' }).click();
    await page.getByLabel('کد ملی', { exact: true }).fill(SENIOR_LEAD.nationalId);
    await fillCaptcha(page);
    await page.getByRole('button', { name: 'ارسال رمز یکبار مصرف' }).click();
    await expect(page.getByLabel('رمز یکبار مصرف', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'ارسال دوباره' })).toBeDisabled();

    // The code arrives by SMS (read in the outbox, in another tab) and may be typed in Persian digits.
    const outbox = await page.context().newPage();
    const sms = await outboxMessage(outbox, SENIOR_LEAD.mobile, /رمز یکبار مصرف/);
    await outbox.close();
    const code = /[0-9۰-۹]{6}/.exec(sms)?.[0] ?? '';
    await page.getByLabel('رمز یکبار مصرف', { exact: true }).fill(toPersian(code));
    await page.getByRole('button', { name: 'ورود', exact: true }).click();
    await expect(page.getByRole('heading', { name: `${SENIOR_LEAD.name}، خوش آمدید` })).toBeVisible();
    await expect(page.getByTestId('active-role-name')).toHaveText('راهبر ارشد');
  });

  test('a forgotten password: the same answer whether or not the mobile matches; only the code sent to the right one sets a new password', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const entrant = { nationalId: '4310004040', mobile: '09120000404', name: 'زهرا محمدی' };
    await askPasswordResetCode(page, entrant.nationalId, '09129999999', 'login-link');
    await askPasswordResetCode(page, entrant.nationalId, entrant.mobile, 'login-link');
    const code = await codeFromOutbox(page, entrant.mobile, /کد بازیابی گذرواژهٔ شما/);

    // A wrong code changes nothing and says how many tries are left.
    await page.getByLabel('کد بازیابی', { exact: true }).fill(code === '000000' ? '111111' : '000000');
    await page.getByLabel('گذرواژهٔ تازه', { exact: true }).fill('Zahra1406new');
    await page.getByLabel('تکرار گذرواژهٔ تازه').fill('Zahra1406new');
    await page.getByRole('button', { name: 'تغییر گذرواژه' }).click();
    await expect(page.getByText('رمز یکبار مصرف درست نیست؛ ۴ بار دیگر می‌توانید تلاش کنید')).toBeVisible();

    await resetPasswordWithCode(page, code, 'Zahra1406new');
    await page.getByRole('link', { name: 'ورود به سامانه' }).click();
    await submitPassword(page, entrant.nationalId, 'Zahra1406new');
    await expect(page.getByRole('heading', { name: `${entrant.name}، خوش آمدید` })).toBeVisible();
    await signOut(page);
  });

  test('an applicant requests an account, the approver approves it, and the new user must change the temporary password', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const applicant: Applicant = { nationalId: '4310009093', mobile: '09120000909', birthDateJalali: '1370/11/25', post: 'کارشناس آمار' };
    const trackingCode = await requestAccount(page, applicant, ['وزارت نیرو', 'شرکت مدیریت منابع آب ایران', 'شرکت آب منطقه‌ای سمنان']);

    // The approver is told by SMS, with the tracking code.
    await outboxMessage(page, APPROVER.mobile, new RegExp(trackingCode));

    // He signs in and approves the request.
    await signIn(page, APPROVER);
    const row = await requestRow(page, trackingCode);
    await expect(row).toContainText('نرگس صالحی');
    await expect(row).toContainText('شرکت آب منطقه‌ای سمنان');
    await expect(row).toContainText(toPersian(applicant.nationalId));
    await expect(row).toContainText('متولی شاخص');
    await expect(row).toContainText('در انتظار');
    await row.getByRole('button', { name: 'تأیید' }).click();
    await page.getByRole('button', { name: 'بله، تأیید' }).click();
    await expect(page.getByText('درخواست نرگس صالحی تأیید شد', { exact: false })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: toPersian(trackingCode) })).toHaveCount(0);
    await page.getByRole('radiogroup', { name: 'وضعیت' }).getByText('تأیید شده', { exact: true }).click();
    await expect(page.getByRole('radio', { name: 'تأیید شده' })).toBeChecked();
    await expect(page.getByRole('row').filter({ hasText: toPersian(trackingCode) })).toContainText('تأیید شده');
    await signOut(page);

    // The applicant reads his temporary password in the outbox and signs in with it.
    const sms = await outboxMessage(page, applicant.mobile, /گذرواژهٔ موقت/);
    const temporary = /گذرواژهٔ موقت: (\S+)/.exec(sms)?.[1];
    expect(temporary).toBeTruthy();
    await submitPassword(page, applicant.nationalId, temporary ?? '');

    // Every page leads to the change-password page until the password is changed.
    await expect(page).toHaveURL(/\/change-password$/);
    await expect(page.getByText('گذرواژهٔ شما موقت است', { exact: false })).toBeVisible();
    await page.goto('/organisation');
    await expect(page).toHaveURL(/\/change-password$/);
    await changeTemporaryPassword(page, temporary ?? '', 'Narges1406new');

    // His panel: the approved role at the chosen unit, and a data entrant's menu.
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { name: 'نرگس صالحی، خوش آمدید' })).toBeVisible();
    await expect(page.getByTestId('active-role-name')).toHaveText('متولی شاخص');
    await expect(page.getByTestId('active-role-unit')).toContainText('شرکت آب منطقه‌ای سمنان');
    const menu = page.getByRole('navigation', { name: 'منوی اصلی' });
    await expect(menu.getByRole('link', { name: 'واحدهای سازمانی' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'درخواست‌های ایجاد کاربری' })).toHaveCount(0);
    await page.goto('/registrations');
    await expect(page.getByText('دسترسی ندارید')).toBeVisible();
  });

  test('an approver rejects a request with a reason, which reaches the applicant by SMS', async ({ page }) => {
    test.setTimeout(90_000);
    const applicant: Applicant = {
      nationalId: '4310012124',
      mobile: '09120001212',
      birthDateJalali: '1368/07/18',
      wrongBirthDateJalali: '1368/07/19',
      post: 'کارشناس منابع آب',
    };
    const trackingCode = await requestAccount(page, applicant, [
      'وزارت نیرو',
      'شرکت مدیریت منابع آب ایران',
      'شرکت آب منطقه‌ای سمنان',
      'امور منابع آب شهرستان شاهرود',
    ]);

    await signIn(page, APPROVER);
    const row = await requestRow(page, trackingCode);
    await expect(row).toContainText('مهدی یوسفی');
    await row.getByRole('button', { name: 'رد', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'رد درخواست ایجاد کاربری' });
    await dialog.getByRole('button', { name: 'رد درخواست' }).click();
    await expect(dialog.getByText('علت رد را بنویسید')).toBeVisible();
    await dialog.getByLabel('علت رد').fill('پست سازمانی با واحد انتخاب‌شده نمی‌خواند');
    await dialog.getByRole('button', { name: 'رد درخواست' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: toPersian(trackingCode) })).toHaveCount(0);

    await outboxMessage(page, applicant.mobile, /پست سازمانی با واحد انتخاب‌شده نمی‌خواند/);
  });

  test('a user with two roles switches role in the header and sees the other panel', async ({ page }) => {
    test.setTimeout(60_000);
    await signIn(page, TWO_ROLE_USER);
    await expect(page.getByTestId('user-menu')).toContainText(TWO_ROLE_USER.name);

    const switchTo = async (label: string, role: string, unit: string) => {
      await choose(page, page, 'نقش فعال', label);
      await expect(page.getByTestId('active-role-name')).toHaveText(role);
      await expect(page.getByTestId('active-role-unit')).toContainText(unit);
      await expect(page.getByTestId('role-switcher')).toContainText(label);
    };

    await switchTo('تأیید کننده — ستاد وزارت نیرو', 'تأیید کننده', 'ستاد وزارت نیرو');
    const menu = page.getByRole('navigation', { name: 'منوی اصلی' });
    await menu.getByRole('link', { name: 'واحدهای سازمانی' }).click();
    const tree = page.getByTestId('organisation-tree');
    await expect(tree).toContainText('ستاد وزارت نیرو');
    await expect(tree).not.toContainText('شرکت آب منطقه‌ای سمنان');

    await switchTo('راهبر اصلی — وزارت نیرو', 'راهبر اصلی', 'وزارت نیرو');
    await expect(page).toHaveURL(/\/$/);
    await menu.getByRole('link', { name: 'واحدهای سازمانی' }).click();
    await expect(tree).toContainText('وزارت نیرو');
    await expect(tree).toContainText('شرکت آب منطقه‌ای سمنان');
    await expect(tree).toContainText('امور منابع آب شهرستان گرمسار');

    await signOut(page);
    await page.goto('/organisation');
    await expect(page).toHaveURL(/\/login\?next=%2Forganisation$/);
  });
});
