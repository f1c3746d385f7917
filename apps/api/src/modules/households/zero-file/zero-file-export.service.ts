import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import { jalaliOfIso, type ZeroFileHousehold } from './zero-file.format';

const PAGE = 1000;

interface HouseholdRow {
  id: string;
  external_id: string | null;
  tracking_code: string;
  income_cluster: number;
  province: string;
  armed_forces: boolean;
}

interface MemberRow {
  household_id: string;
  national_id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  gender: 'F' | 'M';
  relation: ZeroFileHousehold['members'][number]['relation'];
}

/**
 * Writes every active household as one NDJSON line (the zero-file contract), a page of households
 * at a time by key, honouring the writer's back-pressure: memory stays flat whatever the size.
 * Returns how many households were written.
 */
export async function exportZeroFile(dataSource: DataSource, out: Writable): Promise<number> {
  let after = '00000000-0000-0000-0000-000000000000';
  let written = 0;
  for (;;) {
    const households = (await dataSource.query(
      `SELECT id, external_id, tracking_code, income_cluster, province, armed_forces FROM household
        WHERE status = 'ACTIVE' AND id > $1 ORDER BY id LIMIT $2`,
      [after, PAGE],
    )) as HouseholdRow[];
    if (households.length === 0) break;
    const members = (await dataSource.query(
      `SELECT household_id, national_id, first_name, last_name, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, gender, relation
         FROM household_member WHERE household_id = ANY($1) AND left_at IS NULL ORDER BY household_id, relation, birth_date, id`,
      [households.map((h) => h.id)],
    )) as MemberRow[];
    const byHousehold = new Map<string, MemberRow[]>();
    for (const m of members) byHousehold.set(m.household_id, [...(byHousehold.get(m.household_id) ?? []), m]);
    let chunk = '';
    for (const h of households) {
      const line: ZeroFileHousehold = {
        householdId: h.external_id ?? h.id,
        trackingCode: h.tracking_code,
        cluster: h.income_cluster,
        province: h.province,
        armedForces: h.armed_forces,
        members: (byHousehold.get(h.id) ?? []).map((m) => ({
          nationalId: m.national_id,
          firstName: m.first_name,
          lastName: m.last_name,
          birthDate: jalaliOfIso(m.birth_date),
          gender: m.gender,
          relation: m.relation,
        })),
      };
      chunk += `${JSON.stringify(line)}\n`;
    }
    written += households.length;
    if (!out.write(chunk)) await once(out, 'drain');
    after = households.at(-1)!.id;
  }
  return written;
}
