import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Small documents built by hand for the tests: a real minimal PDF, ZIP packages (stored or
 * deflated entries, hand-written local and central headers) and OLE2 compound files (header,
 * FAT, DIFAT and directory sectors laid out as Word and Excel write them, at small scale).
 * `xlwt-workbook.xls` and `openpyxl-workbook.xlsx` beside this file were written by those
 * libraries, to check the detection against files real writers made.
 */

export function minimalPdf(text = 'evidence'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 10 50 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export interface ZipEntry {
  name: string;
  data: string | Buffer;
}

/** A ZIP archive; `centralNames` lets a test make the central directory disagree with the local headers. */
export function zip(entries: ZipEntry[], options: { deflate?: boolean; centralNames?: string[]; comment?: string } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const packed = options.deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(entry.name, 'utf8');
    const centralName = Buffer.from(options.centralNames?.[i] ?? entry.name, 'utf8');
    const crc = crc32(data);
    const method = options.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(centralName.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, centralName);
    offset += local.length + name.length + packed.length;
  });
  const centralDirectory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, centralDirectory, end, comment]);
}

const CONTENT_TYPES_XML = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';

export function minimalDocx(options: { deflate?: boolean } = { deflate: true }): Buffer {
  return zip(
    [
      { name: '[Content_Types].xml', data: CONTENT_TYPES_XML },
      { name: '_rels/.rels', data: RELS },
      { name: 'word/document.xml', data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>evidence</w:t></w:r></w:p></w:body></w:document>' },
    ],
    options,
  );
}

export function minimalXlsx(options: { deflate?: boolean } = { deflate: true }): Buffer {
  return zip(
    [
      { name: '[Content_Types].xml', data: CONTENT_TYPES_XML },
      { name: '_rels/.rels', data: RELS },
      { name: 'xl/workbook.xml', data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>' },
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>' },
    ],
    options,
  );
}

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const DIFAT_SECTOR = 0xfffffffc;
const NO_STREAM = 0xffffffff;

export interface CompoundOptions {
  /** 3: 512-byte sectors (the usual); 4: 4096-byte sectors. */
  version?: 3 | 4;
  /** Stream names directly under the root storage. */
  streams: string[];
  /** A storage under the root holding these streams (as an embedded object or an attachment would). */
  storage?: { name: string; streams: string[] };
  /** More FAT sectors than needed: past 109 of them a DIFAT sector lists the rest. */
  fatSectors?: number;
  /** Lay the directory sectors out backwards, so that only the FAT chain finds them in order. */
  scatterDirectory?: boolean;
  /** Make the directory chain loop back to its first sector. */
  loop?: boolean;
  /** Directory entries per sector to fill before the named streams (pushes them to later sectors). */
  paddingEntries?: number;
}

interface DirEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
}

/** An OLE2 compound file whose directory names the given streams (all of them empty). */
export function compoundFile(options: CompoundOptions): Buffer {
  const version = options.version ?? 3;
  const sectorSize = version === 3 ? 512 : 4096;
  const perSector = sectorSize / 4;

  // Directory: root, padding streams, the named streams (a right-leaning chain of siblings), the storage.
  const entries: DirEntry[] = [{ name: 'Root Entry', type: 5, left: NO_STREAM, right: NO_STREAM, child: NO_STREAM }];
  const topLevel: number[] = [];
  for (let i = 0; i < (options.paddingEntries ?? 0); i += 1) {
    topLevel.push(entries.length);
    entries.push({ name: `Pad${i}`, type: 2, left: NO_STREAM, right: NO_STREAM, child: NO_STREAM });
  }
  for (const name of options.streams) {
    topLevel.push(entries.length);
    entries.push({ name, type: 2, left: NO_STREAM, right: NO_STREAM, child: NO_STREAM });
  }
  if (options.storage) {
    const storageId = entries.length;
    topLevel.push(storageId);
    entries.push({ name: options.storage.name, type: 1, left: NO_STREAM, right: NO_STREAM, child: NO_STREAM });
    const inner: number[] = [];
    for (const name of options.storage.streams) {
      inner.push(entries.length);
      entries.push({ name, type: 2, left: NO_STREAM, right: NO_STREAM, child: NO_STREAM });
    }
    linkSiblings(entries, inner);
    entries[storageId]!.child = inner[0] ?? NO_STREAM;
  }
  linkSiblings(entries, topLevel);
  entries[0]!.child = topLevel[0] ?? NO_STREAM;

  const entriesPerSector = sectorSize / 128;
  const directorySectors = Math.max(1, Math.ceil(entries.length / entriesPerSector));
  const fatCount = options.fatSectors ?? 1;
  const difatCount = fatCount > 109 ? Math.ceil((fatCount - 109) / (perSector - 1)) : 0;
  const firstDirectory = fatCount + difatCount;
  const totalSectors = firstDirectory + directorySectors;
  if (totalSectors > fatCount * perSector) throw new Error('not enough FAT sectors');

  // Physical sectors of the directory, in chain order.
  const chain = Array.from({ length: directorySectors }, (_, i) => firstDirectory + (options.scatterDirectory ? directorySectors - 1 - i : i));

  const file = Buffer.alloc(sectorSize * (totalSectors + 1));
  const header = file.subarray(0, 512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(version, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(version === 3 ? 9 : 12, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(version === 3 ? 0 : directorySectors, 0x28);
  header.writeUInt32LE(fatCount, 0x2c);
  header.writeUInt32LE(chain[0]!, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(0, 0x40);
  header.writeUInt32LE(difatCount > 0 ? fatCount : END_OF_CHAIN, 0x44);
  header.writeUInt32LE(difatCount, 0x48);
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i < fatCount ? i : FREE, 0x4c + i * 4);

  const sectorAt = (sector: number) => file.subarray((sector + 1) * sectorSize, (sector + 2) * sectorSize);
  // DIFAT sectors: the FAT sectors past the header's 109, then the next DIFAT sector.
  for (let d = 0; d < difatCount; d += 1) {
    const sector = sectorAt(fatCount + d);
    sector.fill(0xff);
    for (let i = 0; i < perSector - 1; i += 1) {
      const fatIndex = 109 + d * (perSector - 1) + i;
      if (fatIndex < fatCount) sector.writeUInt32LE(fatIndex, i * 4);
    }
    sector.writeUInt32LE(d + 1 < difatCount ? fatCount + d + 1 : END_OF_CHAIN, (perSector - 1) * 4);
  }
  // FAT.
  const fat = new Array<number>(fatCount * perSector).fill(FREE);
  for (let i = 0; i < fatCount; i += 1) fat[i] = FAT_SECTOR;
  for (let d = 0; d < difatCount; d += 1) fat[fatCount + d] = DIFAT_SECTOR;
  chain.forEach((sector, i) => {
    fat[sector] = i + 1 < chain.length ? chain[i + 1]! : options.loop ? chain[0]! : END_OF_CHAIN;
  });
  for (let i = 0; i < fatCount; i += 1) {
    const sector = sectorAt(i);
    for (let j = 0; j < perSector; j += 1) sector.writeUInt32LE(fat[i * perSector + j]!, j * 4);
  }
  // Directory entries, in chain order.
  entries.forEach((entry, id) => {
    const sector = sectorAt(chain[Math.floor(id / entriesPerSector)]!);
    const at = (id % entriesPerSector) * 128;
    const name = Buffer.from(`${entry.name}\0`, 'utf16le');
    name.copy(sector, at);
    sector.writeUInt16LE(name.length, at + 0x40);
    sector[at + 0x42] = entry.type;
    sector[at + 0x43] = 1;
    sector.writeUInt32LE(entry.left, at + 0x44);
    sector.writeUInt32LE(entry.right, at + 0x48);
    sector.writeUInt32LE(entry.child, at + 0x4c);
    sector.writeUInt32LE(END_OF_CHAIN, at + 0x74);
  });
  for (let id = entries.length; id < directorySectors * entriesPerSector; id += 1) {
    const sector = sectorAt(chain[Math.floor(id / entriesPerSector)]!);
    const at = (id % entriesPerSector) * 128;
    sector.writeUInt32LE(NO_STREAM, at + 0x44);
    sector.writeUInt32LE(NO_STREAM, at + 0x48);
    sector.writeUInt32LE(NO_STREAM, at + 0x4c);
  }
  return file;
}

function linkSiblings(entries: DirEntry[], ids: number[]): void {
  ids.forEach((id, i) => {
    entries[id]!.right = ids[i + 1] ?? NO_STREAM;
  });
}

export const minimalDoc = (): Buffer => compoundFile({ streams: ['WordDocument', '1Table', '\u0005SummaryInformation'] });
export const minimalXls = (): Buffer => compoundFile({ streams: ['Workbook', '\u0005SummaryInformation'] });
