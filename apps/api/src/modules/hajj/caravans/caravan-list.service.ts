import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../../platform/graphql/context';
import { CaravanStatus } from '../hajj.enums';
import type { HajjPublicGate } from '../hajj-public-gate';
import { normalizeProvince } from '../provinces';
import { rows } from '../queryable';
import { SEATS_OF_CARAVAN } from '../registrations/seat-ledger';
import { SeasonReader } from '../season/season.service';
import type { HajjCaravanDetailsView } from './caravan.type';

/** The most caravans one list returns. */
export const MAX_CARAVANS = 500;

interface CaravanRow {
  id: string;
  code: string;
  province: string;
  manager_name: string;
  manager_phone: string;
  manager_national_id: string | null;
  address: string;
  capacity: number;
  online_capacity: number;
  final_cost_rials: string;
  status: CaravanStatus;
  taken: number;
  online_taken: number;
}

/**
 * Caravans with their seats counted, in one statement: `where` filters `c` with parameters from $2
 * ($1 is the season). Each caravan's seats are counted from its own seat-holding rows (index on
 * (caravan_id, status)), so the cost follows the caravans listed, not the whole registration table.
 */
export async function caravansWithSeats(
  db: Pick<DataSource, 'query'>,
  seasonId: string,
  where: string,
  params: unknown[],
  limit = MAX_CARAVANS,
  offset = 0,
): Promise<HajjCaravanDetailsView[]> {
  const found = await rows<CaravanRow>(
    db,
    `SELECT c.id, c.code, c.province, c.manager_name, c.manager_phone, c.manager_national_id, c.address, c.capacity, c.status,
            c.final_cost_rials::text AS final_cost_rials, (c.capacity * s.online_share_percent / 100)::int AS online_capacity,
            seats.taken, seats.online_taken
       FROM hajj_caravan c JOIN hajj_season s ON s.id = c.season_id CROSS JOIN ${SEATS_OF_CARAVAN}
      WHERE c.season_id = $1 AND (${where})
      ORDER BY c.province, c.code
      LIMIT ${Math.min(limit, MAX_CARAVANS)} OFFSET ${Math.max(0, offset)}`,
    [seasonId, ...params],
  );
  return found.map((row) => ({
    id: row.id,
    code: row.code,
    province: row.province,
    managerName: row.manager_name,
    managerPhone: row.manager_phone,
    managerNationalId: row.manager_national_id?.trim() ?? null,
    address: row.address,
    capacity: row.capacity,
    onlineCapacity: row.online_capacity,
    taken: row.taken,
    onlineTaken: row.online_taken,
    finalCostRials: row.final_cost_rials,
    status: row.status,
  }));
}

/** How long a province's public list is answered from memory (seat counts at most this old). */
export const CARAVAN_LIST_TTL_MS = 1_000;

/**
 * `hajjCaravans(province)`: the public notice of a province's active caravans (rate-limited per
 * IP, no captcha). At a rush everyone reloads the same list: each process answers a province's list
 * from memory for a second (concurrent requests share one query), so its seat counts are at most a
 * second old. The seats themselves are only ever given inside the caravan's locks.
 */
export class CaravanListService {
  private readonly recent = new Map<string, { at: number; list: Promise<HajjCaravanDetailsView[]> }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: HajjPublicGate,
    private readonly ttlMs = CARAVAN_LIST_TTL_MS,
  ) {}

  async publicList(ctx: Pick<RequestContext, 'ip'>, province: string): Promise<HajjCaravanDetailsView[]> {
    await this.gate.passCaravanList(ctx);
    const name = normalizeProvince(province);
    const now = Date.now();
    const cached = this.recent.get(name);
    if (cached && now - cached.at < this.ttlMs) return cached.list;
    const list = this.load(name);
    this.recent.set(name, { at: now, list });
    list.catch(() => this.recent.delete(name));
    if (this.recent.size > 100) for (const [key, entry] of this.recent) if (now - entry.at >= this.ttlMs) this.recent.delete(key);
    return list;
  }

  private async load(province: string): Promise<HajjCaravanDetailsView[]> {
    const season = await new SeasonReader(this.dataSource.manager).requireActive();
    return caravansWithSeats(this.dataSource, season.id, `c.province = $2 AND c.status = '${CaravanStatus.ACTIVE}'`, [province]);
  }
}
