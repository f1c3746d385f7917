import readline from 'node:readline';
import type { Readable } from 'node:stream';

export interface RejectedLine {
  line: number;
  reason: string;
}

export interface ImportProgress {
  lines: number;
  imported: number;
  skipped: number;
  rejected: number;
}

export interface ImportReport extends ImportProgress {
  rejects: RejectedLine[];
}

export type LineParse<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What one batch did: rows stored, and rows already there (skipped: the import is idempotent). */
export interface BatchOutcome {
  imported: number;
  skipped: number;
}

/** Most rejected lines kept in memory for the report; beyond it only the count grows. */
const MAX_REJECTS_KEPT = 100_000;

/**
 * Streams an NDJSON file line by line: each line is parsed and checked (`parse`), good ones go to
 * the database `batchSize` at a time (`flush`, one transaction each), bad ones are reported with
 * their line numbers and reasons. Memory stays flat; blank lines are ignored.
 */
export async function importNdjson<T>(
  input: Readable,
  parse: (json: unknown) => LineParse<T>,
  flush: (batch: T[]) => Promise<BatchOutcome>,
  options: { batchSize?: number; onProgress?: (progress: ImportProgress) => void } = {},
): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 1000;
  const report: ImportReport = { lines: 0, imported: 0, skipped: 0, rejected: 0, rejects: [] };
  const reject = (line: number, reason: string) => {
    report.rejected += 1;
    if (report.rejects.length < MAX_REJECTS_KEPT) report.rejects.push({ line, reason });
  };
  let batch: T[] = [];
  const send = async () => {
    const outcome = await flush(batch);
    report.imported += outcome.imported;
    report.skipped += outcome.skipped;
    batch = [];
    options.onProgress?.(report);
  };
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const text of lines) {
    report.lines += 1;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      reject(report.lines, 'not valid JSON');
      continue;
    }
    const parsed = parse(json);
    if (!parsed.ok) reject(report.lines, parsed.reason);
    else batch.push(parsed.value);
    if (batch.length >= batchSize) await send();
  }
  if (batch.length > 0) await send();
  options.onProgress?.(report);
  return report;
}
