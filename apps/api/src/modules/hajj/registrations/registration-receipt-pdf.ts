import { formatJalaliDate, formatJalaliDateTime, formatRials, toPersianDigits } from '@pishkhan/fa-format';
import { persianPdf, rtlLine, rtlParagraph } from '../../../platform/pdf/persian-pdf';
import { PassportFlag, RegistrationStatus } from '../hajj.enums';
import type { HajjRegistrationView } from './registration.type';

const STATUS_NAMES: Readonly<Record<RegistrationStatus, string>> = {
  [RegistrationStatus.HELD]: 'پیش‌ثبت‌نام (در انتظار مراجعهٔ حضوری)',
  [RegistrationStatus.CONFIRMED]: 'ثبت‌نام قطعی',
  [RegistrationStatus.PAID]: 'ثبت‌نام قطعی، مابه‌التفاوت پرداخت‌شده',
  [RegistrationStatus.RELEASED]: 'آزادشده (این رسید اعتبار ندارد)',
};

/** A Tehran calendar day (ISO) in Jalali with Persian digits. */
const day = (iso: string) => formatJalaliDate(iso);

/** The notes the organisation prints on every registration receipt (seed 004, rules 9–15), with the season's passport dates. */
export function receiptNotes(passport: Pick<HajjRegistrationView['passport'], 'requiredValidUntil' | 'handOverBy'>): string[] {
  return [
    'این رسید را پس از مطالعهٔ مندرجات آن نزد خود نگه دارید؛ اصل قبض ودیعه‌گذاری نزد مدیر کاروان می‌ماند.',
    'مابه‌التفاوت هزینهٔ قطعی سفر را با برگهٔ واریز در مهلت مقرر به بانک ملی بپردازید و به پزشک و مراکز پزشکی معرفی‌شده از سوی مدیر کاروان مراجعه کنید؛ در صورت تأخیر، مدیر کاروان می‌تواند متقاضی واجد شرایط دیگری را جایگزین کند.',
    `گذرنامهٔ بین‌المللی انفرادی با اعتبار دست‌کم تا ${day(passport.requiredValidUntil)} لازم است؛ گذرنامهٔ کم‌اعتبارتر را تمدید یا تعویض کنید و تا ${day(passport.handOverBy)} به مدیر کاروان تحویل دهید.`,
    'تهیهٔ ملزومات شخصی (ساک، لباس احرام و…) و نحوهٔ انتقال به فرودگاه با همفکری مدیر کاروان و سه نفر برگزیدهٔ زائران در نخستین جلسهٔ آموزشی و به هزینهٔ زائران است.',
    'خروج مشمولان وظیفه و نیروهای نظامی و انتظامی تابع مقررات مربوط است و سفر مقامات و مدیرانی که قبلاً مشرف شده‌اند تابع بخشنامهٔ ۴۸۱/۶۱۶۸۹ مورخ ۱۳۸۴/۱۰/۰۴ هیأت دولت است.',
  ];
}

/** The label–value lines of the receipt, in reading order (absent values left out). */
export function receiptLines(r: HajjRegistrationView): Array<[string, string]> {
  const lines: Array<[string, string | null]> = [
    ['کد رهگیری', toPersianDigits(r.trackingCode)],
    ['وضعیت', STATUS_NAMES[r.status]],
    ['زائر', r.holderName],
    ['کد ملی', toPersianDigits(r.nationalId)],
    ['تاریخ تولد', day(r.birthDate)],
    ['شمارهٔ قبض ودیعه‌گذاری', toPersianDigits(r.receiptNumber)],
    ['شمارهٔ قبض اولیه', r.originalReceiptNumber !== r.receiptNumber ? toPersianDigits(r.originalReceiptNumber) : null],
    ['تاریخ ودیعه‌گذاری', day(r.depositDate)],
    ['مبلغ ودیعه', formatRials(BigInt(r.depositRials))],
    ['کاروان', `${r.caravan.code} (${r.caravan.province})`],
    ['مدیر کاروان', r.caravan.managerName],
    ['تلفن کاروان', toPersianDigits(r.caravan.managerPhone)],
    ['نشانی کاروان', r.caravan.address],
    ['زمان ثبت‌نام', r.confirmedAt ? formatJalaliDateTime(r.confirmedAt) : null],
    ['مراجعه به پزشک تا', r.doctorVisitDue ? day(r.doctorVisitDue) : null],
    [
      'گذرنامه',
      r.passport.flag === PassportFlag.RENEW && r.passport.renewBy ? `تمدید و تحویل به مدیر کاروان تا ${day(r.passport.renewBy)}` : null,
    ],
    ['محدودیت خروج', r.passport.restrictionRule],
  ];
  return lines.filter((line): line is [string, string] => line[1] !== null);
}

/** The payment slip's lines (rule 11): the caravan's final cost less the deposit, to Bank Melli by the deadline. */
export function slipLines(r: HajjRegistrationView): Array<[string, string]> {
  if (!r.paymentSlip) return [];
  const slip = r.paymentSlip;
  return [
    ['شمارهٔ برگه', toPersianDigits(slip.number)],
    ['هزینهٔ قطعی هر زائر', formatRials(BigInt(r.caravan.finalCostRials))],
    ['ودیعهٔ پرداخت‌شده', formatRials(BigInt(r.depositRials))],
    ['مابه‌التفاوت قابل پرداخت', formatRials(BigInt(slip.differenceRials))],
    ['مهلت پرداخت', day(slip.payBy)],
    ...(slip.paidAt ? ([['پرداخت‌شده در', formatJalaliDateTime(slip.paidAt)]] as Array<[string, string]>) : []),
  ];
}

/**
 * «رسید ثبت‌نام حج تمتع»: the registration receipt the caravan manager prints for a confirmed
 * pilgrim (seed 004 rule 9), with the payment slip for the difference (rule 11) and the seed's notes:
 * one A4 page in Persian, Jalali dates, amounts in rials with Persian digits.
 */
export function renderRegistrationReceipt(r: HajjRegistrationView): Promise<Buffer> {
  const { doc, right, width, finish } = persianPdf({ size: 'A4', title: `Hajj registration ${r.trackingCode}`, margin: 40 });
  doc.font('fa-bold').fontSize(16);
  rtlLine(doc, 'سازمان حج و زیارت — رسید ثبت‌نام حج تمتع', right, 40);
  doc.font('fa').fontSize(11);
  rtlLine(doc, r.seasonTitle, right, 66);
  doc.moveTo(40, 88).lineTo(right, 88).stroke();
  let y = 98;
  doc.fontSize(10.5);
  for (const [label, value] of receiptLines(r)) {
    y = rtlParagraph(doc, `${label}: ${value}`, right, width, y, 2);
  }
  const slip = slipLines(r);
  if (slip.length) {
    y += 8;
    doc.font('fa-bold').fontSize(11.5);
    rtlLine(doc, 'برگهٔ واریز مابه‌التفاوت هزینهٔ سفر (بانک ملی ایران)', right, y);
    y += 22;
    doc.font('fa').fontSize(10.5);
    for (const [label, value] of slip) y = rtlParagraph(doc, `${label}: ${value}`, right, width, y, 2);
  }
  y += 8;
  doc.moveTo(40, y).lineTo(right, y).stroke();
  y += 8;
  doc.font('fa-bold').fontSize(11);
  rtlLine(doc, 'تذکرات ضروری', right, y);
  y += 20;
  doc.font('fa').fontSize(9);
  receiptNotes(r.passport).forEach((note, i) => {
    y = rtlParagraph(doc, `${toPersianDigits(i + 1)}. ${note}`, right, width, y, 1) + 3;
  });
  return finish();
}
