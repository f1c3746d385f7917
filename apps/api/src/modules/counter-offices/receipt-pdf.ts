import { formatJalaliDate, formatJalaliDateTime } from '@pishkhan/fa-format';
import { latinDigits, persianPdf, rialsText, rtlLine } from '../../platform/pdf/persian-pdf';

export interface ReceiptData {
  officeCode: string;
  officeName: string;
  serviceTitle: string;
  feeRials: number;
  trackingCode: string;
  paidAt: Date;
  posReference: string;
}

/** The receipt of a paid service record: a one-page A5 PDF in Persian. */
export function renderReceipt(data: ReceiptData): Promise<Buffer> {
  const { doc, right, finish } = persianPdf({ size: 'A5', title: `Receipt ${data.trackingCode}` });
  doc.font('fa-bold').fontSize(15);
  rtlLine(doc, 'رسید خدمت احراز هویت اتباع', right, 40);
  doc.font('fa').fontSize(10);
  rtlLine(doc, `دفتر پیشخوان دولت: ${data.officeName}`, right, 70);
  doc.moveTo(36, 92).lineTo(right, 92).stroke();
  const lines: Array<[string, string]> = [
    ['کد دفتر', data.officeCode],
    ['عنوان خدمت', data.serviceTitle],
    ['مبلغ (نرخ مصوب)', `${rialsText(data.feeRials)} ریال`],
    ['کد رهگیری', data.trackingCode],
    ['تاریخ', latinDigits(formatJalaliDate(data.paidAt))],
    ['زمان پرداخت', latinDigits(formatJalaliDateTime(data.paidAt))],
    ['شماره مرجع پوز', data.posReference],
  ];
  doc.fontSize(12);
  lines.forEach(([label, value], i) => rtlLine(doc, `${label}: ${value}`, right, 108 + i * 28));
  doc.fontSize(9);
  rtlLine(doc, 'دریافت هر گونه وجه بیش از نرخ مصوب ممنوع است. شکایت: مرکز پاسخگویی کانون، اداره کل امور اتباع یا سامانه 195', right, 320);
  return finish();
}
