import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { withDatabase } from './support/database';
import { choose, typeDate } from './support/antd';
import { fillCaptcha, signIn, signOut } from './support/session';
import { toLatin, toPersian } from './support/text';

/**
 * Hajj registration (seed 004): the holder of a 250,000-rial 1363 document is told to convert it;
 * the provincial office of سمنان refers it to its Bank Melli branch, which issues the converted
 * receipt; he pre-registers online in a caravan of سمنان, whose manager confirms him with the
 * document checklist and prints the registration receipt (the page, and the API's PDF). A second
 * applicant, registered at the same caravan, does not pay the difference by his day: the API's
 * seat-release job frees his seat in the full caravan, and the manager gives it to the next applicant.
 */

const ADMIN = { nationalId: '0010016015', name: 'سعید حاجی‌زاده' };
const OFFICE = { nationalId: '4310024017', name: 'معصومه سمنانی' };
const BANK = { nationalId: '4310025013', name: 'کامران ملی‌پور' };
const MANAGER = { nationalId: '0010018018', name: 'رضا مدیری' };

/** Demo holders of سمنان (apps/api/src/modules/hajj/demo/deposit-receipts.ndjson); birth dates Jalali. */
const DOCUMENT_1363 = { receiptNumber: '93100002', nationalId: '4310020021', birthDate: '1335/07/03' };
const LATE_PAYER = { receiptNumber: '93100008', nationalId: '4310020089', birthDate: '1336/06/06' };
const NEXT_APPLICANT = { receiptNumber: '93100009', nationalId: '4310020097', birthDate: '1345/03/30' };
/** Holders of سمنان who fill the caravan (4 seats) before the next applicant comes. */
const FILLERS = [
  { receiptNumber: '93100010', nationalId: '4310020100', birthDate: '1341/10/10' },
  { receiptNumber: '93100011', nationalId: '4310020119', birthDate: '1347/05/05' },
  { receiptNumber: '93100012', nationalId: '4310020127', birthDate: '1343/08/17' },
];
const CARAVAN = 'SEM-201';
const DOCUMENT_LABELS = ['اصل قبض ودیعه‌گذاری', 'کپی قبض ودیعه‌گذاری', 'اصل شناسنامه و تصویر همهٔ صفحات', 'اصل و کپی کارت ملی'];
const CONVERTED_NUMBER = `9319${String(Date.now()).slice(-6)}`;

async function fillProof(
  page: Page,
  holder: { receiptNumber: string; nationalId: string; birthDate: string },
  scope = page.locator('body'),
): Promise<void> {
  await scope.getByLabel('کد ملی', { exact: true }).fill(toPersian(holder.nationalId));
  await scope.getByLabel('شماره قبض ودیعه‌گذاری').fill(holder.receiptNumber);
  await typeDate(scope.getByLabel('تاریخ تولد'), holder.birthDate);
}

async function receiptStatus(page: Page, holder: typeof DOCUMENT_1363): Promise<void> {
  await page.goto('/hajj/status');
  await expect(page.getByRole('heading', { name: 'وضعیت قبض ودیعه‌گذاری حج تمتع' })).toBeVisible();
  await fillProof(page, holder);
  await fillCaptcha(page);
  await page.getByRole('button', { name: 'استعلام' }).click();
}

async function openReceipt(page: Page, receiptNumber: string): Promise<void> {
  await page.goto('/hajj/receipts');
  await expect(page.getByRole('heading', { name: 'قبوض ودیعه‌گذاری حج' })).toBeVisible();
  await page.getByLabel('شماره قبض', { exact: true }).fill(receiptNumber);
  await page.getByRole('button', { name: 'جستجو' }).click();
  await expect(page.getByTestId('hajj-receipt')).toBeVisible();
}

/** The caravan manager's page, on the given caravan. */
async function openCaravan(page: Page, code: string): Promise<void> {
  await page.goto('/hajj/caravan');
  await expect(page.getByRole('heading', { name: 'کاروان من' })).toBeVisible();
  await choose(page, page, 'کاروان', `${code} (سمنان)`);
}

/** The caravan's seats taken and its capacity, as the manager's page shows them («کل ظرفیت: ۳ از ۴»). */
async function seats(page: Page): Promise<[number, number]> {
  const text = await page.getByText(/^کل ظرفیت:/).innerText();
  const [taken, capacity] = (toLatin(text).match(/\d+/g) ?? []).map(Number);
  return [taken!, capacity!];
}

/**
 * Registers an applicant in person at the caravan, every document checked, on a freshly opened page
 * (no notice of an earlier registration on it: the notice waited for is this one's).
 */
async function registerInPerson(page: Page, holder: typeof DOCUMENT_1363): Promise<void> {
  await openCaravan(page, CARAVAN);
  const card = page.locator('.ant-card').filter({ has: page.getByText('ثبت‌نام حضوری', { exact: true }) });
  await fillProof(page, holder, card);
  for (const label of DOCUMENT_LABELS) await card.getByLabel(label).check();
  await card.getByRole('button', { name: 'ثبت‌نام', exact: true }).click();
  await expect(page.getByTestId('hajj-caravan-notice')).toHaveText('ثبت‌نام حضوری انجام شد');
}

// Each flow goes through several people's sessions.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('a 1363 document is converted by the office and the bank, pre-registered online, confirmed by the manager, and its receipt printed', async ({
  page,
}) => {
  // The holder is told to convert first, with what he will pay.
  await receiptStatus(page, DOCUMENT_1363);
  await expect(page.getByTestId('hajj-next-step')).toHaveAttribute('data-next-step', 'CONVERT_AT_PROVINCIAL_OFFICE');
  await expect(page.getByTestId('hajj-amounts')).toContainText('۹٬۷۵۰٬۰۰۰ ریال');

  // The provincial office of سمنان refers it to its Bank Melli branch.
  await signIn(page, OFFICE);
  await openReceipt(page, DOCUMENT_1363.receiptNumber);
  await page.getByLabel('کد شعبهٔ بانک ملی').fill('BMI-4310');
  await page.getByRole('button', { name: 'معرفی به شعبه' }).click();
  await expect(page.getByTestId('hajj-receipt-status')).toHaveText('معرفی‌شده به بانک');
  await signOut(page);

  // The branch issues the converted 10M receipt, endorsed with the original number.
  await signIn(page, BANK);
  await openReceipt(page, DOCUMENT_1363.receiptNumber);
  await page.getByLabel('شمارهٔ قبض جدید').fill(CONVERTED_NUMBER);
  await page.getByRole('button', { name: 'صدور قبض' }).click();
  await expect(page.getByTestId('hajj-receipt-next-step')).toHaveAttribute('data-next-step', 'REGISTER');
  await expect(page.getByTestId('hajj-receipt')).toContainText('تبدیل و ظهرنویسی');
  await expect(page.getByTestId('hajj-receipt')).toContainText(toPersian(DOCUMENT_1363.receiptNumber));
  await signOut(page);

  // The admin gives the caravan of سمنان to the demo manager.
  await signIn(page, ADMIN);
  await page.goto('/hajj/season');
  await expect(page.getByRole('heading', { name: 'فصل حج و کاروان‌ها' })).toBeVisible();
  await page.getByRole('tab', { name: 'کاروان‌ها' }).click();
  await page
    .getByRole('row', { name: new RegExp(CARAVAN) })
    .getByRole('button', { name: 'ویرایش' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('کد ملی مدیر (کاربر مدیر کاروان)').fill(MANAGER.nationalId);
  await dialog.getByRole('button', { name: 'ذخیره' }).click();
  await expect(dialog).toBeHidden();
  await signOut(page);

  // Told to register now, the holder pre-registers online; the slip counts the hold down.
  await receiptStatus(page, DOCUMENT_1363);
  await expect(page.getByTestId('hajj-next-step')).toHaveAttribute('data-next-step', 'REGISTER');
  await page.goto(`/hajj/pre-register?province=${encodeURIComponent('سمنان')}`);
  await expect(page.getByRole('heading', { name: 'پیش‌ثبت‌نام اینترنتی حج تمتع' })).toBeVisible();
  await choose(page, page, 'کاروان', CARAVAN);
  await fillProof(page, DOCUMENT_1363);
  await fillCaptcha(page);
  await page.getByRole('button', { name: 'پیش‌ثبت‌نام', exact: true }).click();
  await expect(page.getByTestId('hajj-pre-registration')).toBeVisible();
  await expect(page.getByTestId('hold-countdown')).toContainText('زمان باقی‌مانده');
  const trackingCode = (await page.getByTestId('hajj-tracking-code').getAttribute('data-tracking-code')) ?? '';
  expect(trackingCode).toMatch(/^\d{12}$/);

  // The manager confirms him in person with the document checklist, and prints the receipt.
  await signIn(page, MANAGER);
  await openCaravan(page, CARAVAN);
  const confirm = page.locator('.ant-card').filter({ has: page.getByText('تأیید پیش‌ثبت‌نام (مراجعهٔ حضوری)') });
  await confirm.getByLabel('کد رهگیری پیش‌ثبت‌نام').fill(trackingCode);
  await confirm.getByLabel('اصل قبض ودیعه‌گذاری').check();
  await confirm.getByRole('button', { name: 'تأیید و ثبت‌نام قطعی' }).click();
  await expect(page.getByText('همهٔ مدارک باید بررسی شود', { exact: false })).toBeVisible();
  await confirm.getByLabel('کد رهگیری پیش‌ثبت‌نام').fill(trackingCode);
  for (const label of DOCUMENT_LABELS) await confirm.getByLabel(label).check();
  await confirm.getByRole('button', { name: 'تأیید و ثبت‌نام قطعی' }).click();
  await expect(page.getByTestId('hajj-caravan-notice')).toHaveText('ثبت‌نام قطعی شد؛ رسید و برگهٔ واریز را چاپ کنید');
  await page
    .getByRole('row', { name: new RegExp(toPersian(trackingCode)) })
    .getByRole('link', { name: 'رسید' })
    .click();
  await expect(page.getByRole('heading', { name: 'رسید ثبت‌نام حج تمتع' })).toBeVisible();
  const receipt = page.getByTestId('hajj-registration-receipt');
  await expect(receipt).toContainText(toPersian(trackingCode));
  await expect(receipt).toContainText('تذکرات ضروری');
  // The slip: the caravan's final cost less the 10,000,000-rial deposit.
  await expect(page.getByTestId('hajj-payment-slip')).toContainText('۲۶۹٬۰۰۰٬۰۰۰ ریال');
  await expect(receipt.getByRole('button', { name: 'چاپ رسید' })).toBeVisible();
  // The API's PDF of the receipt and slip, downloaded as the manager would.
  const downloading = page.waitForEvent('download');
  await receipt.getByRole('link', { name: 'دریافت PDF رسید' }).click();
  const pdf = await downloading;
  expect(pdf.suggestedFilename()).toBe(`hajj-registration-${trackingCode}.pdf`);
  const bytes = await readFile((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('an applicant who does not pay by his day loses his seat to the job, and the manager gives it to the next applicant', async ({
  page,
}) => {
  await signIn(page, MANAGER);
  await registerInPerson(page, LATE_PAYER);
  const late = page.getByRole('row').filter({ hasText: 'جواد رستمی' });
  await expect(late).toContainText('ثبت‌نام قطعی');
  await expect(late).toContainText('واریز تا');

  // The caravan fills up (4 seats); the next applicant is refused while it is full.
  for (const filler of FILLERS) {
    await openCaravan(page, CARAVAN);
    const [taken, capacity] = await seats(page);
    if (taken >= capacity) break;
    await registerInPerson(page, filler);
  }
  await openCaravan(page, CARAVAN);
  const [taken, capacity] = await seats(page);
  expect(taken).toBe(capacity);
  const inPerson = page.locator('.ant-card').filter({ has: page.getByText('ثبت‌نام حضوری', { exact: true }) });
  await fillProof(page, NEXT_APPLICANT, inPerson);
  for (const label of DOCUMENT_LABELS) await inPerson.getByLabel(label).check();
  await inPerson.getByRole('button', { name: 'ثبت‌نام', exact: true }).click();
  await expect(page.getByText('ظرفیت این کاروان تکمیل شده است', { exact: false })).toBeVisible();

  // His payment day passes unpaid (days cannot pass in a test: his deadline is moved to yesterday);
  // the seat-release job of the running API frees his seat on its next round.
  await withDatabase((db) =>
    db.query(
      `UPDATE hajj_registration SET payment_due = (now() AT TIME ZONE 'Asia/Tehran')::date - 1
        WHERE national_id = $1 AND status = 'CONFIRMED'`,
      [LATE_PAYER.nationalId],
    ),
  );
  // The page's two lists are read one after the other: both must show the seat freed.
  await expect(async () => {
    await openCaravan(page, CARAVAN);
    await expect(page.getByRole('row').filter({ hasText: 'جواد رستمی' })).toContainText('آزادشده (واریز نکردن در مهلت)', {
      timeout: 1_000,
    });
    expect((await seats(page))[0]).toBe(capacity - 1);
  }).toPass({ timeout: 30_000 });

  // The manager gives the freed seat to the next applicant.
  await page.getByRole('row').filter({ hasText: 'جواد رستمی' }).getByRole('button', { name: 'جایگزینی' }).click();
  const dialog = page.getByRole('dialog');
  await fillProof(page, NEXT_APPLICANT, dialog);
  for (const label of DOCUMENT_LABELS) await dialog.getByLabel(label).check();
  await dialog.getByRole('button', { name: 'جایگزینی' }).click();
  await expect(page.getByTestId('hajj-caravan-notice')).toHaveText('متقاضی تازه جایگزین شد');
  await expect(page.getByRole('row').filter({ hasText: 'اکرم جلالی' })).toContainText('ثبت‌نام قطعی');
  await expect(page.getByRole('row').filter({ hasText: 'جواد رستمی' })).toContainText('جایگزین:');
  await openCaravan(page, CARAVAN);
  expect((await seats(page))[0]).toBe(capacity);
});
