import { describe, expect, it } from 'vitest';
import { persianPdf, visualRuns, wrapWords } from './persian-pdf';

describe('Persian lines in visual order', () => {
  it('puts the first Persian word rightmost and keeps numbers and Latin codes left to right', () => {
    const runs = visualRuns('کاروان SEM-201 ظرفیت ۵۰');
    // Drawn left to right: the number, «ظرفیت», the code, «کاروان».
    expect(runs.map((run) => run.text.trim()).filter(Boolean)).toEqual(['۵۰', 'ظرفیت', 'SEM-201', 'کاروان']);
    expect(runs.find((run) => run.text === 'SEM-201')!.level % 2).toBe(0);
    expect(runs.find((run) => run.text.includes('کاروان'))!.level % 2).toBe(1);
  });

  it('mirrors brackets inside right-to-left text', () => {
    const [run] = visualRuns('(سمنان)');
    expect(run!.text).toBe(')سمنان(');
  });
});

describe('wrapping a paragraph', () => {
  it('breaks at spaces so that no line is wider than asked, and loses no word', () => {
    const { doc, finish } = persianPdf({ size: 'A5', title: 'test' });
    doc.fontSize(10);
    const text = 'مابه‌التفاوت هزینهٔ قطعی سفر را با برگهٔ واریز در مهلت مقرر به بانک ملی بپردازید و به پزشک مراجعه کنید';
    const lines = wrapWords(doc, text, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) if (line.includes(' ')) expect(doc.widthOfString(line, { features: [] })).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
    void finish();
  });
});
