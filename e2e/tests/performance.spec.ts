import { expect, test, type Page } from '@playwright/test';
import { choose, typeDate } from './support/antd';
import { isoFromToday, jalali } from './support/dates';
import { minimalPdf } from './support/files';
import { mainMenu, restoreDemoPassword, signIn, signOut } from './support/session';
import { toPersian } from './support/text';

/**
 * Ma'na (seed 002 rules 4–11) in the browser, on the demo data of a fresh database: the lead
 * evaluator refers an indicator of the open period split by province → the approver refers it on
 * to a data entrant with an earlier deadline → she records a value with a PDF and finishes → the
 * approver returns it with a reason → she corrects and finishes → the approver finishes → the lead
 * evaluator approves and forwards → the senior lead sees the score and evaluates it.
 */

const LEAD = { nationalId: '0010002022', name: 'علی رضایی' };
const APPROVER = { nationalId: '0010003037', name: 'حسن کریمی', option: 'حسن کریمی (معاون برنامه‌ریزی منابع آب)' };
const ENTRANT = { nationalId: '4310004040', mobile: '09120000404', name: 'زهرا محمدی', option: 'زهرا محمدی (کارشناس برنامه‌ریزی)' };
const SENIOR_LEAD = { nationalId: '0010001018', name: 'مریم احمدی' };

const INDICATOR = 'تعداد روستاهای آبرسانی شده در طرح جهاد آبرسانی';
const OPEN_PERIOD = 'ارزیابی عملکرد شهید رجایی دوره ۱۴۰۵ (نمونه)';
const RETURN_REASON = 'عدد عملکرد با مستندات نمی‌خواند؛ لطفاً اصلاح کنید';

const leadDeadline = isoFromToday(20);
const entrantDeadline = isoFromToday(10);
const tooLate = isoFromToday(25);

async function switchRole(page: Page, label: string, role: string): Promise<void> {
  await choose(page, page, 'نقش فعال', label);
  await expect(page.getByTestId('active-role-name')).toHaveText(role);
}

async function openMyReferral(page: Page): Promise<void> {
  await mainMenu(page).getByRole('link', { name: 'شاخص‌های ارجاعی من' }).click();
  await expect(page.getByRole('heading', { name: 'شاخص‌های ارجاعی من' })).toBeVisible();
  await page.getByTestId('my-referrals').getByRole('link', { name: INDICATOR }).click();
  await expect(page.getByRole('heading', { name: INDICATOR })).toBeVisible();
}

async function confirm(page: Page, button: string): Promise<void> {
  await page.locator('.ant-popover:visible').getByRole('button', { name: button }).click();
}

test.describe('سکوی معنا: زنجیرهٔ ارجاع، ثبت عملکرد و ارزیابی', () => {
  test('an indicator goes down the referral chain, comes back up with a corrected value and is evaluated with its score', async ({
    page,
  }) => {
    test.setTimeout(180_000);

    // Other flows may have given the data entrant a temporary password: she gets the demo one back.
    await restoreDemoPassword(page, ENTRANT);

    // The lead evaluator's cartable: the open period, its units as a tree and a list, and the indicators.
    await signIn(page, LEAD);
    await expect(page.getByTestId('active-role-name')).toHaveText('راهبر اصلی');
    await mainMenu(page).getByRole('link', { name: 'کارپوشه' }).click();
    await expect(page.getByRole('heading', { name: 'کارپوشه' })).toBeVisible();
    await expect(page.getByTestId('period-select')).toContainText(OPEN_PERIOD);
    await expect(page.getByTestId('period-range')).toHaveText(
      `${toPersian(jalali(isoFromToday(0)))} تا ${toPersian(jalali(isoFromToday(30)))}`,
    );
    await expect(page.getByTestId('cartable-tree')).toContainText('شرکت آب منطقه‌ای سمنان');
    const hq = page.getByTestId('cartable-units').getByRole('row').filter({ hasText: 'ستاد وزارت نیرو' });
    await expect(hq).toContainText('۰٪');
    await expect(hq).toContainText('۳۰ روز');
    const indicatorRow = page.getByTestId('cartable-indicators').getByRole('row').filter({ hasText: INDICATOR });
    await expect(indicatorRow).toContainText('۳۰۰۰');
    await expect(indicatorRow).toContainText('۱۷۰');
    await expect(indicatorRow).toContainText('ارجاع‌نشده');

    // «ارجاع» with a provincial breakdown made now, by the lead evaluator; the split is checked live.
    await indicatorRow.getByRole('button', { name: 'ارجاع' }).click();
    const refer = page.getByRole('dialog', { name: 'ارجاع شاخص' });
    await expect(refer.getByTestId('indicator-header')).toContainText(INDICATOR);
    await expect(refer.getByTestId('indicator-header')).toContainText('۱۷۰');
    await refer.getByText('بلی', { exact: true }).click();
    await refer.getByText('توسط مدیرکل ارزیابی', { exact: true }).click();
    await expect(refer.getByText('قاعده: مجموع اهداف استانی باید دقیقاً برابر هدف شاخص باشد', { exact: false })).toBeVisible();
    await choose(page, refer, 'استان ردیف ۱', 'سمنان', true);
    await refer.getByLabel('هدف ردیف ۱').fill('2500');
    await expect(refer.getByTestId('split-check')).toContainText('مجموع اهداف استانی: ۲۵۰۰؛ هدف شاخص: ۳۰۰۰ (۵۰۰ کمتر از هدف)');
    await choose(page, refer, 'گیرنده ردیف ۱', APPROVER.option);
    await typeDate(refer.getByLabel('مهلت ردیف ۱'), jalali(leadDeadline));
    await expect(refer.getByLabel('مهلت ردیف ۱')).toHaveValue(toPersian(jalali(leadDeadline)));
    await refer.getByRole('button', { name: 'ثبت ارجاع' }).click();
    await expect(refer.getByTestId('split-problem')).toContainText('اهداف استانی با هدف شاخص نمی‌خواند');
    await refer.getByLabel('هدف ردیف ۱').fill('۳۰۰۰');
    await expect(refer.getByTestId('split-check')).toContainText('مجموع اهداف استانی: ۳۰۰۰، برابر هدف شاخص (۳۰۰۰)');
    await refer.getByRole('button', { name: 'ثبت ارجاع' }).click();
    await expect(refer).toBeHidden();
    await expect(indicatorRow).toContainText('ارجاع‌شده');

    // He switches to his approver role and back: the menu follows the active role.
    await switchRole(page, 'تأیید کننده — ستاد وزارت نیرو', 'تأیید کننده');
    await expect(mainMenu(page).getByRole('link', { name: 'شاخص‌های ارجاعی من' })).toBeVisible();
    await expect(mainMenu(page).getByRole('link', { name: 'کارپوشه' })).toHaveCount(0);
    await switchRole(page, 'راهبر اصلی — وزارت نیرو', 'راهبر اصلی');
    await expect(mainMenu(page).getByRole('link', { name: 'کارپوشه' })).toBeVisible();
    await signOut(page);

    // The approver refers it on to his data entrant; a deadline past the one he received is refused.
    await signIn(page, APPROVER);
    await openMyReferral(page);
    await expect(page.getByTestId('referral-info')).toContainText('هدف استان سمنان');
    await expect(page.getByTestId('referral-deadline')).toHaveText(toPersian(jalali(leadDeadline)));
    await expect(page.getByTestId('referral-status')).toHaveText('ارجاع‌شده، در انتظار اقدام');
    await page.getByRole('button', { name: 'ارجاع', exact: true }).click();
    const referOn = page.getByRole('dialog', { name: 'ارجاع شاخص' });
    await expect(referOn.getByText(`حداکثر تا مهلت دریافتی شما: ${toPersian(jalali(leadDeadline))}`)).toBeVisible();
    await choose(page, referOn, 'گیرنده', ENTRANT.option);
    await typeDate(referOn.getByLabel('مهلت', { exact: true }), jalali(tooLate), { refused: true });
    await expect(referOn.getByText(`مهلت نمی‌تواند دیرتر از مهلت دریافتی شما (${toPersian(jalali(leadDeadline))}) باشد`)).toBeVisible();
    await typeDate(referOn.getByLabel('مهلت', { exact: true }), jalali(entrantDeadline));
    await expect(referOn.getByLabel('مهلت', { exact: true })).toHaveValue(toPersian(jalali(entrantDeadline)));
    await referOn.getByRole('button', { name: 'ثبت ارجاع' }).click();
    await expect(referOn).toBeHidden();
    await expect(page.getByTestId('referral-status')).toHaveText('ارجاع‌شده به سطح پایین‌تر');
    await expect(page.getByTestId('referral-children')).toContainText(ENTRANT.name);
    await signOut(page);

    // The data entrant records a value with evidence (a refused name first) and finishes. She has
    // nobody below her to refer to, so she is not offered «ارجاع».
    await signIn(page, ENTRANT);
    await openMyReferral(page);
    await expect(page.getByTestId('referral-deadline')).toHaveText(toPersian(jalali(entrantDeadline)));
    await expect(page.getByRole('button', { name: 'ارجاع', exact: true })).toHaveCount(0);
    await page.getByLabel('عملکرد', { exact: true }).fill('۲۶۰۰');
    await page.getByLabel('شاخص دارای برنامه راهبردی و عملیاتی مرتبط درون دستگاهی می‌باشد').check();
    await page.getByLabel('شاخص دارای سامانه (پایگاه) اطلاعاتی می‌باشد').check();
    await page.getByLabel('توضیحات عملکرد').fill('آبرسانی به روستاهای استان سمنان در طرح جهاد آبرسانی');
    await page.getByLabel('موانع کلیدی در راه اجرای کامل شاخص یا ذکر دلایل').fill('تأخیر در تأمین لوله');
    await page.getByLabel('راهکارهای بهبود برای نیل به اهداف').fill('خرید متمرکز لوله');
    const evidence = page.getByTestId('evidence');
    await expect(evidence).toContainText('تنها امکان افزودن فایل‌هایی با قالب PDF، DOC، DOCX، XLS و XLSX را دارید');
    const fileInput = evidence.locator('input[type="file"]');
    await fileInput.setInputFiles({ name: 'گزارش.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await expect(page.getByTestId('evidence-error')).toContainText(
      'نام فایل‌ها تنها می‌تواند شامل حروف و اعداد لاتین و کاراکترهای مجاز (- و _) باشد',
    );
    await fileInput.setInputFiles({ name: 'jahad-abresani-1405.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await expect(page.getByTestId('evidence-list')).toContainText('jahad-abresani-1405.pdf');
    await page.getByRole('button', { name: 'ذخیره', exact: true }).click();
    await expect(page.getByText('عملکرد ذخیره شد')).toBeVisible();
    await expect(page.getByTestId('referral-status')).toHaveText('در حال ثبت عملکرد');
    // After a reload the saved file is still shown by its name and size, not as «فایل پیوست ۱».
    await page.reload();
    await expect(page.getByRole('heading', { name: INDICATOR })).toBeVisible();
    await expect(page.getByTestId('evidence-list')).toContainText('jahad-abresani-1405.pdf');
    await expect(page.getByTestId('evidence-list')).toContainText(`${toPersian(minimalPdf().length)} بایت`);
    await expect(page.getByTestId('evidence-list')).not.toContainText('فایل پیوست');
    await page.getByRole('button', { name: 'اتمام عملیات' }).click();
    await confirm(page, 'بله، ارسال شود');
    await expect(page.getByTestId('referral-status')).toHaveText('ارسال‌شده به سطح بالاتر');
    await expect(page.getByTestId('entry-view')).toContainText('۲۶۰۰');
    await signOut(page);

    // The approver returns it with a reason.
    await signIn(page, APPROVER);
    await openMyReferral(page);
    const child = page.getByTestId('referral-children').getByRole('row').filter({ hasText: ENTRANT.name });
    await expect(child.getByTestId('child-value')).toHaveText('۲۶۰۰');
    await expect(child).toContainText('ارسال‌شده به سطح بالاتر');
    await child.getByRole('button', { name: 'بازگشت' }).click();
    const back = page.getByRole('dialog', { name: 'بازگشت برای اصلاح' });
    await back.getByRole('button', { name: 'بازگشت' }).click();
    await expect(back.getByText('علت بازگشت را بنویسید (دست‌کم ۳ نویسه)')).toBeVisible();
    await back.getByLabel('علت بازگشت').fill(RETURN_REASON);
    await back.getByRole('button', { name: 'بازگشت' }).click();
    await expect(back).toBeHidden();
    await expect(child).toContainText('برگشت‌خورده برای اصلاح');
    await signOut(page);

    // The entrant sees the reason, corrects the value and finishes again.
    await signIn(page, ENTRANT);
    await openMyReferral(page);
    await expect(page.getByTestId('return-reason')).toHaveText(`علت بازگشت: ${RETURN_REASON}`);
    await expect(page.getByTestId('evidence-list')).toContainText('jahad-abresani-1405.pdf');
    await expect(page.getByLabel('عملکرد', { exact: true })).toHaveValue('2600');
    await expect(page.getByLabel('توضیحات عملکرد')).toHaveValue('آبرسانی به روستاهای استان سمنان در طرح جهاد آبرسانی');
    await page.getByLabel('عملکرد', { exact: true }).fill('2700');
    await page.getByRole('button', { name: 'اتمام عملیات' }).click();
    await confirm(page, 'بله، ارسال شود');
    await expect(page.getByTestId('referral-status')).toHaveText('ارسال‌شده به سطح بالاتر');
    await expect(page.getByTestId('entry-view')).toContainText('۲۷۰۰');
    await signOut(page);

    // The approver approves (تأیید, as the seed names it at this step): the value goes up to the lead evaluator.
    await signIn(page, APPROVER);
    await openMyReferral(page);
    await expect(page.getByTestId('referral-status')).toHaveText('آمادهٔ بررسی و اتمام عملیات');
    await expect(page.getByTestId('combined-value')).toHaveText('۲۷۰۰ تعداد');
    await expect(page.getByRole('button', { name: 'اتمام عملیات' })).toHaveCount(0);
    await page.getByRole('button', { name: 'تأیید', exact: true }).click();
    await confirm(page, 'بله، تأیید');
    await expect(page.getByTestId('referral-status')).toHaveText('ارسال‌شده به سطح بالاتر');
    await signOut(page);

    // The lead evaluator approves and forwards to the senior lead.
    await signIn(page, LEAD);
    await mainMenu(page).getByRole('link', { name: 'تأیید نهایی شاخص‌ها' }).click();
    const review = page.getByTestId('review-indicators').getByRole('row').filter({ hasText: INDICATOR }).first();
    await expect(review.getByTestId('indicator-value')).toHaveText('۲۷۰۰');
    // He sees what he approves: the entry as the data entrant left it, its evidence by name and size
    // (downloadable under that name), and the chain's history with the return and its reason.
    const details = page.getByTestId('chain-details').first();
    const entry = details.getByTestId('chain-entry').filter({ hasText: ENTRANT.name });
    await expect(entry).toContainText('آبرسانی به روستاهای استان سمنان در طرح جهاد آبرسانی');
    await expect(entry).toContainText('تأخیر در تأمین لوله');
    await expect(entry).toContainText('خرید متمرکز لوله');
    await expect(entry).toContainText(`${toPersian(minimalPdf().length)} بایت`);
    const download = page.waitForEvent('download');
    await entry.getByRole('link', { name: 'jahad-abresani-1405.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('jahad-abresani-1405.pdf');
    const history = details.getByTestId('chain-history');
    await expect(history).toContainText(`${LEAD.name} شاخص را به ${APPROVER.name} (استان سمنان) ارجاع داد`);
    await expect(history).toContainText(`${APPROVER.name} شاخص را به ${ENTRANT.name} (استان سمنان) ارجاع داد`);
    await expect(history).toContainText(
      `${APPROVER.name} عملکرد را برای اصلاح به ${ENTRANT.name} (استان سمنان) بازگرداند؛ علت: ${RETURN_REASON}`,
    );
    await expect(history).toContainText(`${ENTRANT.name} اتمام عملیات کرد و عملکرد را برای سطح بالاتر فرستاد`);
    await review.getByRole('button', { name: 'تأیید نهایی' }).click();
    await confirm(page, 'بله، تأیید');
    await expect(page.getByText(`عملکرد شاخص «${INDICATOR}» تأیید نهایی شد`)).toBeVisible();
    await expect(page.getByTestId('approved-count')).toHaveText('۱ شاخص تأییدشده آمادهٔ ارسال به راهبر ارشد است');
    await page.getByRole('button', { name: 'ارسال به راهبر ارشد' }).click();
    await confirm(page, 'بله، ارسال شود');
    await expect(page.getByText('۱ شاخص به راهبر ارشد ارسال شد')).toBeVisible();
    await expect(page.getByTestId('approved-count')).toHaveText('شاخص تأییدشده‌ای برای ارسال نیست');
    await signOut(page);

    // The senior lead sees it among the forwarded results: 170 × 2700 / 3000 = 153; he evaluates it.
    await signIn(page, SENIOR_LEAD);
    await mainMenu(page).getByRole('link', { name: 'نتایج ارسالی' }).click();
    const result = page.getByTestId('forwarded-indicators').getByRole('row').filter({ hasText: INDICATOR });
    await expect(result).toContainText('وزارت نیرو');
    await expect(result.getByTestId('indicator-value')).toHaveText('۲۷۰۰');
    await expect(result.getByTestId('indicator-score')).toHaveText('۱۵۳');
    await result.getByRole('button', { name: 'ارزیابی' }).click();
    const evaluate = page.getByRole('dialog', { name: 'ارزیابی شاخص' });
    await evaluate.getByLabel('یادداشت ارزیابی (اختیاری)').fill('مطابق مستندات');
    await evaluate.getByRole('button', { name: 'ثبت ارزیابی' }).click();
    await expect(evaluate).toBeHidden();
    await expect(result).toHaveCount(0);
    await page.getByRole('radiogroup', { name: 'وضعیت نتایج' }).getByText('ارزیابی‌شده', { exact: true }).click();
    await expect(result).toContainText('مطابق مستندات');
    await expect(result.getByTestId('indicator-score')).toHaveText('۱۵۳');

    // The scoring list of the ministry shows the same score and the formula.
    await mainMenu(page).getByRole('link', { name: 'فهرست امتیازدهی' }).click();
    const scored = page.getByTestId('scoring-specific').getByRole('row').filter({ hasText: INDICATOR });
    await expect(scored.getByTestId('score')).toHaveText('۱۵۳');
    await expect(page.getByTestId('scoring-formula')).toContainText('امتیاز هر شاخص = سقف امتیاز × میزان تحقق');
  });
});
