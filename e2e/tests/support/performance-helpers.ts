import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Helpers of the Ma'na flow (performance.spec.ts): sign-in through the captcha the page shows
 * (answered by the development-only `devCaptchaAnswer`, as accounts.spec.ts does), antd popups,
 * and Jalali dates counted from today in Tehran.
 */

export const DEMO_PASSWORD = 'pishkhan1405';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
export const toPersian = (text: string | number): string => String(text).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);

/** Captchas each page has already answered: they are single use. */
const usedCaptchas = new WeakMap<Page, Set<string>>();

async function captchaAnswer(page: Page): Promise<string> {
  const used = usedCaptchas.get(page) ?? new Set<string>();
  usedCaptchas.set(page, used);
  const image = page.getByTestId('captcha-image');
  await expect(image).toBeVisible();
  await expect.poll(async () => {
    const id = await image.getAttribute('data-captcha-id');
    return id !== null && !used.has(id);
  }).toBe(true);
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

async function fillCaptcha(page: Page): Promise<void> {
  await page.getByLabel('متن تصویر', { exact: true }).fill(await captchaAnswer(page));
}

/** Signs in with national ID and password and waits for the home page's greeting. */
export async function signIn(page: Page, user: { nationalId: string; name: string }): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('tab', { name: 'ورود با گذرواژه' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('کد ملی', { exact: true }).fill(user.nationalId);
  await page.getByLabel('گذرواژه', { exact: true }).fill(DEMO_PASSWORD);
  await fillCaptcha(page);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
  await expect(page.getByRole('heading', { name: `${user.name}، خوش آمدید` })).toBeVisible();
}

/**
 * Gives a demo user the demo password again, whatever happened to it before (accounts.spec.ts asks
 * a temporary password for the data entrant): «فراموشی گذرواژه» → the temporary password in the
 * development SMS outbox → sign in with it → change it back to the demo password → sign out.
 */
export async function restoreDemoPassword(page: Page, user: { nationalId: string; mobile: string; name: string }): Promise<void> {
  await page.goto('/forgot-password');
  await page.getByLabel('کد ملی', { exact: true }).fill(user.nationalId);
  await page.getByLabel('شمارهٔ همراه', { exact: true }).fill(user.mobile);
  await fillCaptcha(page);
  await page.getByRole('button', { name: 'دریافت گذرواژهٔ تازه' }).click();
  await expect(page.getByText('گذرواژهٔ موقت تازه‌ای به همان شماره پیامک می‌شود', { exact: false })).toBeVisible();

  await page.goto('/dev/sms-outbox');
  await page.getByLabel('شمارهٔ همراه گیرنده').fill(user.mobile);
  await page.getByRole('button', { name: 'پالایش' }).click();
  const newest = page.getByTestId('sms-outbox').getByTestId('sms-text').filter({ hasText: /گذرواژهٔ موقت شما/ }).first();
  await expect(newest).toBeVisible();
  const temporary = /گذرواژهٔ موقت شما (\S+) است/.exec((await newest.textContent()) ?? '')?.[1];
  if (!temporary) throw new Error('No temporary password in the SMS outbox');

  await page.goto('/login');
  await page.getByLabel('کد ملی', { exact: true }).fill(user.nationalId);
  await page.getByLabel('گذرواژه', { exact: true }).fill(temporary);
  await fillCaptcha(page);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
  await expect(page).toHaveURL(/\/change-password$/);
  await page.getByLabel('گذرواژهٔ فعلی').fill(temporary);
  await page.getByLabel('گذرواژهٔ تازه', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('تکرار گذرواژهٔ تازه').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'تغییر گذرواژه' }).click();
  await expect(page.getByRole('heading', { name: `${user.name}، خوش آمدید` })).toBeVisible();
  await signOut(page);
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

/** Opens an antd select by its label, centred so that its popup opens below it and stays put. */
export async function openSelect(scope: Page | Locator, label: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await input.click();
}

/**
 * Chooses the option titled `title` of the antd select labelled `label` (typing it first into a
 * searchable one). Retried as a whole: a click that lands while the popup is still opening, or
 * while its options are being replaced by fresher ones, leaves the popup open.
 */
export async function choose(page: Page, scope: Page | Locator, label: string, title: string, search = false): Promise<void> {
  const popup = page.locator('.ant-select-dropdown:visible');
  await expect(async () => {
    if ((await popup.count()) === 0) await openSelect(scope, label);
    const option = popup.getByTitle(title, { exact: true });
    if (search) {
      // Filtered down to the one option, which is active: Enter chooses it.
      await scope.getByLabel(label, { exact: true }).fill(title);
      await expect(option).toBeVisible({ timeout: 2_000 });
      await page.keyboard.press('Enter');
    } else {
      await option.click({ timeout: 2_000 });
    }
    await expect(popup).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** Types a Jalali date (yyyy/mm/dd) into a date picker and confirms it with Enter. */
export async function typeDate(picker: Locator, jalali: string): Promise<void> {
  await picker.click();
  await picker.fill(jalali);
  await picker.press('Enter');
}

const isoInTehran = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' });
const jalaliParts = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The ISO date `days` after today in Tehran. */
export function isoFromToday(days: number): string {
  const date = new Date(`${isoInTehran.format(new Date())}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** An ISO date as a Jalali yyyy/mm/dd in Latin digits, as the date pickers take it. */
export function jalali(iso: string): string {
  const parts = jalaliParts.formatToParts(new Date(`${iso}T12:00:00Z`));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}/${get('month').padStart(2, '0')}/${get('day').padStart(2, '0')}`;
}

/** A minimal PDF: the API knows a PDF by `%PDF-` at its start. */
export function minimalPdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}
