import PDFDocument from 'pdfkit';
import bidiFactory from 'bidi-js';
import { formatJalaliDate, formatJalaliDateTime } from '@pishkhan/fa-format';

const bidi = bidiFactory();

/** Vazirmatn's TTF (the font the admin uses), embedded in every receipt. */
const FONT = require.resolve('vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf');
const BOLD = require.resolve('vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf');

export interface ReceiptData {
  officeCode: string;
  officeName: string;
  serviceTitle: string;
  feeRials: number;
  trackingCode: string;
  paidAt: Date;
  posReference: string;
}

/** Latin digits with thousands separators (numbers stay left-to-right inside the Persian line). */
const rials = (amount: number) => amount.toLocaleString('en-US');
/** Jalali dates with Latin digits, as POS receipts print them. */
const latinDigits = (text: string) => text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

interface Run {
  text: string;
  level: number;
}

/**
 * A line of mixed Persian and Latin text in visual order: the Unicode bidi algorithm (bidi-js)
 * gives each character its level; runs of one level are reordered (rule L2) and right-to-left runs
 * get their mirrored brackets. Each run is then shaped whole by fontkit (joined letters, and the
 * glyphs of an Arabic-script run reversed), which is why pdfkit is asked with `features` (it then
 * lays out the run at once instead of word by word).
 */
export function visualRuns(text: string): Run[] {
  const embedding = bidi.getEmbeddingLevels(text, 'rtl');
  const { levels } = embedding;
  const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels);
  // Levels are per UTF-16 unit, as are these characters.
  const chars = text.split('').map((ch, i) => mirrored.get(i) ?? ch);
  const runs: Run[] = [];
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j < chars.length && levels[j] === levels[i]) j++;
    runs.push({ text: chars.slice(i, j).join(''), level: levels[i]! });
    i = j;
  }
  const highest = Math.max(0, ...runs.map((run) => run.level));
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs;
}

function rtlLine(doc: PDFKit.PDFDocument, text: string, right: number, y: number): void {
  const runs = visualRuns(text);
  const widths = runs.map((run) => doc.widthOfString(run.text, { features: [] }));
  let x = right - widths.reduce((sum, width) => sum + width, 0);
  runs.forEach((run, i) => {
    doc.text(run.text, x, y, { lineBreak: false, features: [] });
    x += widths[i]!;
  });
}

/** The receipt of a paid service record: a one-page A5 PDF in Persian. */
export function renderReceipt(data: ReceiptData): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A5', margin: 36, info: { Title: `Receipt ${data.trackingCode}`, Producer: 'Pishkhan' } });
  doc.registerFont('fa', FONT);
  doc.registerFont('fa-bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const right = doc.page.width - 36;
  doc.font('fa-bold').fontSize(15);
  rtlLine(doc, 'رسید خدمت احراز هویت اتباع', right, 40);
  doc.font('fa').fontSize(10);
  rtlLine(doc, `دفتر پیشخوان دولت: ${data.officeName}`, right, 70);
  doc.moveTo(36, 92).lineTo(right, 92).stroke();
  const lines: Array<[string, string]> = [
    ['کد دفتر', data.officeCode],
    ['عنوان خدمت', data.serviceTitle],
    ['مبلغ (نرخ مصوب)', `${rials(data.feeRials)} ریال`],
    ['کد رهگیری', data.trackingCode],
    ['تاریخ', latinDigits(formatJalaliDate(data.paidAt))],
    ['زمان پرداخت', latinDigits(formatJalaliDateTime(data.paidAt))],
    ['شماره مرجع پوز', data.posReference],
  ];
  doc.fontSize(12);
  lines.forEach(([label, value], i) => rtlLine(doc, `${label}: ${value}`, right, 108 + i * 28));
  doc.fontSize(9);
  rtlLine(doc, 'دریافت هر گونه وجه بیش از نرخ مصوب ممنوع است. شکایت: مرکز پاسخگویی کانون، اداره کل امور اتباع یا سامانه 195', right, 320);
  doc.end();
  return done;
}
