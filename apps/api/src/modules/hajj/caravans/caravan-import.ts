import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { importNdjson, type BatchOutcome, type ImportProgress, type ImportReport } from '../ndjson-import';
import { rows, type Queryable } from '../queryable';
import { SeasonReader } from '../season/season.service';
import { parseCaravanLine, type CaravanLine } from './caravan-file';

/** Stores a batch of caravans of a season; a code the season already has is skipped (idempotent by code). */
export async function insertCaravans(db: Queryable, seasonId: string, batch: CaravanLine[]): Promise<BatchOutcome> {
  if (batch.length === 0) return { imported: 0, skipped: 0 };
  const inserted = await rows<{ id: string }>(
    db,
    `INSERT INTO hajj_caravan (season_id, code, province, manager_name, manager_phone, manager_national_id, address, capacity, final_cost_rials)
     SELECT $1, c, p, mn, mp, mid, a, cap, cost
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::bigint[]) AS t(c, p, mn, mp, mid, a, cap, cost)
     ON CONFLICT (season_id, code) DO NOTHING
     RETURNING id`,
    [
      seasonId,
      batch.map((c) => c.code),
      batch.map((c) => c.province),
      batch.map((c) => c.managerName),
      batch.map((c) => c.managerPhone),
      batch.map((c) => c.managerNationalId),
      batch.map((c) => c.address),
      batch.map((c) => c.capacity),
      batch.map((c) => c.finalCostRials.toString()),
    ],
  );
  return { imported: inserted.length, skipped: batch.length - inserted.length };
}

/** Imports a caravan file (NDJSON) into the active season. */
export async function importCaravanFile(
  dataSource: DataSource,
  input: Readable,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const seasons = new SeasonReader(dataSource.manager);
  const season = await seasons.requireActive();
  const provinces = await seasons.provinces(season.id);
  return importNdjson(
    input,
    (json) => parseCaravanLine(json, provinces),
    (batch) => dataSource.transaction((manager) => insertCaravans(manager, season.id, batch)),
    { onProgress },
  );
}
