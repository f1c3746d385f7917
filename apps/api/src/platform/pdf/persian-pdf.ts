import PDFDocument from 'pdfkit';
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** Vazirmatn's TTF (the font the admin uses), embedded in every document. */
const FONT = require.resolve('vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf');
const BOLD = require.resolve('vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf');

/** Latin digits with thousands separators (numbers stay left-to-right inside a Persian line). */
export const rialsText = (amount: number | bigint | string) => BigInt(amount).toLocaleString('en-US');

/** Persian digits turned Latin, as receipts print dates and codes. */
export const latinDigits = (text: string) => text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));

export interface Run {
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

/** A Persian document under construction: its pdfkit document, and the bytes once it is ended. */
export interface PersianPdf {
  doc: PDFKit.PDFDocument;
  /** The right edge of the text area (lines are set from the right). */
  right: number;
  /** The width of the text area. */
  width: number;
  /** Ends the document and gives its bytes. */
  finish(): Promise<Buffer>;
}

/** A new document with Vazirmatn registered as `fa` and `fa-bold`. */
export function persianPdf(options: { size: 'A4' | 'A5'; title: string; margin?: number }): PersianPdf {
  const margin = options.margin ?? 36;
  const doc = new PDFDocument({ size: options.size, margin, info: { Title: options.title, Producer: 'Pishkhan' } });
  doc.registerFont('fa', FONT);
  doc.registerFont('fa-bold', BOLD);
  doc.font('fa');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    right: doc.page.width - margin,
    width: doc.page.width - 2 * margin,
    finish() {
      doc.end();
      return done;
    },
  };
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/**
 * The pieces pdfkit is given for a run. fontkit lays out any run holding Arabic-script characters
 * right to left; a left-to-right run of Persian digits (`۱۳۹۳/۰۱/۰۱`, `۲۷۵٬۰۰۰`) would come out
 * reversed, so such a run is set one character at a time (digits and separators never join).
 */
function pieces(run: Run): string[] {
  return run.level % 2 === 0 && ARABIC_SCRIPT.test(run.text) ? [...run.text] : [run.text];
}

/** One right-aligned line of mixed text at `y`. */
export function rtlLine(doc: PDFKit.PDFDocument, text: string, right: number, y: number): void {
  const parts = visualRuns(text).flatMap(pieces);
  const widths = parts.map((part) => doc.widthOfString(part, { features: [] }));
  let x = right - widths.reduce((sum, width) => sum + width, 0);
  parts.forEach((part, i) => {
    doc.text(part, x, y, { lineBreak: false, features: [] });
    x += widths[i]!;
  });
}

/** Breaks logical text into lines no wider than `width` at spaces (a word wider than the line stands alone). */
export function wrapWords(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && doc.widthOfString(candidate, { features: [] }) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A right-aligned paragraph wrapped to `width` from `y`; returns the `y` below it. */
export function rtlParagraph(doc: PDFKit.PDFDocument, text: string, right: number, width: number, y: number, lineGap = 4): number {
  const height = doc.currentLineHeight(true) + lineGap;
  let top = y;
  for (const line of wrapWords(doc, text, width)) {
    rtlLine(doc, line, right, top);
    top += height;
  }
  return top;
}
