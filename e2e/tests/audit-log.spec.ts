import { expect, test, type Page } from '@playwright/test';
import { isoFromToday } from './support/dates';
import { fillCaptcha, mainMenu, openLogin, signIn, signOut } from './support/session';
import { toPersian } from './support/text';

/**
 * «گزارش رویدادها» answers who did what: every line names the person (name and masked national
 * ID, or the national ID an anonymous caller gave), the action and the outcome in Persian, the
 * record in words; an opened line shows labelled fields, never raw JSON; a search by a national ID
 * finds every line by or about that person.
 */

const LEAD = { nationalId: '0010002022', name: 'علی رضایی' };
const SYSTEM_ADMIN = { nationalId: '0010008081', name: 'سارا نوری' };
/** The indicator the Ma'na flow (performance.spec.ts) refers: left alone here. */
const FLOW_INDICATOR = 'تعداد روستاهای آبرسانی شده در طرح جهاد آبرسانی';
/** A valid national ID with no account: its failed sign-in is a line about him, written by nobody signed in. */
const STRANGER = '4310009093';

const masked = (nationalId: string) => toPersian(`${nationalId.slice(0, 3)}****${nationalId.slice(-3)}`);

async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Shows the lines by or about one national ID. */
async function searchByNationalId(page: Page, nationalId: string): Promise<void> {
  await page.getByLabel('کد ملی', { exact: true }).fill(toPersian(nationalId));
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes(nationalId),
  );
  await page.getByRole('button', { name: 'جست‌وجو' }).click();
  await answered;
}

test.describe('گزارش رویدادها', () => {
  test('every line names the person, the action, the record and the outcome in Persian, and a national ID finds what was done by or about him', async ({
    page,
  }) => {
    // Someone without an account tries to sign in with his national ID.
    await openLogin(page);
    await page.getByLabel('کد ملی', { exact: true }).fill(STRANGER);
    await page.getByLabel('گذرواژه', { exact: true }).fill('not-his-password-9');
    await fillCaptcha(page);
    await page.getByRole('button', { name: 'ورود', exact: true }).click();
    await expect(page.getByText('کد ملی یا گذرواژه درست نیست')).toBeVisible();

    // The lead evaluator refers an indicator (not the one of the Ma'na flow) to his approver.
    await signIn(page, LEAD);
    const periods = await gql<{ evaluationPeriods: Array<{ id: string; status: string }> }>(page, '{ evaluationPeriods { id status } }');
    const open = periods.evaluationPeriods.find((period) => period.status === 'OPEN')!;
    const indicators = await gql<{ indicators: { items: Array<{ id: string; title: string; status: string }> } }>(
      page,
      'query($p: ID!) { indicators(filter: { periodId: $p, offset: 0, limit: 50 }) { items { id title status } } }',
      { p: open.id },
    );
    const indicator = indicators.indicators.items.find((item) => item.status === 'NOT_REFERRED' && item.title !== FLOW_INDICATOR)!;
    const candidates = await gql<{ referralCandidates: Array<{ id: string; firstName: string }> }>(
      page,
      '{ referralCandidates { id firstName } }',
    );
    await gql(page, 'mutation($id: ID!, $input: ReferInput!) { referIndicator(indicatorId: $id, input: $input) { id } }', {
      id: indicator.id,
      input: { breakdown: 'NONE', assigneeId: candidates.referralCandidates[0]!.id, deadline: isoFromToday(5) },
    });
    await signOut(page);

    // The system administrator reads the log.
    await signIn(page, SYSTEM_ADMIN);
    await mainMenu(page).getByRole('link', { name: 'گزارش رویدادها' }).click();
    await expect(page.getByRole('heading', { name: 'گزارش رویدادها' })).toBeVisible();
    await expect(page).toHaveTitle('گزارش رویدادها — پیشخوان');
    const lines = page.locator('tbody tr.ant-table-row');

    await searchByNationalId(page, LEAD.nationalId);
    const referred = lines
      .filter({ has: page.getByTestId('audit-action').getByText('ارجاع شاخص', { exact: true }) })
      .filter({ hasText: indicator.title });
    await expect(referred).toHaveCount(1);
    await expect(referred.getByTestId('audit-person')).toHaveText(`${LEAD.name} (${masked(LEAD.nationalId)})`);
    await expect(referred).toContainText('راهبر اصلی');
    await expect(referred.getByTestId('audit-target')).toHaveText(`شاخص «${indicator.title}»`);
    await expect(referred).toContainText('موفق');
    // His sign-in is found by the same search: by him, though no line names him as its subject but this one.
    await expect(
      lines.filter({ has: page.getByTestId('audit-action').getByText('ورود با گذرواژه', { exact: true }) }).first(),
    ).toBeVisible();
    // Every line of the search is his, and no line shows a raw action name or code.
    const people = await lines.getByTestId('audit-person').allInnerTexts();
    expect(people.length).toBeGreaterThan(2);
    for (const person of people) expect(person).toBe(`${LEAD.name} (${masked(LEAD.nationalId)})`);
    await expect(page.locator('tbody')).not.toContainText(/[A-Za-z]/);

    // An opened line: labelled fields, not JSON.
    await referred.getByRole('button', { name: 'باز شدن ردیف' }).click();
    const details = page.getByTestId('audit-details');
    await expect(details).toContainText('نقش');
    await expect(details).toContainText('شناسهٔ درخواست');
    await expect(details).toContainText('ارجاع‌های ساخته‌شده');
    await expect(details).toContainText('۱ مورد');
    await expect(details).not.toContainText('{');
    await expect(details).not.toContainText('"');

    // A line about someone who never signed in: found by his national ID, named by it, refused in Persian.
    await searchByNationalId(page, STRANGER);
    const refused = lines.filter({ has: page.getByTestId('audit-action').getByText('ورود با گذرواژه', { exact: true }) }).first();
    await expect(refused.getByTestId('audit-person')).toHaveText(`کاربر واردنشده با کد ملی ${masked(STRANGER)}`);
    await expect(refused).toContainText('ناموفق');
    await expect(refused.getByTestId('audit-code')).toHaveText('کد ملی یا گذرواژه درست نیست');
  });
});
