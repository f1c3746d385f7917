import { randomUUID } from 'node:crypto';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { parseZeroFileLine, type ParsedHousehold } from './zero-file.format';

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

/** How many households go to the database in one transaction. */
export const IMPORT_BATCH = 2000;
/** Most rejected lines kept in memory for the report; beyond it only the count grows. */
const MAX_REJECTS_KEPT = 100_000;

const escape = (value: string): string => value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const copyLine = (values: Array<string | number | boolean>): string => `${values.map((v) => escape(String(v))).join('\t')}\n`;

interface Pending {
  line: number;
  household: ParsedHousehold;
}

/**
 * Imports a zero file (NDJSON, one household a line) in batches, each in one transaction with
 * PostgreSQL COPY. Bad lines are reported with their numbers and every good line is kept; a
 * household already imported (same `householdId`) is skipped, so a re-run after a crash completes
 * the file without duplicating anything. Memory stays flat: one batch at a time.
 */
export class ZeroFileImporter {
  constructor(private readonly dataSource: DataSource) {}

  async import(input: Readable, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport> {
    const report: ImportReport = { lines: 0, imported: 0, skipped: 0, rejected: 0, rejects: [] };
    const reject = (line: number, reason: string) => {
      report.rejected += 1;
      if (report.rejects.length < MAX_REJECTS_KEPT) report.rejects.push({ line, reason });
    };
    let batch: Pending[] = [];
    const lines = readline.createInterface({ input, crlfDelay: Infinity });
    for await (const text of lines) {
      report.lines += 1;
      if (text.trim() === '') continue;
      const parsed = parseZeroFileLine(text);
      if (!parsed.ok) reject(report.lines, parsed.reason);
      else batch.push({ line: report.lines, household: parsed.household });
      if (batch.length >= IMPORT_BATCH) {
        await this.flush(batch, report, reject);
        batch = [];
        onProgress?.(report);
      }
    }
    if (batch.length > 0) await this.flush(batch, report, reject);
    onProgress?.(report);
    report.rejects.sort((a, b) => a.line - b.line);
    return report;
  }

  private async flush(batch: Pending[], report: ImportReport, reject: (line: number, reason: string) => void): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    try {
      await client.query('BEGIN');
      // The batch was checked line by line (exactly one head each): the deferred head check may rest.
      await client.query(`SET LOCAL pishkhan.bulk_import = 'on'`);
      const existing = new Set(
        (
          (await client.query('SELECT external_id FROM household WHERE external_id = ANY($1)', [batch.map((p) => p.household.householdId)]))
            .rows as Array<{ external_id: string }>
        ).map((r) => r.external_id),
      );
      const fresh = batch.filter((p) => {
        if (!existing.has(p.household.householdId)) return true;
        report.skipped += 1;
        return false;
      });
      const people = fresh.flatMap((p) => p.household.rows.map((r) => r.nationalId));
      const taken = new Set(
        (
          (await client.query('SELECT national_id FROM household_member WHERE national_id = ANY($1) AND left_at IS NULL', [people]))
            .rows as Array<{ national_id: string }>
        ).map((r) => r.national_id.trim()),
      );
      const codes = new Set(
        (
          (
            await client.query('SELECT tracking_code FROM household WHERE tracking_code = ANY($1)', [
              fresh.map((p) => p.household.trackingCode),
            ])
          ).rows as Array<{ tracking_code: string }>
        ).map((r) => r.tracking_code),
      );
      const seenIds = new Set<string>();
      const accepted: Array<Pending & { id: string }> = [];
      for (const pending of fresh) {
        const { household } = pending;
        if (seenIds.has(household.householdId)) {
          reject(pending.line, 'householdId appears twice in the file');
          continue;
        }
        if (codes.has(household.trackingCode)) {
          reject(pending.line, 'trackingCode already used by another household');
          continue;
        }
        const clash = household.rows.find((r) => taken.has(r.nationalId));
        if (clash) {
          reject(pending.line, 'person already in another household');
          continue;
        }
        seenIds.add(household.householdId);
        codes.add(household.trackingCode);
        for (const r of household.rows) taken.add(r.nationalId);
        accepted.push({ ...pending, id: randomUUID() });
      }
      if (accepted.length > 0) {
        const today = new Date().toISOString().slice(0, 10);
        await this.copy(
          client,
          'COPY household (id, external_id, tracking_code, income_cluster, province, armed_forces) FROM STDIN',
          accepted.map((p) =>
            copyLine([
              p.id,
              p.household.householdId,
              p.household.trackingCode,
              p.household.cluster,
              p.household.province,
              p.household.armedForces,
            ]),
          ),
        );
        await this.copy(
          client,
          'COPY household_member (household_id, national_id, first_name, last_name, birth_date, gender, relation, joined_at) FROM STDIN',
          accepted.flatMap((p) =>
            p.household.rows.map((r) => copyLine([p.id, r.nationalId, r.firstName, r.lastName, r.birthDate, r.gender, r.relation, today])),
          ),
        );
      }
      await client.query('COMMIT');
      report.imported += accepted.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async copy(client: PoolClient, sql: string, lines: string[]): Promise<void> {
    await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
  }
}
