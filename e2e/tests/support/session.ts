import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, toPersian } from './text';

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
 * Asks «فراموشی گذرواژه» for a temporary password. Opened by its address, or from the login page's
 * link: either way the form is filled only once the page's own heading shows (a route still
 * loading leaves the previous page on screen, whose fields have the same labels).
 */
export async function askTemporaryPassword(page: Page, nationalId: string, mobile: string, from: 'address' | 'login-link' = 'address'): Promise<void> {
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
  await page.getByRole('button', { name: 'دریافت گذرواژهٔ تازه' }).click();
  await expect(page.getByText('گذرواژهٔ موقت تازه‌ای به همان شماره پیامک می‌شود', { exact: false })).toBeVisible();
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
 * Gives a demo user the demo password again, whatever happened to it before (accounts.spec.ts asks
 * a temporary password for the data entrant): a temporary password by SMS → sign in with it →
 * change it back to the demo password → sign out.
 */
export async function restoreDemoPassword(page: Page, user: DemoUser & { mobile: string }): Promise<void> {
  await askTemporaryPassword(page, user.nationalId, user.mobile);
  const sms = await outboxMessage(page, user.mobile, /گذرواژهٔ موقت شما/);
  const temporary = /گذرواژهٔ موقت شما (\S+) است/.exec(sms)?.[1];
  if (!temporary) throw new Error('No temporary password in the SMS outbox');
  await submitPassword(page, user.nationalId, temporary);
  await changeTemporaryPassword(page, temporary, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: `${user.name}، خوش آمدید` })).toBeVisible();
  await signOut(page);
}
