import type { DataSource } from 'typeorm';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import { BadInputError, NotFoundError } from '../../../platform/errors/domain-error';
import type { RequestContext } from '../../../platform/graphql/context';
import { normalizeProvince } from '../provinces';
import { rows } from '../queryable';
import { HOLDS_A_SEAT } from '../registrations/seat-ledger';
import { HajjInvitationWave } from '../waves/invitation-wave.entity';
import { HajjProvinceGroup, HajjSeason } from './season.entity';
import type { HajjProvinceGroupInput, HajjSeasonSettingsInput } from './season-admin.inputs';
import { activateSeason, SeasonReader, seasonView } from './season.service';
import type { HajjSeasonView } from './season.type';
import { ActiveSeasonCache } from './active-season-cache';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** A province's seats in the active season (the admin's fill rates). */
export interface ProvinceFill {
  province: string;
  groupName: string;
  admissionOpensAt: Date;
  invitedDepositsUntil: string;
  caravans: number;
  capacity: number;
  taken: number;
  onlineCapacity: number;
  onlineTaken: number;
  /** taken / capacity, 0 when there is no capacity. */
  fillRate: number;
}

/** The Hajj admin's season, province schedule, invitation cut-offs and fill rates. */
export class SeasonAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<HajjSeasonView[]> {
    const seasons = await this.dataSource.getRepository(HajjSeason).find({ order: { createdAt: 'DESC' }, take: 50 });
    return Promise.all(seasons.map((season) => seasonView(this.dataSource.manager, season)));
  }

  async update(ctx: Ctx, id: string, input: HajjSeasonSettingsInput): Promise<HajjSeasonView> {
    if (input.passportHandOverBy > input.passportValidUntil)
      throw new BadInputError('input.passportHandOverBy', 'The hand-over day comes before the validity day');
    const season = await this.dataSource.getRepository(HajjSeason).findOneBy({ id });
    if (!season) throw new NotFoundError('The season');
    await this.dataSource
      .getRepository(HajjSeason)
      .update({ id }, { ...input, title: input.title.trim(), interestUntil: input.interestUntil ?? null });
    ActiveSeasonCache.of(this.dataSource).forget();
    await this.audit.record(ctx, { action: 'hajj.season.update', outcome: AuditOutcome.SUCCESS, targetType: 'hajj_season', targetId: id });
    return seasonView(this.dataSource.manager, await this.dataSource.getRepository(HajjSeason).findOneByOrFail({ id }));
  }

  async activate(ctx: Ctx, id: string): Promise<HajjSeasonView> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(HajjSeason, { id }))) throw new NotFoundError('The season');
      await activateSeason(manager, id);
    });
    ActiveSeasonCache.of(this.dataSource).forget();
    await this.audit.record(ctx, {
      action: 'hajj.season.activate',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'hajj_season',
      targetId: id,
    });
    return seasonView(this.dataSource.manager, await this.dataSource.getRepository(HajjSeason).findOneByOrFail({ id }));
  }

  async updateGroup(ctx: Ctx, id: string, input: HajjProvinceGroupInput): Promise<HajjSeasonView> {
    const group = await this.dataSource.getRepository(HajjProvinceGroup).findOneBy({ id });
    if (!group) throw new NotFoundError('The province group');
    await this.dataSource
      .getRepository(HajjProvinceGroup)
      .update({ id }, { announcedOn: input.announcedOn, admissionOpensAt: input.admissionOpensAt });
    await this.audit.record(ctx, {
      action: 'hajj.province-group.update',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'hajj_province_group',
      targetId: id,
    });
    return seasonView(this.dataSource.manager, await this.dataSource.getRepository(HajjSeason).findOneByOrFail({ id: group.seasonId }));
  }

  /** The admin moves a province's invitation cut-off by hand; recorded as a wave like the job's. */
  async setCutoff(ctx: Ctx, actorUserId: string, provinceName: string, invitedDepositsUntil: string): Promise<HajjInvitationWave> {
    const province = normalizeProvince(provinceName);
    const wave = await this.dataSource.transaction(async (manager) => {
      const season = await new SeasonReader(manager).requireActive();
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`hajj:invitation:${season.id}:${province}`]);
      const [current] = await rows<{ cut: string }>(
        manager,
        'SELECT invited_deposits_until::text AS cut FROM hajj_province WHERE season_id = $1 AND province = $2',
        [season.id, province],
      );
      if (!current) throw new NotFoundError('The province');
      if (invitedDepositsUntil > season.eligibleDepositUntil)
        throw new BadInputError('invitedDepositsUntil', 'Not after the season’s eligibility cut-off');
      const [{ invited }] = (await rows<{ invited: number }>(
        manager,
        `SELECT count(*)::int AS invited FROM hajj_deposit_receipt WHERE province = $1 AND kind = 'DEPOSIT_10M' AND successor_id IS NULL
            AND deposit_date > LEAST($2::date, $3::date) AND deposit_date <= GREATEST($2::date, $3::date)`,
        [province, current.cut, invitedDepositsUntil],
      )) as [{ invited: number }];
      await manager.query(
        'UPDATE hajj_province SET invited_deposits_until = $3, last_wave_at = now() WHERE season_id = $1 AND province = $2',
        [season.id, province, invitedDepositsUntil],
      );
      const free = await this.freeSeats(season.id, province);
      return manager.save(HajjInvitationWave, {
        seasonId: season.id,
        province,
        previousCutoff: current.cut,
        newCutoff: invitedDepositsUntil,
        freeSeats: free,
        invitedReceipts: invitedDepositsUntil >= current.cut ? invited : -invited,
        source: 'ADMIN',
        actorUserId,
      });
    });
    await this.audit.record(ctx, {
      action: 'hajj.invitation-cutoff',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'hajj_province',
      targetId: province,
      details: { newCutoff: invitedDepositsUntil },
    });
    return wave;
  }

  async waves(province: string | null, limit: number): Promise<HajjInvitationWave[]> {
    const season = await new SeasonReader(this.dataSource.manager).requireActive();
    const query = this.dataSource
      .getRepository(HajjInvitationWave)
      .createQueryBuilder('w')
      .where('w.season_id = :season', { season: season.id });
    if (province) query.andWhere('w.province = :province', { province: normalizeProvince(province) });
    return query.orderBy('w.created_at', 'DESC').addOrderBy('w.id', 'DESC').take(limit).getMany();
  }

  /** Seats per province of the active season, counted now. */
  async fillRates(): Promise<ProvinceFill[]> {
    const season = await new SeasonReader(this.dataSource.manager).requireActive();
    const found = await rows<{
      province: string;
      group_name: string;
      opens: Date;
      cut: string;
      caravans: number;
      capacity: number;
      taken: number;
      online_capacity: number;
      online_taken: number;
    }>(
      this.dataSource,
      `SELECT p.province, g.name AS group_name, g.admission_opens_at AS opens, p.invited_deposits_until::text AS cut,
              count(c.id)::int AS caravans, COALESCE(sum(c.capacity), 0)::int AS capacity,
              COALESCE(sum(c.capacity * s.online_share_percent / 100), 0)::int AS online_capacity,
              COALESCE(sum((SELECT count(*) FROM hajj_registration r WHERE r.caravan_id = c.id AND ${HOLDS_A_SEAT})), 0)::int AS taken,
              COALESCE(sum((SELECT count(*) FROM hajj_registration r WHERE r.caravan_id = c.id AND r.channel = 'ONLINE' AND ${HOLDS_A_SEAT})), 0)::int AS online_taken
         FROM hajj_province p
         JOIN hajj_province_group g ON g.id = p.group_id
         JOIN hajj_season s ON s.id = p.season_id
         LEFT JOIN hajj_caravan c ON c.season_id = p.season_id AND c.province = p.province AND c.status = 'ACTIVE'
        WHERE p.season_id = $1
        GROUP BY p.province, g.name, g.position, g.admission_opens_at, p.invited_deposits_until
        ORDER BY g.position, p.province`,
      [season.id],
    );
    return found.map((row) => ({
      province: row.province,
      groupName: row.group_name,
      admissionOpensAt: row.opens,
      invitedDepositsUntil: row.cut,
      caravans: row.caravans,
      capacity: row.capacity,
      taken: row.taken,
      onlineCapacity: row.online_capacity,
      onlineTaken: row.online_taken,
      fillRate: row.capacity > 0 ? Math.round((row.taken / row.capacity) * 10_000) / 10_000 : 0,
    }));
  }

  private async freeSeats(seasonId: string, province: string): Promise<number> {
    const [{ free }] = (await rows<{ free: number }>(
      this.dataSource,
      `SELECT COALESCE(sum(GREATEST(c.capacity - (SELECT count(*) FROM hajj_registration r WHERE r.caravan_id = c.id AND ${HOLDS_A_SEAT}), 0)), 0)::int AS free
         FROM hajj_caravan c WHERE c.season_id = $1 AND c.province = $2 AND c.status = 'ACTIVE'`,
      [seasonId, province],
    )) as [{ free: number }];
    return free;
  }
}
