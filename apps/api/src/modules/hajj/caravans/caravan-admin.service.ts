import type { DataSource } from 'typeorm';
import { isValidNationalId } from '@pishkhan/national-id';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import { BadInputError, NotFoundError } from '../../../platform/errors/domain-error';
import type { RequestContext } from '../../../platform/graphql/context';
import { CapacityBelowTakenError } from '../hajj.errors';
import { normalizeProvince } from '../provinces';
import { rows } from '../queryable';
import { inSeatTransaction, isUniqueViolation } from '../registrations/seat-ledger';
import { SeasonReader } from '../season/season.service';
import { caravansWithSeats } from './caravan-list.service';
import { HajjCaravan } from './caravan.entity';
import type { HajjCaravanInput } from './caravan-admin.inputs';
import type { HajjCaravanDetailsView } from './caravan.type';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/**
 * The Hajj admin's caravans: create one, or change one; a capacity is changed inside the caravan's
 * seat locks, and never below the seats taken.
 */
export class CaravanAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async save(ctx: Ctx, input: HajjCaravanInput): Promise<HajjCaravanDetailsView> {
    const seasons = new SeasonReader(this.dataSource.manager);
    const season = await seasons.requireActive();
    const province = normalizeProvince(input.province);
    if (!(await seasons.province(season.id, province))) throw new BadInputError('input.province', 'Not a province of the active season');
    if (input.managerNationalId && !isValidNationalId(input.managerNationalId))
      throw new BadInputError('input.managerNationalId', 'Not a valid national ID');
    const fields = {
      code: input.code.toUpperCase(),
      province,
      managerName: input.managerName.trim(),
      managerPhone: input.managerPhone,
      managerNationalId: input.managerNationalId ?? null,
      address: input.address.trim(),
      capacity: input.capacity,
      finalCostRials: input.finalCostRials,
      status: input.status,
    };
    let id = input.id ?? null;
    try {
      if (id) {
        const existing = await this.dataSource.getRepository(HajjCaravan).findOneBy({ id, seasonId: season.id });
        if (!existing) throw new NotFoundError('The caravan');
        await inSeatTransaction(this.dataSource, [existing.id], async (manager, seats) => {
          const taken = seats.get(existing.id)!.taken;
          if (input.capacity < taken) throw new CapacityBelowTakenError(taken);
          await manager.update(HajjCaravan, { id: existing.id }, fields);
        });
      } else {
        id = (await this.dataSource.getRepository(HajjCaravan).save({ ...fields, seasonId: season.id })).id;
      }
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_hajj_caravan_code'))
        throw new BadInputError('input.code', 'Another caravan of the season has this code');
      throw error;
    }
    await this.audit.record(ctx, {
      action: input.id ? 'hajj.caravan.update' : 'hajj.caravan.create',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'hajj_caravan',
      targetId: id,
    });
    const [view] = await caravansWithSeats(this.dataSource, season.id, 'c.id = $2', [id]);
    return view!;
  }

  /** The active season's caravans (filtered by province), with seats counted now, and their number. */
  async list(province: string | null, limit: number, offset: number): Promise<{ items: HajjCaravanDetailsView[]; total: number }> {
    const season = await new SeasonReader(this.dataSource.manager).requireActive();
    const name = province ? normalizeProvince(province) : null;
    const items = await caravansWithSeats(this.dataSource, season.id, '$2::text IS NULL OR c.province = $2', [name], limit, offset);
    const [{ total }] = (await rows<{ total: number }>(
      this.dataSource,
      'SELECT count(*)::int AS total FROM hajj_caravan WHERE season_id = $1 AND ($2::text IS NULL OR province = $2)',
      [season.id, name],
    )) as [{ total: number }];
    return { items, total };
  }
}
