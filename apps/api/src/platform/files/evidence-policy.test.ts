import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEvidence, checkEvidenceName, compoundTopLevelStreams, detectKind, FileKind, zipEntryNames } from './evidence-policy';
import { compoundFile, minimalDoc, minimalDocx, minimalPdf, minimalXls, minimalXlsx, zip } from './test-fixtures/samples';

const MAX = 64 * 1024;
const fixture = (name: string) => readFileSync(path.join(__dirname, 'test-fixtures', name));

describe('evidence file names', () => {
  it.each(['report.pdf', 'Report_2025-Q1.PDF', 'a.doc', 'budget-1404.docx', 'x.XLS', 'Sheet_1.xlsx', `${'a'.repeat(100)}.pdf`])(
    'accepts %s',
    (name) => {
      expect(checkEvidenceName(name).ok).toBe(true);
    },
  );

  it.each([
    ['Persian letters', 'گزارش.pdf'],
    ['Persian digits', 'report-۱۴۰۴.pdf'],
    ['a space', 'my report.pdf'],
    ['a double extension', 'a.pdf.exe'],
    ['two dots before an allowed extension', 'a.exe.pdf'],
    ['an extension not allowed', 'a.txt'],
    ['no extension', 'report'],
    ['an empty stem', '.pdf'],
    ['a path', '../etc/a.pdf'],
    ['a Windows path', 'C:\\fakepath\\a.pdf'],
    ['too long a stem', `${'a'.repeat(101)}.pdf`],
    ['a trailing newline', 'a.pdf\n'],
    ['a NUL', 'a\u0000.pdf'],
    ['an empty name', ''],
  ])('refuses %s', (_what, name) => {
    expect(checkEvidenceName(name)).toMatchObject({ ok: false, code: 'FILE_NAME_INVALID' });
  });
});

describe('evidence content detection', () => {
  it('knows the allowed kinds by their content', () => {
    expect(detectKind(minimalPdf())).toBe(FileKind.PDF);
    expect(detectKind(minimalDocx())).toBe(FileKind.DOCX);
    expect(detectKind(minimalDocx({ deflate: false }))).toBe(FileKind.DOCX);
    expect(detectKind(minimalXlsx())).toBe(FileKind.XLSX);
    expect(detectKind(minimalDoc())).toBe(FileKind.DOC);
    expect(detectKind(minimalXls())).toBe(FileKind.XLS);
    expect(detectKind(compoundFile({ streams: ['Book'] }))).toBe(FileKind.XLS); // Excel 5/95
  });

  it('knows files written by real libraries (xlwt, openpyxl)', () => {
    expect(detectKind(fixture('xlwt-workbook.xls'))).toBe(FileKind.XLS);
    expect(detectKind(fixture('openpyxl-workbook.xlsx'))).toBe(FileKind.XLSX);
  });

  it('reads ZIP central directories from the end, past an archive comment', () => {
    expect([...zipEntryNames(zip([{ name: 'a.txt', data: 'x' }], { comment: 'PK\u0005\u0006 not a record' }))!]).toEqual(['a.txt']);
    expect(
      detectKind(
        zip(
          [
            { name: '[Content_Types].xml', data: '' },
            { name: 'word/document.xml', data: '' },
          ],
          { comment: 'c'.repeat(300) },
        ),
      ),
    ).toBe(FileKind.DOCX);
  });

  it('walks compound-file directories through the FAT and the DIFAT', () => {
    // Version 4 (4096-byte sectors); a directory over three sectors laid out backwards; 112 FAT sectors.
    expect(detectKind(compoundFile({ version: 4, streams: ['WordDocument'] }))).toBe(FileKind.DOC);
    expect(detectKind(compoundFile({ streams: ['WordDocument'], paddingEntries: 9, scatterDirectory: true }))).toBe(FileKind.DOC);
    expect(detectKind(compoundFile({ streams: ['Workbook'], fatSectors: 112 }))).toBe(FileKind.XLS);
    expect([...compoundTopLevelStreams(minimalDoc())!].sort()).toEqual(['\u0005SummaryInformation', '1Table', 'WordDocument']);
  });

  it.each([
    ['HTML', Buffer.from('<!doctype html><html><script>alert(1)</script></html>')],
    ['a PDF header not at the start', Buffer.concat([Buffer.from(' '), minimalPdf()])],
    ['an executable', Buffer.from('MZ\u0090\u0000\u0003\u0000\u0000\u0000', 'latin1')],
    [
      'a ZIP without an Office main part',
      zip([
        { name: '[Content_Types].xml', data: '' },
        { name: 'payload.js', data: 'x' },
      ]),
    ],
    ['an Office main part without [Content_Types].xml', zip([{ name: 'word/document.xml', data: '' }])],
    [
      'a package claiming both Word and Excel',
      zip([
        { name: '[Content_Types].xml', data: '' },
        { name: 'word/document.xml', data: '' },
        { name: 'xl/workbook.xml', data: '' },
      ]),
    ],
    [
      'a macro-enabled document (.docm)',
      zip([
        { name: '[Content_Types].xml', data: '' },
        { name: 'word/document.xml', data: '' },
        { name: 'word/vbaProject.bin', data: '' },
      ]),
    ],
    [
      'a ZIP whose local headers say Word but whose central directory does not',
      zip(
        [
          { name: '[Content_Types].xml', data: '' },
          { name: 'word/document.xml', data: '' },
        ],
        { centralNames: ['[Content_Types].xml', 'evil.bin'] },
      ),
    ],
    ['a ZIP cut before its central directory', minimalDocx().subarray(0, 200)],
    ['a ZIP local header alone', Buffer.from('PK\u0003\u0004', 'latin1')],
    ['a compound file without Word or Excel streams', compoundFile({ streams: ['EncryptedPackage', 'EncryptionInfo'] })],
    [
      'a Word stream nested in a storage (an Outlook attachment)',
      compoundFile({ streams: ['__properties_version1.0'], storage: { name: '__attach_version1.0_#00000000', streams: ['WordDocument'] } }),
    ],
    ['a compound file with Word and Excel streams', compoundFile({ streams: ['WordDocument', 'Workbook'] })],
    ['a compound file whose directory chain loops', compoundFile({ streams: ['Pad', 'WordDocument'], paddingEntries: 4, loop: true })],
    ['a compound file cut after its header', minimalDoc().subarray(0, 600)],
    ['a compound-file signature alone', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['empty content', Buffer.alloc(0)],
  ])('refuses %s', (_what, bytes) => {
    expect(detectKind(bytes)).toBeNull();
  });

  it('survives corrupted headers and random bytes without throwing', () => {
    const doc = minimalDoc();
    const docx = minimalDocx();
    const mutate = (source: Buffer, at: number, value: number) => {
      const copy = Buffer.from(source);
      copy[at] = value;
      return copy;
    };
    for (let at = 0; at < 512; at += 1) {
      for (const value of [0x00, 0xff, 0x7f]) expect(() => detectKind(mutate(doc, at, value))).not.toThrow();
    }
    for (let at = 0; at < docx.length; at += 1) expect(() => detectKind(mutate(docx, at, 0xff))).not.toThrow();
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff;
    for (let n = 0; n < 200; n += 1) {
      const noise = Buffer.from(Array.from({ length: 1 + (n % 50) * 11 }, random));
      const prefix = n % 2 === 0 ? [0x50, 0x4b, 0x03, 0x04] : [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
      expect(() => detectKind(Buffer.concat([Buffer.from(prefix), noise]))).not.toThrow();
    }
  });
});

describe('the whole evidence rule', () => {
  it('accepts each allowed kind under its own extension, whatever its case', () => {
    expect(checkEvidence('report.pdf', minimalPdf(), MAX)).toEqual({ ok: true, kind: FileKind.PDF, contentType: 'application/pdf' });
    expect(checkEvidence('report.DOCX', minimalDocx(), MAX)).toMatchObject({ ok: true, kind: FileKind.DOCX });
    expect(checkEvidence('sheet.xlsx', minimalXlsx(), MAX)).toMatchObject({ ok: true, kind: FileKind.XLSX });
    expect(checkEvidence('letter.doc', minimalDoc(), MAX)).toEqual({ ok: true, kind: FileKind.DOC, contentType: 'application/msword' });
    expect(checkEvidence('sheet.xls', minimalXls(), MAX)).toEqual({
      ok: true,
      kind: FileKind.XLS,
      contentType: 'application/vnd.ms-excel',
    });
  });

  it('refuses a forged .pdf (HTML inside) as a type not allowed', () => {
    expect(checkEvidence('report.pdf', Buffer.from('<html><body>hi</body></html>'), MAX)).toMatchObject({
      ok: false,
      code: 'FILE_TYPE_NOT_ALLOWED',
    });
  });

  it('refuses a .docx that is a ZIP without word/document.xml', () => {
    expect(
      checkEvidence(
        'report.docx',
        zip([
          { name: '[Content_Types].xml', data: '' },
          { name: 'a.txt', data: 'a' },
        ]),
        MAX,
      ),
    ).toMatchObject({ ok: false, code: 'FILE_TYPE_NOT_ALLOWED' });
  });

  it('refuses an allowed kind under another allowed extension as a mismatch', () => {
    expect(checkEvidence('sheet.xls', minimalDoc(), MAX)).toMatchObject({
      ok: false,
      code: 'FILE_EXTENSION_MISMATCH',
      details: { detectedKind: 'DOC' },
    });
    expect(checkEvidence('report.docx', minimalXlsx(), MAX)).toMatchObject({ ok: false, code: 'FILE_EXTENSION_MISMATCH' });
    expect(checkEvidence('report.doc', minimalDocx(), MAX)).toMatchObject({ ok: false, code: 'FILE_EXTENSION_MISMATCH' });
    expect(checkEvidence('report.pdf', minimalXls(), MAX)).toMatchObject({ ok: false, code: 'FILE_EXTENSION_MISMATCH' });
  });

  it('refuses bad names before looking at the content', () => {
    expect(checkEvidence('گزارش.pdf', minimalPdf(), MAX)).toMatchObject({ ok: false, code: 'FILE_NAME_INVALID' });
    expect(checkEvidence('my report.pdf', minimalPdf(), MAX)).toMatchObject({ ok: false, code: 'FILE_NAME_INVALID' });
    expect(checkEvidence('a.pdf.exe', minimalPdf(), MAX)).toMatchObject({ ok: false, code: 'FILE_NAME_INVALID' });
  });

  it('refuses an empty file and one over the limit, telling the limit', () => {
    expect(checkEvidence('a.pdf', Buffer.alloc(0), MAX)).toMatchObject({ ok: false, code: 'FILE_EMPTY' });
    const pdf = minimalPdf();
    expect(checkEvidence('a.pdf', pdf, pdf.length).ok).toBe(true);
    expect(checkEvidence('a.pdf', pdf, pdf.length - 1)).toEqual({
      ok: false,
      code: 'FILE_TOO_LARGE',
      message: expect.any(String),
      details: { maxBytes: pdf.length - 1 },
    });
  });
});
