import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, toLatin, toPersian } from './text';

/**
 * Signing in and out as a person does, with the captcha the page shows answered through the
 * development-only `devCaptchaAnswer` query, and SMS texts read on the development outbox page.
 */

export interface DemoUser {
  nationalId: string;
  name: string;
}

/** Captchas each page has already answered: they are single use, so the next answer needs a new one. */
const usedCaptchas = new WeakMap<Page, Set<string>>();

/** The answer of the captcha shown in `scope`; waits for one this page has not answered yet. */
export async function captchaAnswer(page: Page, scope: Page | Locator = page): Promise<string> {
  const used = usedCaptchas.get(page) ?? new Set<string>();
  usedCaptchas.set(page, used);
  const image = scope.getByTestId('captcha-image');
  await expect(image).toBeVisible();
  await expect
    .poll(async () => {
      const id = await image.getAttribute('data-captcha-id');
      return id !== null && !used.has(id);
    })
    .toBe(true);
  const captchaId = (await image.getAttribute('data-captcha-id')) ?? '';
  used.add(captchaId);
  const response = await page.request.post('/graphql', {
    data: { query: 'query Answer($id: ID!) { devCaptchaAnswer(captchaId: $id) }', variables: { id: captchaId } },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: { devCaptchaAnswer: string | null } };
  const answer = body.data?.devCaptchaAnswer;
  if (!answer) throw new Error('devCaptchaAnswer gave no answer: is the server in test mode?');
  return answer;
}

export async function fillCaptcha(page: Page, scope: Page | Locator = page): Promise<void> {
  await scope.getByLabel('متن تصویر', { exact: true }).fill(await captchaAnswer(page, scope));
}

/** Opens the login page and waits until its password tab is the one shown. */
export async function openLogin(page: Page): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('tab', { name: 'ورود با گذرواژه' })).toHaveAttribute('aria-selected', 'true');
}

/** Sends the password form; the caller checks where it leads. */
export async function submitPassword(page: Page, nationalId: string, password: string): Promise<void> {
  await openLogin(page);
  await page.getByLabel('کد ملی', { exact: true }).fill(nationalId);
  await page.getByLabel('گذرواژه', { exact: true }).fill(password);
  await fillCaptcha(page);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
}

/** Signs in with national ID and the demo password and waits for the home page's greeting. */
export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await submitPassword(page, user.nationalId, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: `${user.name}، خوش آمدید` })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'خروج' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId('user-menu')).toHaveCount(0);
}

export function mainMenu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'منوی اصلی' });
}

/**
 * Asks «فراموشی گذرواژه» for a password-reset code. Opened by its address, or from the login page's
 * link: either way the form is filled only once the page's own heading shows (a route still
 * loading leaves the previous page on screen, whose fields have the same labels). Ends on the
 * second step, whose words are the same whether or not the pair matched an account.
 */
export async function askPasswordResetCode(
  page: Page,
  nationalId: string,
  mobile: string,
  from: 'address' | 'login-link' = 'address',
): Promise<void> {
  if (from === 'address') await page.goto('/forgot-password');
  else {
    await openLogin(page);
    await page.getByRole('link', { name: 'فراموشی گذرواژه' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
  }
  await expect(page.getByRole('heading', { name: 'فراموشی گذرواژه' })).toBeVisible();
  await page.getByLabel('کد ملی', { exact: true }).fill(nationalId);
  await page.getByLabel('شمارهٔ همراه', { exact: true }).fill(mobile);
  await fillCaptcha(page);
  await page.getByRole('button', { name: 'دریافت کد بازیابی' }).click();
  await expect(page.getByText('کد بازیابی گذرواژه به همان شماره پیامک شد', { exact: false })).toBeVisible();
  await expect(page.getByLabel('کد بازیابی', { exact: true })).toBeVisible();
}

/** The six digits of the newest message to `mobile` matching `pattern`, read on the outbox page in another tab. */
export async function codeFromOutbox(page: Page, mobile: string, pattern: RegExp): Promise<string> {
  const outbox = await page.context().newPage();
  const sms = await outboxMessage(outbox, mobile, pattern);
  await outbox.close();
  const code = /[0-9۰-۹]{6}/.exec(sms)?.[0];
  if (!code) throw new Error('No six-digit code in the SMS outbox');
  return toLatin(code);
}

/** On the second step of «فراموشی گذرواژه»: the code and a new password (twice), then the success page. */
export async function resetPasswordWithCode(page: Page, code: string, password: string): Promise<void> {
  await page.getByLabel('کد بازیابی', { exact: true }).fill(toPersian(code));
  await page.getByLabel('گذرواژهٔ تازه', { exact: true }).fill(password);
  await page.getByLabel('تکرار گذرواژهٔ تازه').fill(password);
  await page.getByRole('button', { name: 'تغییر گذرواژه' }).click();
  await expect(page.getByText('گذرواژهٔ شما تغییر کرد')).toBeVisible();
}

/** The newest outbox message to a mobile whose text matches `pattern`, read on the outbox page. */
export async function outboxMessage(page: Page, mobile: string, pattern: RegExp): Promise<string> {
  await page.goto('/dev/sms-outbox');
  await expect(page.getByText('این صفحه فقط در محیط توسعه و آزمایش است؛ در محیط عملیاتی پیامک‌ها واقعاً ارسال می‌شوند')).toBeVisible();
  await page.getByLabel('شمارهٔ همراه گیرنده').fill(mobile);
  await page.getByRole('button', { name: 'پالایش' }).click();
  const table = page.getByTestId('sms-outbox');
  await expect(table.getByRole('row').nth(1)).toContainText(toPersian(mobile));
  const text = table.getByTestId('sms-text').filter({ hasText: pattern }).first();
  await expect(text).toBeVisible();
  return (await text.textContent()) ?? '';
}

/** Changes the password on the change-password page a temporary password leads to. */
export async function changeTemporaryPassword(page: Page, temporary: string, next: string): Promise<void> {
  await expect(page).toHaveURL(/\/change-password$/);
  await page.getByLabel('گذرواژهٔ فعلی').fill(temporary);
  await page.getByLabel('گذرواژهٔ تازه', { exact: true }).fill(next);
  await page.getByLabel('تکرار گذرواژهٔ تازه').fill(next);
  await page.getByRole('button', { name: 'تغییر گذرواژه' }).click();
}

/**
 * Gives a demo user the demo password again, whatever happened to it before (accounts.spec.ts
 * resets the data entrant's): a reset code by SMS → the demo password with it → sign in → sign out.
 */
export async function restoreDemoPassword(page: Page, user: DemoUser & { mobile: string }): Promise<void> {
  await askPasswordResetCode(page, user.nationalId, user.mobile);
  const code = await codeFromOutbox(page, user.mobile, /کد بازیابی گذرواژهٔ شما/);
  await resetPasswordWithCode(page, code, DEMO_PASSWORD);
  await signIn(page, user);
  await signOut(page);
}
