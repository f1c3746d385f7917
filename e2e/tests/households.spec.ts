import { expect, test, type APIResponse, type Locator, type Page } from '@playwright/test';
import { choose, typeDate } from './support/antd';
import { jalaliToday } from './support/dates';
import { fillCaptcha, mainMenu, signIn, signOut } from './support/session';
import { toPersian } from './support/text';

/**
 * Households (seeds 000 and 001): a civil registry operator registers a death and headship moves;
 * a person texts the short number 300000 through the development SMS simulator; the system
 * administrator opens a campaign window and the signed-out lookup shows the cluster; the system
 * administrator gives another system a new key, deactivates and reactivates it, and finds its
 * webhook subscription. Each test uses its own demo household or client, so each passes alone and
 * in any order.
 */

const CIVIL_REGISTRY_OPERATOR = { nationalId: '4310013139', name: 'پریسا حیدری' };
const SYSTEM_ADMIN = { nationalId: '0010008081', name: 'سارا نوری' };

/** Demo household نجفی: head حمید, spouse نرگس, two children. */
const NAJAFI = { head: '0012000051', spouse: '0012000061', headName: 'حمید نجفی', spouseName: 'نرگس نجفی' };
/** Demo household رحیمی: three members, cluster 4. */
const RAHIMI = { head: '2881000029', cluster: 4 };
/** Demo household کاظمی: one member, cluster 2, in the size band 1–2. */
const KAZEMI = { head: '2881000010', trackingCode: '18811030000001', members: 1, cluster: 2 };

const SMS_HELP = 'برای دریافت خوشه درآمدی، فقط کد ملی سرپرست خانوار را به ۳۰۰۰۰۰ بفرستید.';

/** Another system's call with its key, as it would make it: `Authorization: Bearer <key>`. */
function callWithKey(page: Page, key: string, query: string): Promise<APIResponse> {
  return page.request.post('/graphql', { data: { query }, headers: { authorization: `Bearer ${key}` } });
}

async function codeOf(response: APIResponse): Promise<string | undefined> {
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return body.errors?.[0]?.extensions?.code;
}

/** Clicks a row action and the «yes» of its confirmation, and waits for the confirmation to close. */
async function confirmAction(page: Page, action: Locator, yes: string): Promise<void> {
  await action.click();
  const confirm = page.getByRole('button', { name: yes, exact: true });
  await confirm.click();
  await expect(confirm).toBeHidden();
}

/** Reads the key the modal shows once, closes the modal and returns the key. */
async function keptKey(page: Page, clientName: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: `کلید دسترسی ${clientName}` });
  const key = await dialog.getByTestId('api-key').inputValue();
  expect(key).toMatch(/^pk_[a-z0-9]{10}_[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole('button', { name: 'کلید را نگه داشتم؛ بستن' }).click();
  await expect(dialog).toBeHidden();
  return key;
}

async function lookUpCluster(page: Page, household: typeof KAZEMI): Promise<void> {
  await page.getByLabel('کد ملی سرپرست خانوار').fill(toPersian(household.head));
  await page.getByLabel('کد رهگیری').fill(toPersian(household.trackingCode));
  await page.getByLabel('تعداد اعضای خانوار').fill(toPersian(household.members));
  await page.getByRole('button', { name: 'استعلام' }).click();
}

/** Sends the lookup form and waits for the API's answer (tries with the same refusal look alike on screen). */
async function answeredLookUp(page: Page, household: typeof KAZEMI): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('householdCluster('),
  );
  await lookUpCluster(page, household);
  await answered;
}

test.describe('خانوار و خوشه درآمدی', () => {
  test('a civil registry operator registers the death of a head and headship moves to the spouse', async ({ page }) => {
    await signIn(page, CIVIL_REGISTRY_OPERATOR);

    await mainMenu(page).getByRole('link', { name: 'جستجوی خانوار' }).click();
    await page.getByLabel('کد ملی یکی از اعضا').fill(toPersian(NAJAFI.spouse));
    await page.getByRole('button', { name: 'جستجو' }).click();
    await expect(page.getByTestId('household-head')).toHaveText(NAJAFI.headName);
    const members = page.getByTestId('household-members');
    await expect(members.locator('tbody tr.ant-table-row')).toHaveCount(4);
    await expect(members.locator('tr[data-head="true"]')).toContainText(toPersian(NAJAFI.head));

    await mainMenu(page).getByRole('link', { name: 'ثبت رویداد حیاتی' }).click();
    await expect(page.getByRole('heading', { name: 'ثبت رویداد حیاتی' })).toBeVisible();
    await choose(page, page, 'نوع رویداد', 'فوت');
    await typeDate(page.getByLabel('تاریخ رویداد'), jalaliToday());
    await page.getByRole('radio', { name: 'سامانه پایگاه خانوار' }).check();
    await page.getByLabel('کد ملی متوفی').fill(toPersian(NAJAFI.head));
    await expect(page.getByTestId('person-preview')).toHaveText('حمید نجفی، سرپرست خانوار ۴ نفره');
    await page.getByRole('button', { name: 'ثبت رویداد' }).click();

    // The household page of the household after the event: the spouse heads it now.
    await expect(page).toHaveURL(new RegExp(`/households/search\\?nationalId=${NAJAFI.spouse}$`));
    await expect(page.getByTestId('event-registered')).toContainText('رویداد فوت ثبت شد');
    await expect(page.getByTestId('household-head')).toHaveText(NAJAFI.spouseName);
    await expect(members.locator('tbody tr.ant-table-row')).toHaveCount(3);
    await expect(members.locator('tr[data-head="true"]')).toContainText(toPersian(NAJAFI.spouse));
    await expect(members.locator('tr[data-head="true"]')).toContainText('سرپرست');
    await expect(members).not.toContainText(toPersian(NAJAFI.head));
    const timeline = page.getByTestId('household-timeline');
    await expect(timeline.locator('tbody tr.ant-table-row')).toHaveCount(1);
    await expect(timeline).toContainText('فوت');
    await expect(timeline).toContainText('سامانه پایگاه خانوار');
    await expect(timeline).toContainText(toPersian(jalaliToday()));
  });

  test("a person texts a head's national ID in Persian digits with spaces and gets only the cluster; junk gets the help", async ({
    page,
  }) => {
    await page.goto('/dev/sms-simulator');
    await expect(page.getByText('این صفحه فقط در محیط توسعه و آزمایش است', { exact: false })).toBeVisible();
    await page.getByLabel('شمارهٔ همراه فرستنده').fill('۰۹۱۲۷۷۷۰۰۴۴');

    const replies = page.getByTestId('sms-reply');
    const spaced = toPersian(RAHIMI.head).replace(/^(...)(....)(...)$/, '$1 $2 $3');
    await page.getByLabel('متن پیامک').fill(` ${spaced} `);
    await page.getByRole('button', { name: 'ارسال به ۳۰۰۰۰۰' }).click();
    await expect(replies).toHaveCount(1);
    await expect(replies.last()).toHaveText(`خوشه درآمدی خانوار شما: ${toPersian(RAHIMI.cluster)}`);

    await page.getByLabel('متن پیامک').fill('سلام، خوشهٔ من چند است؟');
    await page.getByRole('button', { name: 'ارسال به ۳۰۰۰۰۰' }).click();
    await expect(replies).toHaveCount(2);
    await expect(replies.last()).toHaveText(SMS_HELP);
  });

  test('the lookup is closed until the administrator moves a window to today; then the signed-out lookup shows the cluster, and asks a captcha after three wrong tries', async ({
    page,
  }) => {
    await page.goto('/');
    await mainMenu(page).getByRole('link', { name: 'استعلام خوشه درآمدی' }).click();
    await lookUpCluster(page, KAZEMI);
    const outcome = page.getByTestId('cluster-outcome');
    await expect(outcome).toContainText('اکنون زمان اعلام خوشه درآمدی نیست');
    await expect(page.getByTestId('cluster-result')).toHaveCount(0);

    await signIn(page, SYSTEM_ADMIN);
    await mainMenu(page).getByRole('link', { name: 'بازه‌های اعلام خوشه' }).click();
    const band = page.getByTestId('campaign-windows').getByRole('row').filter({ hasText: '۱ تا ۲ نفر' });
    await expect(band).toContainText('۱۳۸۸/۱۱/۰۳');
    await band.getByRole('button', { name: 'ویرایش' }).click();
    const dialog = page.getByRole('dialog', { name: 'ویرایش بازهٔ ۱ تا ۲ نفر' });
    const today = jalaliToday();
    await typeDate(dialog.getByLabel('تاریخ آغاز'), today);
    await typeDate(dialog.getByLabel('تاریخ پایان'), today);
    await dialog.getByRole('button', { name: 'ذخیره' }).click();
    await expect(dialog).toBeHidden();
    await expect(band).toContainText(toPersian(today));
    await expect(band).toContainText('باز');
    await signOut(page);

    await page.goto('/households/cluster');
    await lookUpCluster(page, KAZEMI);
    await expect(page.getByTestId('cluster-result')).toBeVisible();
    await expect(page.getByTestId('cluster-sentence')).toHaveText(`خوشه درآمدی خانوار شما: ${toPersian(KAZEMI.cluster)}`);

    // Three wrong tracking codes for this head: the next try, even a right one, needs the captcha.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'استعلام خوشه درآمدی' })).toBeVisible();
    for (const wrongCode of ['18811030009991', '18811030009992', '18811030009993']) {
      await answeredLookUp(page, { ...KAZEMI, trackingCode: wrongCode });
      await expect(outcome).toContainText('اطلاعات واردشده با اطلاعات خانوار مطابقت ندارد');
    }
    await expect(page.getByTestId('captcha-image')).toHaveCount(0);

    await answeredLookUp(page, KAZEMI);
    await expect(outcome).toContainText('برای ادامه، متن تصویر امنیتی را هم بنویسید');
    await expect(page.getByTestId('cluster-result')).toHaveCount(0);
    await fillCaptcha(page);
    await answeredLookUp(page, KAZEMI);
    await expect(page.getByTestId('cluster-sentence')).toHaveText(`خوشه درآمدی خانوار شما: ${toPersian(KAZEMI.cluster)}`);
  });

  test('the administrator replaces a system key, deactivates and reactivates it, and finds its webhook subscription', async ({ page }) => {
    // Unique per run, so a repeated run on the same database finds only its own rows; the name in
    // Persian digits, as an administrator types one (the Persian walk reads it later).
    const run = Date.now().toString(36);
    const name = `سامانه رفاهی آزمون ${toPersian(Date.now() % 1_000_000_000)}`;
    const hookUrl = `http://127.0.0.1:9/pishkhan-hook-${run}`;
    const publicQuery = '{ nationalIdInfo(nationalId: "0013542419") { valid } }';
    await signIn(page, SYSTEM_ADMIN);
    await mainMenu(page).getByRole('link', { name: 'سامانه‌های متصل' }).click();
    await page.getByLabel('نام سامانه').fill(name);
    await page.getByRole('checkbox', { name: 'دریافت تغییرات خانوارها household:changes' }).check();
    await page.getByRole('button', { name: 'ساخت سامانه و کلید' }).click();
    const oldKey = await keptKey(page, name);

    const subscribed = await callWithKey(page, oldKey, `mutation { subscribeWebhook(url: "${hookUrl}") { subscription { id } } }`);
    expect(subscribed.status()).toBe(200);
    expect(await codeOf(subscribed)).toBeUndefined();

    const row = page.getByTestId('api-clients').getByRole('row').filter({ hasText: name });
    await expect(row.getByText('فعال', { exact: true })).toBeVisible();
    await confirmAction(page, row.getByRole('button', { name: 'کلید تازه' }), 'بله، کلید تازه');
    const newKey = await keptKey(page, name);
    expect(newKey).not.toBe(oldKey);
    await expect(row).toContainText(newKey.slice(3, 13));

    const refused = await callWithKey(page, oldKey, publicQuery);
    expect(refused.status()).toBe(401);
    expect(await codeOf(refused)).toBe('UNAUTHENTICATED');
    expect((await callWithKey(page, newKey, publicQuery)).status()).toBe(200);

    await confirmAction(page, row.getByRole('button', { name: 'غیرفعال‌سازی' }), 'بله، غیرفعال شود');
    await expect(row.getByText('غیرفعال', { exact: true })).toBeVisible();
    const inactive = await callWithKey(page, newKey, publicQuery);
    expect(inactive.status()).toBe(403);
    expect(await codeOf(inactive)).toBe('API_CLIENT_INACTIVE');

    await confirmAction(page, row.getByRole('button', { name: /^فعال‌سازی/ }), 'بله، فعال شود');
    await expect(row.getByText('فعال', { exact: true })).toBeVisible();
    expect((await callWithKey(page, newKey, publicQuery)).status()).toBe(200);

    await mainMenu(page).getByRole('link', { name: 'ارسال‌های وب‌هوک' }).click();
    await expect(page.getByRole('heading', { name: 'ارسال‌های وب‌هوک' })).toBeVisible();
    const subscription = page.getByTestId('webhook-subscriptions').getByRole('row').filter({ hasText: hookUrl });
    await expect(subscription).toContainText(name);
    await subscription.getByText(hookUrl).click();
    await expect(page.getByText(`تلاش‌های ارسال به ${name}`)).toBeVisible();
    await expect(page.getByTestId('webhook-deliveries')).toBeVisible();
  });
});
