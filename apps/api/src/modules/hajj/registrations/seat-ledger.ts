import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../../platform/errors/domain-error';
import { rows } from '../queryable';

/** How long a seat change waits for a caravan's quota locks before giving up (pretix: 3 s). */
export const SEAT_LOCK_TIMEOUT = '3s';

/** A caravan's seats, counted from its registrations (never a stored counter). */
export interface CaravanSeats {
  caravanId: string;
  seasonId: string;
  /** Whether the caravan's season is the active one. */
  seasonActive: boolean;
  code: string;
  province: string;
  status: string;
  managerNationalId: string | null;
  capacity: number;
  /** floor(capacity × the season's online share / 100). */
  onlineCapacity: number;
  finalCostRials: string;
  taken: number;
  onlineTaken: number;
}

/** The quotas were locked by other seat changes for longer than the lock timeout: try again in a moment. */
export class SeatsBusyError extends DomainError {
  constructor() {
    super('RATE_LIMITED', 'Too many seat changes at this caravan right now; try again in a moment', { retryAfterSeconds: 1 });
  }
}

/** A registration holds a seat while HELD (until its hold ends), CONFIRMED or PAID. */
export const HOLDS_A_SEAT = `(r.status IN ('CONFIRMED', 'PAID') OR (r.status = 'HELD' AND r.hold_expires_at > clock_timestamp()))`;

/**
 * The seats of caravan `c` (`FROM hajj_caravan c CROSS JOIN ${SEATS_OF_CARAVAN}` gives `seats.taken`
 * and `seats.online_taken`): one scan of its seat-holding rows through the index on (caravan_id,
 * status), counting both at once, whatever the size of the other caravans' registrations. The same
 * rule as `HOLDS_A_SEAT` among rows HELD, CONFIRMED or PAID.
 */
export const SEATS_OF_CARAVAN = `LATERAL (
  SELECT count(*) FILTER (WHERE r.status <> 'HELD' OR r.hold_expires_at > clock_timestamp())::int AS taken,
         count(*) FILTER (WHERE r.channel = 'ONLINE' AND (r.status <> 'HELD' OR r.hold_expires_at > clock_timestamp()))::int AS online_taken
    FROM hajj_registration r WHERE r.caravan_id = c.id AND r.status IN ('HELD', 'CONFIRMED', 'PAID')) AS seats`;

/** The quotas of a caravan: its online share and its whole capacity. */
export function quotaKeys(caravanId: string): string[] {
  return [`hajj:caravan:${caravanId}:online`, `hajj:caravan:${caravanId}:total`];
}

/** Counts the seats of caravans now (inside the locks, this is the truth; outside, a hint). */
export async function countSeats(manager: EntityManager | DataSource, caravanIds: string[]): Promise<Map<string, CaravanSeats>> {
  const found = await rows<{
    id: string;
    season_id: string;
    season_active: boolean;
    code: string;
    province: string;
    status: string;
    manager_national_id: string | null;
    capacity: number;
    online_capacity: number;
    final_cost_rials: string;
    taken: number;
    online_taken: number;
  }>(
    manager,
    `SELECT c.id, c.season_id, s.active AS season_active, c.code, c.province, c.status, c.manager_national_id, c.capacity, c.final_cost_rials::text AS final_cost_rials,
            (c.capacity * s.online_share_percent / 100)::int AS online_capacity, seats.taken, seats.online_taken
       FROM hajj_caravan c JOIN hajj_season s ON s.id = c.season_id CROSS JOIN ${SEATS_OF_CARAVAN}
      WHERE c.id = ANY($1::uuid[])`,
    [caravanIds],
  );
  return new Map(
    found.map((row) => [
      row.id,
      {
        caravanId: row.id,
        seasonId: row.season_id,
        seasonActive: row.season_active,
        code: row.code,
        province: row.province,
        status: row.status,
        managerNationalId: row.manager_national_id?.trim() ?? null,
        capacity: row.capacity,
        onlineCapacity: row.online_capacity,
        finalCostRials: row.final_cost_rials,
        taken: row.taken,
        onlineTaken: row.online_taken,
      },
    ]),
  );
}

/**
 * Takes the quota locks of a seat change in one round trip (`hajj_lock_quotas`, migration
 * 1764520000000): the transaction's lock timeout, then each key's advisory transaction lock in
 * byte order of the keys, one after the other inside PL/pgSQL, so the order is guaranteed.
 */
export async function lockQuotas(manager: EntityManager, keys: string[]): Promise<void> {
  await manager.query('SELECT hajj_lock_quotas($1::text[], $2::text)', [keys, SEAT_LOCK_TIMEOUT]);
}

/**
 * Runs a seat change the way pretix keeps quotas: one transaction that takes PostgreSQL advisory
 * transaction locks on every quota it touches (each caravan's online share and whole capacity),
 * sorted by key so that two changes never wait on each other in a cycle, with a lock timeout, and
 * then recounts the seats inside the locks (READ COMMITTED: each statement after the locks sees
 * every change committed before them; the recount is a statement of its own, after the one that
 * took the locks). The locks live in PostgreSQL, so this holds across API processes; they are
 * released when the transaction ends. Four round trips before `work`: BEGIN, the locks with their
 * timeout, the recount; COMMIT after it.
 */
export async function inSeatTransaction<T>(
  dataSource: DataSource,
  caravanIds: string[],
  work: (manager: EntityManager, seats: Map<string, CaravanSeats>) => Promise<T>,
): Promise<T> {
  const keys = [...new Set(caravanIds.flatMap(quotaKeys))].sort();
  try {
    return await dataSource.transaction(async (manager) => {
      await lockQuotas(manager, keys);
      return work(manager, await countSeats(manager, caravanIds));
    });
  } catch (error) {
    if ((error as { code?: string }).code === '55P03') throw new SeatsBusyError();
    throw error;
  }
}

/** True for a unique violation of `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return (error as { code?: string }).code === '23505' && (error as { constraint?: string }).constraint === constraint;
}
