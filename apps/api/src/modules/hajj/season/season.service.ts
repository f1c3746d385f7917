import type { DataSource, EntityManager } from 'typeorm';
import { NoActiveSeasonError } from '../hajj.errors';
import { rows, type Queryable } from '../queryable';
import { HajjProvince, HajjProvinceGroup, HajjSeason } from './season.entity';
import type { SeasonSpec } from './season-file';
import type { SeasonTerms } from '../receipts/receipt-rules';
import type { HajjSeasonView } from './season.type';

/** The active season with what a province's holder needs: its group's times and its current cut-off. */
export interface ProvinceTerms {
  province: string;
  groupName: string;
  announcedOn: string;
  admissionOpensAt: Date;
  invitedDepositsUntil: string;
}

export function seasonTerms(season: HajjSeason): SeasonTerms {
  return {
    eligibleDepositUntil: season.eligibleDepositUntil,
    depositRials: BigInt(season.depositRials),
    subsidyRials: BigInt(season.subsidyRials),
    interestRateBasisPoints: season.interestRateBasisPoints,
    interestFormula: season.interestFormula,
    interestUntil: season.interestUntil,
  };
}

/** Loads a season file: creates the season, or updates the one with the same code. */
export async function loadSeason(
  dataSource: DataSource,
  spec: SeasonSpec,
  activate: boolean,
): Promise<{ season: HajjSeason; created: boolean }> {
  return dataSource.transaction((manager) => saveSeason(manager, spec, activate));
}

/**
 * The season, its groups (by name) and provinces as the file says. A province's invitation cut-off
 * never moves back on a reload: it stays at the later of its current one and the file's (the waves
 * already sent stand).
 */
export async function saveSeason(
  manager: EntityManager,
  spec: SeasonSpec,
  activate: boolean,
): Promise<{ season: HajjSeason; created: boolean }> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hajj:season-file:${spec.code}`]);
  const existing = await manager.findOneBy(HajjSeason, { code: spec.code });
  const fields = {
    code: spec.code,
    title: spec.title,
    eligibleDepositUntil: spec.eligibleDepositUntil,
    onlineSharePercent: spec.onlineSharePercent,
    inviteNextAfterDays: spec.inviteNextAfterDays,
    holdMinutes: spec.holdMinutes,
    paymentDays: spec.paymentDays,
    doctorVisitDays: spec.doctorVisitDays,
    passportValidUntil: spec.passportValidUntil,
    passportHandOverBy: spec.passportHandOverBy,
    depositRials: spec.depositRials.toString(),
    subsidyRials: spec.subsidyRials.toString(),
    interestRateBasisPoints: spec.interestRateBasisPoints,
    interestFormula: spec.interestFormula,
    interestUntil: spec.interestUntil,
  };
  const season = existing
    ? await manager.save(HajjSeason, { ...existing, ...fields })
    : await manager.save(HajjSeason, { ...fields, active: false });
  const groupIds: string[] = [];
  for (const [position, group] of spec.provinceGroups.entries()) {
    const [saved] = await rows<{ id: string }>(
      manager,
      `INSERT INTO hajj_province_group (season_id, name, position, announced_on, admission_opens_at, invited_deposits_until)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (season_id, name) DO UPDATE SET position = EXCLUDED.position, announced_on = EXCLUDED.announced_on,
         admission_opens_at = EXCLUDED.admission_opens_at, invited_deposits_until = EXCLUDED.invited_deposits_until
       RETURNING id`,
      [season.id, group.name, position, group.announcedOn, group.admissionOpensAt.toISOString(), group.invitedDepositsUntil],
    );
    groupIds.push(saved!.id);
    await manager.query(
      `INSERT INTO hajj_province (season_id, province, group_id, invited_deposits_until)
       SELECT $1, p, $2, $3 FROM unnest($4::text[]) AS p
       ON CONFLICT (season_id, province) DO UPDATE SET group_id = EXCLUDED.group_id,
         invited_deposits_until = GREATEST(hajj_province.invited_deposits_until, EXCLUDED.invited_deposits_until)`,
      [season.id, saved!.id, group.invitedDepositsUntil, group.provinces],
    );
  }
  const provinces = spec.provinceGroups.flatMap((g) => g.provinces);
  await manager.query('DELETE FROM hajj_province WHERE season_id = $1 AND NOT (province = ANY($2::text[]))', [season.id, provinces]);
  await manager.query('DELETE FROM hajj_province_group WHERE season_id = $1 AND NOT (id = ANY($2::uuid[]))', [season.id, groupIds]);
  if (activate) await activateSeason(manager, season.id);
  return { season: await manager.findOneByOrFail(HajjSeason, { id: season.id }), created: !existing };
}

/** Makes one season the active one (the others stop being active, in the same transaction). */
export async function activateSeason(manager: Queryable, seasonId: string): Promise<void> {
  await manager.query('UPDATE hajj_season SET active = false WHERE active AND id <> $1', [seasonId]);
  await manager.query('UPDATE hajj_season SET active = true WHERE id = $1', [seasonId]);
}

/** Reads the active season and its provinces (with a transaction's manager, or the data source's). */
export class SeasonReader {
  constructor(private readonly manager: EntityManager) {}

  active(): Promise<HajjSeason | null> {
    return this.manager.findOneBy(HajjSeason, { active: true });
  }

  async requireActive(): Promise<HajjSeason> {
    const season = await this.active();
    if (!season) throw new NoActiveSeasonError();
    return season;
  }

  /** The season's provinces (names), for checking the files. */
  async provinces(seasonId: string): Promise<Set<string>> {
    return new Set(
      (await rows<{ province: string }>(this.manager, 'SELECT province FROM hajj_province WHERE season_id = $1', [seasonId])).map(
        (r) => r.province,
      ),
    );
  }

  async province(seasonId: string, province: string): Promise<ProvinceTerms | null> {
    const [row] = await rows<{
      province: string;
      group_name: string;
      announced_on: string;
      admission_opens_at: Date;
      invited_deposits_until: string;
    }>(
      this.manager,
      `SELECT p.province, g.name AS group_name, g.announced_on::text AS announced_on, g.admission_opens_at, p.invited_deposits_until::text AS invited_deposits_until
         FROM hajj_province p JOIN hajj_province_group g ON g.id = p.group_id
        WHERE p.season_id = $1 AND p.province = $2`,
      [seasonId, province],
    );
    return row
      ? {
          province: row.province,
          groupName: row.group_name,
          announcedOn: row.announced_on,
          admissionOpensAt: new Date(row.admission_opens_at),
          invitedDepositsUntil: row.invited_deposits_until,
        }
      : null;
  }
}

export { HajjProvince, HajjProvinceGroup };

/** A season with its groups and provinces, as the views show it. */
export async function seasonView(manager: EntityManager, season: HajjSeason): Promise<HajjSeasonView> {
  const groups = await rows<{ id: string; name: string; announced_on: string; admission_opens_at: Date; invited_deposits_until: string }>(
    manager,
    `SELECT id, name, announced_on::text AS announced_on, admission_opens_at, invited_deposits_until::text AS invited_deposits_until
       FROM hajj_province_group WHERE season_id = $1 ORDER BY position, name`,
    [season.id],
  );
  const provinces = await rows<{ group_id: string; province: string; invited_deposits_until: string; last_wave_at: Date | null }>(
    manager,
    `SELECT group_id, province, invited_deposits_until::text AS invited_deposits_until, last_wave_at FROM hajj_province WHERE season_id = $1 ORDER BY province`,
    [season.id],
  );
  return {
    ...season,
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      announcedOn: g.announced_on,
      admissionOpensAt: g.admission_opens_at,
      invitedDepositsUntil: g.invited_deposits_until,
      provinces: provinces
        .filter((p) => p.group_id === g.id)
        .map((p) => ({ province: p.province, invitedDepositsUntil: p.invited_deposits_until, lastWaveAt: p.last_wave_at })),
    })),
  };
}
