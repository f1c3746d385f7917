import { toPersianDigits } from '@pishkhan/fa-format';

/** An evidence file of an entry: its name is known when uploaded in this visit (the API's entry keeps only ids). */
export interface EvidenceFile {
  id: string;
  name?: string;
  sizeBytes?: number;
}

/** How a file is named in the list: its own name, or «فایل پیوست n» for one saved earlier. */
export function evidenceLabel(file: EvidenceFile, index: number): string {
  return file.name ?? `فایل پیوست ${toPersianDigits(index + 1)}`;
}

/** A size in Persian: bytes, kilobytes or megabytes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${toPersianDigits(bytes)} بایت`;
  if (bytes < 1024 * 1024) return `${toPersianDigits(Math.round(bytes / 1024))} کیلوبایت`;
  return `${toPersianDigits((Math.round((bytes / 1048576) * 10) / 10).toString()).replace('.', '٫')} مگابایت`;
}
