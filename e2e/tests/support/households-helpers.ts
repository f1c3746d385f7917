import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Helpers of the households flows (households.spec.ts): sign-in through the captcha the page
 * shows, answered by the development-only `devCaptchaAnswer` (as accounts.spec.ts does), antd
 * selects and date pickers, and today's Jalali date in Tehran.
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

/** Signs in with national ID and password and waits for the home page's greeting. */
export async function signIn(page: Page, user: { nationalId: string; name: string }): Promise<void> {
  await page.goto('/login');
  await expect(page.getByRole('tab', { name: 'ورود با گذرواژه' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('کد ملی', { exact: true }).fill(user.nationalId);
  await page.getByLabel('گذرواژه', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('متن تصویر', { exact: true }).fill(await captchaAnswer(page));
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
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

/** Chooses the option titled `title` of the antd select labelled `label`. */
export async function choose(page: Page, label: string, title: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await input.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true }).click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

/** Types a Jalali date (yyyy/mm/dd) into a date picker and confirms it with Enter. */
export async function typeDate(picker: Locator, jalali: string): Promise<void> {
  await picker.click();
  await picker.fill(jalali);
  await picker.press('Enter');
  await expect(picker).toHaveValue(jalali);
}

const isoInTehran = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' });
const jalaliParts = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Tehran as a Jalali yyyy/mm/dd in Latin digits, as the date pickers take it. */
export function jalaliToday(): string {
  const parts = jalaliParts.formatToParts(new Date(`${isoInTehran.format(new Date())}T12:00:00Z`));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}/${get('month').padStart(2, '0')}/${get('day').padStart(2, '0')}`;
}
