/**
 * What an evidence file may be (Ma'na, seed 002 rule 9): PDF, DOC, DOCX, XLS or XLSX only, known by
 * their content, not by their name; a plain Latin name; not empty; not larger than the limit.
 * Pure functions over a buffer: an allowlist by content, defensive against malformed input (every
 * read is bounds-checked and every loop bounded by the size of the buffer).
 */

export enum FileKind {
  PDF = 'PDF',
  DOC = 'DOC',
  DOCX = 'DOCX',
  XLS = 'XLS',
  XLSX = 'XLSX',
}

export const CONTENT_TYPES: Readonly<Record<FileKind, string>> = {
  [FileKind.PDF]: 'application/pdf',
  [FileKind.DOC]: 'application/msword',
  [FileKind.DOCX]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  [FileKind.XLS]: 'application/vnd.ms-excel',
  [FileKind.XLSX]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const KIND_OF_EXTENSION: Readonly<Record<string, FileKind>> = {
  pdf: FileKind.PDF,
  doc: FileKind.DOC,
  docx: FileKind.DOCX,
  xls: FileKind.XLS,
  xlsx: FileKind.XLSX,
};

/** Latin letters, digits, `-` and `_` (1 to 100 of them), a dot and an allowed extension. */
export const EVIDENCE_NAME = /^[A-Za-z0-9_-]{1,100}\.(pdf|doc|docx|xls|xlsx)$/i;

export type EvidenceRefusalCode =
  'FILE_NAME_INVALID' | 'FILE_TYPE_NOT_ALLOWED' | 'FILE_EXTENSION_MISMATCH' | 'FILE_TOO_LARGE' | 'FILE_EMPTY';

export interface EvidenceRefusal {
  ok: false;
  code: EvidenceRefusalCode;
  message: string;
  /** Extra facts for the client's `extensions` (FILE_TOO_LARGE: `maxBytes`). */
  details: Record<string, unknown>;
}

export interface EvidenceAccepted {
  ok: true;
  kind: FileKind;
  contentType: string;
}

/** The kind a name's extension claims, or a refusal when the name breaks the rule. */
export function checkEvidenceName(name: string): { ok: true; kind: FileKind } | EvidenceRefusal {
  const match = EVIDENCE_NAME.exec(name);
  const kind = match ? KIND_OF_EXTENSION[match[1]!.toLowerCase()] : undefined;
  if (!kind) {
    return refusal(
      'FILE_NAME_INVALID',
      'The file name may hold only Latin letters, digits, - and _, then .pdf, .doc, .docx, .xls or .xlsx',
    );
  }
  return { ok: true, kind };
}

export function tooLarge(maxBytes: number): EvidenceRefusal {
  return refusal('FILE_TOO_LARGE', `The file is larger than ${maxBytes} bytes`, { maxBytes });
}

/** The whole rule, in the order a person fixes things: name, size, emptiness, content, extension. */
export function checkEvidence(name: string, bytes: Buffer, maxBytes: number): EvidenceAccepted | EvidenceRefusal {
  const named = checkEvidenceName(name);
  if (!named.ok) return named;
  if (bytes.length > maxBytes) return tooLarge(maxBytes);
  if (bytes.length === 0) return refusal('FILE_EMPTY', 'The file is empty');
  const detected = detectKind(bytes);
  if (detected === null) return refusal('FILE_TYPE_NOT_ALLOWED', 'The content is not a PDF, DOC, DOCX, XLS or XLSX document');
  if (detected !== named.kind) {
    return refusal('FILE_EXTENSION_MISMATCH', `The content is ${detected} but the name says ${named.kind}`, { detectedKind: detected });
  }
  return { ok: true, kind: detected, contentType: CONTENT_TYPES[detected] };
}

function refusal(code: EvidenceRefusalCode, message: string, details: Record<string, unknown> = {}): EvidenceRefusal {
  return { ok: false, code, message, details };
}

// ---------------------------------------------------------------------------------------------
// Content detection

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_LOCAL_HEADER = 0x04034b50;
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The allowed kind the content is, or null when it is none of them (or is ambiguous or malformed). */
export function detectKind(bytes: Buffer): FileKind | null {
  if (bytes.length >= PDF_MAGIC.length && bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return FileKind.PDF;
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_LOCAL_HEADER) return ooxmlKind(bytes);
  if (bytes.length >= CFB_MAGIC.length && bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) return compoundKind(bytes);
  return null;
}

// --- ZIP (Office Open XML) --------------------------------------------------------------------

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const MAX_ZIP_ENTRIES = 20_000;

/**
 * DOCX or XLSX from the ZIP's central directory, read from the end of the buffer: the package must
 * hold `[Content_Types].xml` and exactly one of `word/document.xml` and `xl/workbook.xml`; a
 * macro project (`vbaProject.bin`, i.e. a .docm or .xlsm) is refused.
 */
function ooxmlKind(bytes: Buffer): FileKind | null {
  const names = zipEntryNames(bytes);
  if (!names || !names.has('[Content_Types].xml')) return null;
  if (names.has('word/vbaProject.bin') || names.has('xl/vbaProject.bin')) return null;
  const word = names.has('word/document.xml');
  const excel = names.has('xl/workbook.xml');
  if (word === excel) return null;
  return word ? FileKind.DOCX : FileKind.XLSX;
}

/** The entry names listed in the central directory, or null when it cannot be read. */
export function zipEntryNames(bytes: Buffer): Set<string> | null {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return null;
  let entries = bytes.readUInt16LE(eocd + 10);
  let size = bytes.readUInt32LE(eocd + 12);
  let offset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const zip64 = readZip64End(bytes, eocd);
    if (!zip64) return null;
    ({ entries, size, offset } = zip64);
  }
  if (entries > MAX_ZIP_ENTRIES || offset + size > eocd) return null;
  const names = new Set<string>();
  let at = offset;
  for (let i = 0; i < entries; i += 1) {
    if (at + CENTRAL_HEADER_SIZE > offset + size || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > offset + size) return null;
    names.add(bytes.toString('utf8', at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength));
    at = next;
  }
  return names;
}

/** Offset of the End Of Central Directory record: searched backwards over the comment's 64 KiB. */
function findEndOfCentralDirectory(bytes: Buffer): number {
  const last = bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_SIZE + bytes.readUInt16LE(at + 20) <= bytes.length) return at;
  }
  return -1;
}

function readZip64End(bytes: Buffer, eocd: number): { entries: number; size: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = safeNumber(bytes.readBigUInt64LE(locator + 8));
  if (record === null || record + 56 > locator || bytes.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE) return null;
  const entries = safeNumber(bytes.readBigUInt64LE(record + 32));
  const size = safeNumber(bytes.readBigUInt64LE(record + 40));
  const offset = safeNumber(bytes.readBigUInt64LE(record + 48));
  if (entries === null || size === null || offset === null) return null;
  return { entries, size, offset };
}

function safeNumber(value: bigint): number | null {
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null;
}

// --- OLE2 compound file (binary Office) ---------------------------------------------------------

const CFB_HEADER_SIZE = 512;
const END_OF_CHAIN = 0xfffffffe;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const DIRECTORY_ENTRY_SIZE = 128;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const STREAM_OBJECT = 2;
const ROOT_OBJECT = 5;

/**
 * DOC or XLS from a compound file's directory: a `WordDocument` stream at the top level is a Word
 * document; a `Workbook` (Excel 97 and later) or `Book` (Excel 5/95) stream is a workbook.
 * Anything else (an Outlook message, an encrypted OOXML package, a malformed file) is neither.
 */
function compoundKind(bytes: Buffer): FileKind | null {
  const names = compoundTopLevelStreams(bytes);
  if (!names) return null;
  const word = names.has('WordDocument');
  const excel = names.has('Workbook') || names.has('Book');
  if (word === excel) return null;
  return word ? FileKind.DOC : FileKind.XLS;
}

/** The names of the streams directly under the root storage, or null when the file is malformed. */
export function compoundTopLevelStreams(bytes: Buffer): Set<string> | null {
  if (bytes.length < CFB_HEADER_SIZE || !bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) return null;
  if (bytes.readUInt16LE(0x1c) !== 0xfffe) return null; // byte order mark
  const major = bytes.readUInt16LE(0x1a);
  const shift = bytes.readUInt16LE(0x1e);
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) return null;
  const sectorSize = 1 << shift;
  // Sector n starts at (n + 1) × sector size: the header takes the first sector's place.
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  if (sectorCount <= 0) return null;
  const fatSectors = readFatSectorList(bytes, sectorSize, sectorCount);
  if (!fatSectors) return null;

  const sectorOffset = (sector: number): number => (sector + 1) * sectorSize;
  const perFatSector = sectorSize / 4;
  const nextSector = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / perFatSector)];
    if (fatSector === undefined) return null;
    const at = sectorOffset(fatSector) + (sector % perFatSector) * 4;
    return at + 4 <= bytes.length ? bytes.readUInt32LE(at) : null;
  };

  // The directory: a chain of sectors through the FAT, each holding 128-byte entries.
  const entries: Buffer[] = [];
  const visited = new Set<number>();
  let sector = bytes.readUInt32LE(0x30);
  while (sector !== END_OF_CHAIN) {
    if (sector > MAX_REGULAR_SECTOR || sector >= sectorCount || visited.has(sector)) return null;
    visited.add(sector);
    const start = sectorOffset(sector);
    for (let at = start; at + DIRECTORY_ENTRY_SIZE <= Math.min(start + sectorSize, bytes.length); at += DIRECTORY_ENTRY_SIZE) {
      entries.push(bytes.subarray(at, at + DIRECTORY_ENTRY_SIZE));
    }
    const next = nextSector(sector);
    if (next === null) return null;
    sector = next;
  }
  const root = entries[0];
  if (!root || root[0x42] !== ROOT_OBJECT) return null;

  // The root's children form a red-black tree through the left and right sibling ids.
  const names = new Set<string>();
  const seen = new Set<number>();
  const pending = [root.readUInt32LE(0x4c)];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === NO_STREAM) continue;
    const entry = entries[id];
    if (!entry || seen.has(id)) return null;
    seen.add(id);
    if (entry[0x42] === STREAM_OBJECT) {
      const nameBytes = entry.readUInt16LE(0x40);
      if (nameBytes >= 2 && nameBytes <= 64 && nameBytes % 2 === 0) names.add(entry.toString('utf16le', 0, nameBytes - 2));
    }
    pending.push(entry.readUInt32LE(0x44), entry.readUInt32LE(0x48));
  }
  return names;
}

/** The FAT's sectors: the header's 109 DIFAT entries, then the DIFAT sector chain. */
function readFatSectorList(bytes: Buffer, sectorSize: number, sectorCount: number): number[] | null {
  const fatCount = bytes.readUInt32LE(0x2c);
  if (fatCount === 0 || fatCount > sectorCount) return null;
  const list: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && list.length < fatCount; i += 1) list.push(bytes.readUInt32LE(0x4c + i * 4));
  let difat = bytes.readUInt32LE(0x44);
  const visited = new Set<number>();
  const perDifatSector = sectorSize / 4 - 1;
  while (list.length < fatCount) {
    if (difat > MAX_REGULAR_SECTOR || difat >= sectorCount || visited.has(difat)) return null;
    visited.add(difat);
    const start = (difat + 1) * sectorSize;
    if (start + sectorSize > bytes.length) return null;
    for (let i = 0; i < perDifatSector && list.length < fatCount; i += 1) list.push(bytes.readUInt32LE(start + i * 4));
    difat = bytes.readUInt32LE(start + perDifatSector * 4);
  }
  return list.every((sector) => sector <= MAX_REGULAR_SECTOR && sector < sectorCount) ? list : null;
}
