import { randomUUID } from 'node:crypto';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { choose } from './support/antd';
import { fillCaptcha, mainMenu, openLogin, signIn } from './support/session';
import { DEMO_PASSWORD, toPersian } from './support/text';

/**
 * No form saves the wrong data, nothing changes silently: each edit dialog shows the record it
 * edits; an out-of-range number is refused naming its bounds, never clamped (and the API refuses
 * it too); a result goes when the input it answered changes; an error replaces the empty state;
 * an ended session leads to the sign-in page and back; the sign-in wait counts down.
 */

const SYSTEM_ADMIN = { nationalId: '0010008081', name: 'سارا نوری' };
const DEPUTY = { nationalId: '4310006061', name: 'فاطمه موسوی' };
const ASSISTED_OPERATOR = { nationalId: '2880014141', name: 'بهرام شریفی' };

/** The values a campaign window's row shows: its band and its dates (Persian digits). */
async function rowValues(row: Locator): Promise<{ band: string; start: string; end: string }> {
  const cells = row.getByRole('cell');
  return {
    band: (await cells.nth(0).innerText()).trim(),
    start: (await cells.nth(1).innerText()).trim(),
    end: (await cells.nth(2).innerText()).trim(),
  };
}

/** Signs in on the login page the app sent us to (its `next` kept), without opening it again. */
async function signInHere(page: Page, nationalId: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'ورود به سامانه' })).toBeVisible();
  await page.getByLabel('کد ملی', { exact: true }).fill(nationalId);
  await page.getByLabel('گذرواژه', { exact: true }).fill(DEMO_PASSWORD);
  await fillCaptcha(page);
  await page.getByRole('button', { name: 'ورود', exact: true }).click();
}

test.describe('فرم‌ها و نشست', () => {
  test('each campaign window dialog shows the window it edits, whichever was opened before', async ({ page }) => {
    await signIn(page, SYSTEM_ADMIN);
    await mainMenu(page).getByRole('link', { name: 'بازه‌های اعلام خوشه' }).click();
    await expect(page.getByRole('heading', { name: 'بازه‌های اعلام خوشه' })).toBeVisible();
    const rows = page.getByTestId('campaign-windows').locator('tbody tr.ant-table-row');
    await expect(rows).toHaveCount(5);
    // Forward, then back: every dialog after another one still shows its own record.
    for (const index of [0, 1, 2, 3, 4, 2, 0]) {
      const row = rows.nth(index);
      const shown = await rowValues(row);
      await row.getByRole('button', { name: 'ویرایش' }).click();
      const dialog = page.getByRole('dialog', { name: `ویرایش بازهٔ ${shown.band}` });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByLabel('تاریخ آغاز')).toHaveValue(shown.start);
      await expect(dialog.getByLabel('تاریخ پایان')).toHaveValue(shown.end);
      const sizes = /^(?<min>[۰-۹]+)(?: تا (?<max>[۰-۹]+))? نفر(?<more> و بیشتر)?$/.exec(shown.band)?.groups;
      if (sizes === undefined) {
        // The catch-up window has no sizes to show.
        await expect(dialog.getByLabel('کمترین تعداد اعضا')).toHaveCount(0);
      } else {
        await expect(dialog.getByLabel('کمترین تعداد اعضا')).toHaveValue(sizes.min!);
        await expect(dialog.getByLabel('بیشترین تعداد اعضا')).toHaveValue(sizes.more ? '' : (sizes.max ?? sizes.min!));
      }
      await dialog.getByRole('button', { name: 'انصراف' }).click();
      await expect(dialog).toBeHidden();
    }
    // A size out of the API's bounds is refused as typed, naming them.
    await rows.nth(1).getByRole('button', { name: 'ویرایش' }).click();
    const dialog = page.getByRole('dialog', { name: /^ویرایش بازهٔ/ });
    await dialog.getByLabel('بیشترین تعداد اعضا').fill('60');
    await dialog.getByLabel('بیشترین تعداد اعضا').blur();
    await expect(dialog.getByLabel('بیشترین تعداد اعضا')).toHaveValue('۶۰');
    await dialog.getByRole('button', { name: 'ذخیره' }).click();
    await expect(dialog.getByText('بیشترین تعداد اعضا باید عددی درست از ۱ تا ۵۰ باشد؛ ۶۰ پذیرفته نیست')).toBeVisible();
    await dialog.getByRole('button', { name: 'انصراف' }).click();
    await expect(dialog).toBeHidden();
  });

  test('a proposal score of 160 is refused naming the bounds, never changed to 150, and the API refuses it too', async ({ page }) => {
    await signIn(page, DEPUTY);
    await mainMenu(page).getByRole('link', { name: 'پیشنهاد شاخص' }).click();
    await expect(page.getByRole('heading', { name: 'پیشنهاد شاخص', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'پیشنهاد شاخص تازه' }).click();
    const form = page.getByRole('dialog', { name: /^پیشنهاد شاخص/ });
    const score = form.getByLabel('امتیاز');
    await score.fill('160');
    await score.blur();
    await expect(score).toHaveValue('۱۶۰');
    await form.getByRole('button', { name: 'ثبت پیشنهاد' }).click();
    await expect(form.getByText('امتیاز باید بیشتر از ۰ و حداکثر ۱۵۰ باشد؛ ۱۶۰ پذیرفته نیست')).toBeVisible();
    await expect(score).toHaveValue('۱۶۰');
    await expect(page.getByText('برای بررسی راهبر ارشد ثبت شد', { exact: false })).toHaveCount(0);

    // The API refuses it as bad input on the score, whatever the client.
    const answer = await page.request.post('/graphql', {
      data: {
        query: 'mutation($input: ProposalInput!) { proposeIndicator(input: $input) { id } }',
        variables: {
          input: {
            periodId: randomUUID(),
            organisationUnitId: randomUUID(),
            title: 'شاخص آزمون',
            unitOfMeasure: 'تعداد',
            calculationMethod: 'شمارش',
            targetLower: '1',
            targetUpper: '10',
            target: '5',
            score: 160,
          },
        },
      },
    });
    const body = (await answer.json()) as {
      errors?: Array<{ extensions?: { code?: string; fields?: Array<{ path: string; constraints: string[] }> } }>;
    };
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.fields).toContainEqual(expect.objectContaining({ path: 'score', constraints: ['max'] }));
  });

  test("a subsidy request's answer goes as soon as another national ID is typed", async ({ page }) => {
    await signIn(page, ASSISTED_OPERATOR);
    await mainMenu(page).getByRole('link', { name: 'درخواست امور یارانه' }).click();
    await expect(page.getByRole('heading', { name: 'درخواست امور یارانه' })).toBeVisible();
    await page.getByLabel('کد ملی متقاضی').fill(toPersian('0013542419'));
    await choose(page, page, 'نوع خدمت', 'فوت');
    await page.getByRole('button', { name: 'ثبت درخواست' }).click();
    const outcome = page.getByTestId('subsidy-outcome');
    await expect(outcome).toContainText('درخواست فوت ثبت شد');
    await page.getByLabel('کد ملی متقاضی').fill('۱۲۳');
    await expect(outcome).toBeEmpty();
    await expect(page.getByText('درخواست فوت ثبت شد')).toHaveCount(0);
  });

  test('when the network fails, the error stands in place of the empty list', async ({ page }) => {
    await signIn(page, SYSTEM_ADMIN);
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('AuditEvents')) await route.abort('failed');
      else await route.continue();
    });
    await mainMenu(page).getByRole('link', { name: 'گزارش رویدادها' }).click();
    await expect(page.getByRole('heading', { name: 'گزارش رویدادها' })).toBeVisible();
    await expect(page.getByText('ارتباط با سامانه برقرار نشد؛ اتصال شبکه را بررسی کنید و دوباره تلاش کنید')).toBeVisible();
    await expect(page.getByTestId('list-not-loaded')).toHaveCount(1);
    await expect(page.getByText('رویدادی یافت نشد')).toHaveCount(0);
  });

  test('an ended session leads to the sign-in page, and signing in comes back to the same page', async ({ page }) => {
    await signIn(page, SYSTEM_ADMIN);
    await mainMenu(page).getByRole('link', { name: 'گزارش رویدادها' }).click();
    await expect(page.getByRole('heading', { name: 'گزارش رویدادها' })).toBeVisible();
    await expect(page.getByTestId('user-menu')).toBeVisible();
    // The session ends on the server (as an expiry would); the page still shows the user.
    const ended = await page.request.post('/graphql', { data: { query: 'mutation { logout }' } });
    expect(ended.ok()).toBe(true);
    await page.getByRole('button', { name: 'تازه‌سازی' }).click();
    await expect(page).toHaveURL(/\/login\?next=%2Faudit$/);
    await expect(page.getByText('نشست شما به پایان رسیده است؛ دوباره وارد شوید تا به همین صفحه بازگردید')).toBeVisible();
    await expect(page.getByTestId('user-menu')).toHaveCount(0);
    await signInHere(page, SYSTEM_ADMIN.nationalId);
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByRole('heading', { name: 'گزارش رویدادها' })).toBeVisible();
    await expect(page.getByTestId('user-menu')).toContainText(SYSTEM_ADMIN.name);
  });

  test('after repeated wrong passwords the sign-in wait counts down and holds the button until it is over', async ({ page }) => {
    test.setTimeout(90_000);
    // A valid national ID nobody has, used by this test alone: its failures are its own.
    const stranger = '1270000152';
    await openLogin(page);
    const wait = page.getByTestId('retry-wait');
    // The form's own submit button, whatever its name reads while it waits or loads.
    const button = page.locator('#password-login button[type="submit"]');
    for (let attempt = 1; attempt <= 10 && !(await wait.isVisible()); attempt += 1) {
      await page.getByLabel('کد ملی', { exact: true }).fill(stranger);
      await page.getByLabel('گذرواژه', { exact: true }).fill('not-the-password-1');
      await fillCaptcha(page);
      await button.click();
      await expect(page.getByText('کد ملی یا گذرواژه درست نیست').or(wait)).toBeVisible();
    }
    await expect(wait).toContainText(/تلاش‌های ناموفق زیاد بود؛ [۱-۹][۰-۹]* ثانیه دیگر دوباره تلاش کنید/);
    await expect(button).toBeDisabled();
    const first = await wait.innerText();
    // It counts down: the sentence changes while the button waits, then the button is free again.
    await expect(wait).not.toHaveText(first);
    await expect(button).toBeEnabled({ timeout: 20_000 });
    await expect(wait).toHaveText('اکنون می‌توانید دوباره تلاش کنید');
  });
});
