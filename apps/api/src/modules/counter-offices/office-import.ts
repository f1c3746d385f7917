import readline from 'node:readline';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { toLatinDigits } from '@pishkhan/national-id';
import { normaliseProvince } from '@pishkhan/domain-rules';

export interface OfficeLine {
  code: string;
  name: string;
  province: string;
  city: string;
  address: string;
  phone: string;
  dailyCapacity: number;
  openWeekdays: number[];
}

export interface RejectedLine {
  line: number;
  reason: string;
}

export interface OfficeImportProgress {
  lines: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface OfficeImportReport extends OfficeImportProgress {
  rejects: RejectedLine[];
}

/** Offices written in one statement. */
export const OFFICE_IMPORT_BATCH = 500;
const MAX_REJECTS_KEPT = 100_000;
/** The association's unit: each imported office gets a unit under it, where its operators hold their role. */
export const ASSOCIATION_UNIT_CODE = 'CO-ASSOC';
export const officeUnitCode = (officeCode: string) => `CO-${officeCode}`;

const text = (value: unknown, min: number, max: number): string | null => {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(/\s+/g, ' ').trim();
  return cleaned.length >= min && cleaned.length <= max ? cleaned : null;
};

/** One NDJSON line as an office, or why it is refused. */
export function parseOfficeLine(raw: string): { ok: true; office: OfficeLine } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  const code = typeof o.code === 'string' || typeof o.code === 'number' ? toLatinDigits(String(o.code)).trim() : '';
  if (!/^\d{8}$/.test(code)) return { ok: false, reason: 'code must be 8 digits' };
  const name = text(o.name, 2, 200);
  if (!name) return { ok: false, reason: 'name must be 2 to 200 characters' };
  const province = typeof o.province === 'string' ? normaliseProvince(o.province) : null;
  if (!province) return { ok: false, reason: 'province is not one of the 31 provinces' };
  const city = text(o.city, 2, 100);
  if (!city) return { ok: false, reason: 'city must be 2 to 100 characters' };
  const address = text(o.address, 3, 500);
  if (!address) return { ok: false, reason: 'address must be 3 to 500 characters' };
  const phone = typeof o.phone === 'string' || typeof o.phone === 'number' ? toLatinDigits(String(o.phone)).replace(/[\s\-()]/g, '') : '';
  if (!/^0\d{9,11}$/.test(phone)) return { ok: false, reason: 'phone must be a number with its area code (0…, 10 to 12 digits)' };
  const capacity = o.dailyCapacity;
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 0 || capacity > 1000)
    return { ok: false, reason: 'dailyCapacity must be an integer from 0 to 1000' };
  const weekdays = o.openWeekdays;
  if (
    !Array.isArray(weekdays) ||
    weekdays.length === 0 ||
    weekdays.some((d) => typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6)
  ) {
    return { ok: false, reason: 'openWeekdays must list days from 0 (Saturday) to 6 (Friday)' };
  }
  const openWeekdays = [...new Set(weekdays as number[])].sort();
  return { ok: true, office: { code, name, province, city, address, phone, dailyCapacity: capacity, openWeekdays } };
}

/** Inserts new offices, updates changed ones, leaves unchanged ones: `inserted` says which. */
const UPSERT_SQL = `
  INSERT INTO counter_office (code, name, province, city, address, phone, daily_capacity, open_weekdays)
  SELECT t.code, t.name, t.province, t.city, t.address, t.phone, t.daily_capacity, string_to_array(t.weekdays, ',')::smallint[]
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[])
      AS t(code, name, province, city, address, phone, daily_capacity, weekdays)
  ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, province = EXCLUDED.province, city = EXCLUDED.city, address = EXCLUDED.address,
    phone = EXCLUDED.phone, daily_capacity = EXCLUDED.daily_capacity, open_weekdays = EXCLUDED.open_weekdays, updated_at = now()
  WHERE (counter_office.name, counter_office.province, counter_office.city, counter_office.address, counter_office.phone, counter_office.daily_capacity, counter_office.open_weekdays)
    IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.province, EXCLUDED.city, EXCLUDED.address, EXCLUDED.phone, EXCLUDED.daily_capacity, EXCLUDED.open_weekdays)
  RETURNING (xmax = 0) AS inserted`;

/** Each office without a unit gets `CO-<code>` under the association's unit (when the association exists). */
const UNITS_SQL = `
  WITH assoc AS (SELECT id, path, level FROM organisation_unit WHERE code = $2),
  made AS (
    INSERT INTO organisation_unit (code, name, parent_id, path, level, type, province)
    SELECT 'CO-' || o.code, o.name, assoc.id, assoc.path || 'CO-' || o.code || '/', assoc.level + 1, 'REGIONAL', o.province
      FROM counter_office o, assoc WHERE o.code = ANY($1) AND o.organisation_unit_id IS NULL
    ON CONFLICT (code) DO NOTHING
    RETURNING id, code)
  UPDATE counter_office o SET organisation_unit_id = u.id
    FROM (SELECT id, code FROM made UNION ALL SELECT id, code FROM organisation_unit WHERE code = ANY(SELECT 'CO-' || c FROM unnest($1::text[]) c)) u
   WHERE u.code = 'CO-' || o.code AND o.organisation_unit_id IS NULL`;

/**
 * `npm run import:counter-offices -- <file.ndjson>`: offices, one JSON object a line, streamed in
 * batches (memory stays flat). Idempotent by code: a known code is updated only when its data
 * changed, so running a file twice changes nothing the second time. Bad lines are reported with
 * their numbers and every good line is kept; a code twice in the file keeps the first.
 */
export class CounterOfficeImporter {
  constructor(private readonly dataSource: DataSource) {}

  async import(input: Readable, onProgress?: (progress: OfficeImportProgress) => void): Promise<OfficeImportReport> {
    const report: OfficeImportReport = { lines: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0, rejects: [] };
    const reject = (line: number, reason: string) => {
      report.rejected += 1;
      if (report.rejects.length < MAX_REJECTS_KEPT) report.rejects.push({ line, reason });
    };
    const seen = new Set<string>();
    let batch: OfficeLine[] = [];
    for await (const raw of readline.createInterface({ input, crlfDelay: Infinity })) {
      report.lines += 1;
      if (raw.trim() === '') continue;
      const parsed = parseOfficeLine(raw);
      if (!parsed.ok) {
        reject(report.lines, parsed.reason);
        continue;
      }
      if (seen.has(parsed.office.code)) {
        reject(report.lines, 'code appears twice in the file');
        continue;
      }
      seen.add(parsed.office.code);
      batch.push(parsed.office);
      if (batch.length >= OFFICE_IMPORT_BATCH) {
        await this.flush(batch, report);
        batch = [];
        onProgress?.(report);
      }
    }
    if (batch.length > 0) await this.flush(batch, report);
    onProgress?.(report);
    return report;
  }

  private async flush(batch: OfficeLine[], report: OfficeImportReport): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(UPSERT_SQL, [
        batch.map((o) => o.code),
        batch.map((o) => o.name),
        batch.map((o) => o.province),
        batch.map((o) => o.city),
        batch.map((o) => o.address),
        batch.map((o) => o.phone),
        batch.map((o) => o.dailyCapacity),
        batch.map((o) => o.openWeekdays.join(',')),
      ])) as Array<{ inserted: boolean }>;
      const inserted = rows.filter((r) => r.inserted).length;
      report.imported += inserted;
      report.updated += rows.length - inserted;
      report.unchanged += batch.length - rows.length;
      await manager.query(UNITS_SQL, [batch.map((o) => o.code), ASSOCIATION_UNIT_CODE]);
    });
  }
}
