import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { importNdjson, type BatchOutcome, type ImportProgress, type ImportReport } from '../ndjson-import';
import { rows, type Queryable } from '../queryable';
import { SeasonReader } from '../season/season.service';
import { parseReceiptLine, type ReceiptLine } from './receipt-file';

/**
 * Stores a batch of receipt lines in one statement; a receipt number already there is skipped, so
 * importing the same file again changes nothing (idempotent by receipt number).
 */
export async function insertReceipts(db: Queryable, batch: ReceiptLine[]): Promise<BatchOutcome> {
  if (batch.length === 0) return { imported: 0, skipped: 0 };
  const inserted = await rows<{ id: string }>(
    db,
    `INSERT INTO hajj_deposit_receipt
       (receipt_number, original_receipt_number, national_id, first_name, last_name, birth_date, mobile, province, kind, amount_rials, deposit_date, branch_code, accepted_before_not_gone)
     SELECT n, n, nid, fn, ln, bd, mob, prov, k::hajj_receipt_kind, amt, dd, br, acc
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10::date[], $11::text[], $12::boolean[])
         AS t(n, nid, fn, ln, bd, mob, prov, k, amt, dd, br, acc)
     ON CONFLICT (receipt_number) DO NOTHING
     RETURNING id`,
    [
      batch.map((r) => r.receiptNumber),
      batch.map((r) => r.nationalId),
      batch.map((r) => r.firstName),
      batch.map((r) => r.lastName),
      batch.map((r) => r.birthDate),
      batch.map((r) => r.mobile),
      batch.map((r) => r.province),
      batch.map((r) => r.kind),
      batch.map((r) => r.amountRials.toString()),
      batch.map((r) => r.depositDate),
      batch.map((r) => r.branchCode),
      batch.map((r) => r.acceptedBeforeNotGone),
    ],
  );
  return { imported: inserted.length, skipped: batch.length - inserted.length };
}

/** Imports a receipt file (NDJSON) into the database; the active season's provinces check each line. */
export async function importReceiptFile(
  dataSource: DataSource,
  input: Readable,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const season = await new SeasonReader(dataSource.manager).requireActive();
  const provinces = await new SeasonReader(dataSource.manager).provinces(season.id);
  return importNdjson(
    input,
    (json) => parseReceiptLine(json, provinces),
    (batch) => dataSource.transaction((manager) => insertReceipts(manager, batch)),
    { onProgress },
  );
}
