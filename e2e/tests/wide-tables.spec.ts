import { expect, test, type Locator, type Page } from '@playwright/test';
import { choose } from './support/antd';
import { isoFromToday } from './support/dates';
import { mainMenu, signIn, signOut } from './support/session';

/**
 * On a 1366×768 screen every row of the wide tables (the cartable, the scoring list, proposals,
 * proposal decisions, objections) keeps its status and its actions on screen; the columns a narrow
 * screen cannot hold fold into the opened row. The lead evaluator in his approver role gets an
 * empty scoring page that says why. Runs after the other flows (it opens a campaign window to
 * file an objection).
 */

test.use({ viewport: { width: 1366, height: 768 } });

const LEAD = { nationalId: '0010002022', name: 'علی رضایی' };
const SENIOR_LEAD = { nationalId: '0010001018', name: 'مریم احمدی' };
const DEPUTY = { nationalId: '4310006061', name: 'فاطمه موسوی' };
const SYSTEM_ADMIN = { nationalId: '0010008081', name: 'سارا نوری' };
const CIVIL_REGISTRY_OPERATOR = { nationalId: '4310013139', name: 'پریسا حیدری' };
/** Demo household رحیمی: three members. */
const RAHIMI = { head: '2881000029', trackingCode: '18811030000002', members: 3 };

/**
 * Every row of `table` has each of `cells(row)` fully on screen, without scrolling the table
 * sideways: the row is brought into view by its first cell only.
 */
async function expectOnScreen(table: Locator, cells: (row: Locator) => Locator, minimumRows = 1): Promise<void> {
  const rows = table.locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(minimumRows);
  for (let index = 0; index < count; index += 1) {
    const row = rows.nth(index);
    await row.locator('td').first().scrollIntoViewIfNeeded();
    const targets = cells(row);
    const found = await targets.count();
    expect(found, `row ${index + 1}`).toBeGreaterThan(0);
    for (let i = 0; i < found; i += 1) await expect(targets.nth(i), `row ${index + 1}`).toBeInViewport({ ratio: 1 });
  }
}

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

test.describe('جدول‌های پهن در صفحهٔ ۱۳۶۶ در ۷۶۸', () => {
  test("the lead evaluator's cartable and scoring list keep every row's action and status on screen; in his approver role the scoring page says why it is empty", async ({
    page,
  }) => {
    await signIn(page, LEAD);
    await mainMenu(page).getByRole('link', { name: 'کارپوشه' }).click();
    await expect(page.getByRole('heading', { name: 'کارپوشه' })).toBeVisible();
    await expectOnScreen(page.getByTestId('cartable-indicators'), (row) => row.getByRole('button', { name: 'ارجاع' }), 2);

    await mainMenu(page).getByRole('link', { name: 'فهرست امتیازدهی' }).click();
    await expect(page.getByRole('heading', { name: 'فهرست امتیازدهی' })).toBeVisible();
    await expectOnScreen(page.getByTestId('scoring-general'), (row) => row.locator('.ant-tag'), 2);

    await choose(page, page, 'نقش فعال', 'تأیید کننده — ستاد وزارت نیرو');
    await expect(page.getByTestId('active-role-name')).toHaveText('تأیید کننده');
    await mainMenu(page).getByRole('link', { name: 'فهرست امتیازدهی' }).click();
    await expect(page.getByRole('heading', { name: 'فهرست امتیازدهی' })).toBeVisible();
    const empty = page.getByTestId('scoring-empty');
    await expect(empty).toContainText('در این دوره دستگاهی با شاخص زیر واحد نقش فعال شما («تأیید کننده» در ستاد وزارت نیرو) نیست.');
    await expect(empty).toContainText('اگر نقش دیگری دارید، آن را از «نقش فعال» در بالای صفحه برگزینید');
    await expect(page.getByLabel('دستگاه', { exact: true })).toBeHidden();
  });

  test('proposals and their decisions keep status and actions on screen, the folded columns in the opened row', async ({ page }) => {
    const title = `شاخص پیشنهادی آزمون ${Date.now().toString(36)}`;
    await signIn(page, DEPUTY);
    await mainMenu(page).getByRole('link', { name: 'پیشنهاد شاخص' }).click();
    await expect(page.getByRole('heading', { name: 'پیشنهاد شاخص', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'پیشنهاد شاخص تازه' }).click();
    const form = page.getByRole('dialog', { name: /^پیشنهاد شاخص/ });
    await choose(page, form, 'دستگاه', 'شرکت آب منطقه‌ای سمنان');
    await form.getByLabel('عنوان شاخص').fill(title);
    await form.getByLabel('واحد سنجش').fill('تعداد');
    await form.getByLabel('نحوه محاسبه').fill('شمارش روستاهای آبرسانی‌شده در سال');
    await form.getByLabel('حد پایین هدف').fill('۱۰');
    await form.getByLabel('حد بالا هدف').fill('۲۰');
    await form.getByLabel('مقدار هدف').fill('۱۵');
    await form.getByLabel('امتیاز').fill('۵');
    await form.getByRole('button', { name: 'ثبت پیشنهاد' }).click();
    await expect(form).toBeHidden();
    const mine = page.getByTestId('my-proposals');
    await expect(mine.getByRole('row').filter({ hasText: title })).toBeVisible();
    await expectOnScreen(mine, (row) => row.locator('.ant-tag'));
    // The calculation method folds into the opened row on this screen.
    await expect(mine.getByRole('columnheader', { name: 'نحوه محاسبه' })).toHaveCount(0);
    await mine.getByRole('row').filter({ hasText: title }).getByRole('button', { name: 'باز شدن ردیف' }).click();
    await expect(mine).toContainText('شمارش روستاهای آبرسانی‌شده در سال');
    await signOut(page);

    await signIn(page, SENIOR_LEAD);
    await mainMenu(page).getByRole('link', { name: 'بررسی پیشنهادهای شاخص' }).click();
    await expect(page.getByRole('heading', { name: 'بررسی پیشنهادهای شاخص' })).toBeVisible();
    const decisions = page.getByTestId('indicator-proposals');
    await expect(decisions.getByRole('row').filter({ hasText: title })).toBeVisible();
    await expectOnScreen(decisions, (row) => row.locator('.ant-tag, button:not(.ant-table-row-expand-icon)'));
  });

  test('the objection queue keeps every row status and its accept and reject on screen', async ({ page }) => {
    // An objection to answer: the window of three-member households opens today, and the head files one.
    await signIn(page, SYSTEM_ADMIN);
    const campaign = await gql<{ clusterCampaign: { windows: Array<{ id: string; minSize: number | null; catchUp: boolean }> } }>(
      page,
      '{ clusterCampaign { windows { id minSize catchUp } } }',
    );
    const three = campaign.clusterCampaign.windows.find((w) => !w.catchUp && w.minSize === 3)!;
    await gql(page, 'mutation($id: ID!, $input: CampaignWindowInput!) { updateCampaignWindow(id: $id, input: $input) { id } }', {
      id: three.id,
      input: { startDate: isoFromToday(0), endDate: isoFromToday(0) },
    });
    await signOut(page);
    await gql(
      page,
      'mutation($input: HouseholdProofInput!, $reason: String!) { fileClusterObjection(input: $input, body: CIVIL_REGISTRY, reason: $reason) { id } }',
      {
        input: { headNationalId: RAHIMI.head, trackingCode: RAHIMI.trackingCode, memberCount: RAHIMI.members },
        reason: 'تعداد اعضای ثبت‌شده با خانوار ما نمی‌خواند',
      },
    );

    await signIn(page, CIVIL_REGISTRY_OPERATOR);
    await mainMenu(page).getByRole('link', { name: 'صف اعتراض‌ها' }).click();
    await expect(page.getByRole('heading', { name: 'صف اعتراض‌ها' })).toBeVisible();
    const queue = page.getByTestId('objections-CIVIL_REGISTRY');
    await expect(queue.getByRole('row').filter({ hasText: 'تعداد اعضای ثبت‌شده با خانوار ما نمی‌خواند' })).toBeVisible();
    await expectOnScreen(queue, (row) => row.locator('.ant-tag, button'));
  });
});
