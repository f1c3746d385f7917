import type { DataSource, EntityManager } from 'typeorm';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../../platform/graphql/context';
import { NotFoundError } from '../../../platform/errors/domain-error';
import { rows } from '../queryable';
import { HOLDS_A_SEAT } from '../registrations/seat-ledger';
import { SeasonReader } from '../season/season.service';
import { HajjInvitationWave } from './invitation-wave.entity';

/** The job kind that invites the next priorities, every hour. */
export const INVITATION_WAVE_JOB = 'hajj.invitation-waves';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

interface ProvinceDue {
  province: string;
  cut: string;
  opens: Date;
  last_wave_at: Date | null;
}

/**
 * Seed 004 rule 8: when a province's caravans are not full `inviteNextAfterDays` days after its
 * admission opened (or after its last wave), the next priorities are invited: the cut-off moves to
 * the deposit date that brings in as many more eligible 10M receipts (the earliest deposits first)
 * as there are free seats, never past the season's eligibility cut-off. Every wave is recorded.
 * One province at a time under an advisory lock, so two processes never send the same wave.
 */
export class InvitationWaveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** The job: one wave for each province that is due now. Returns the waves sent. */
  async runDue(now = new Date()): Promise<HajjInvitationWave[]> {
    const season = await new SeasonReader(this.dataSource.manager).active();
    if (!season) return [];
    const due = await rows<ProvinceDue>(
      this.dataSource,
      `SELECT p.province, p.invited_deposits_until::text AS cut, g.admission_opens_at AS opens, p.last_wave_at
         FROM hajj_province p JOIN hajj_province_group g ON g.id = p.group_id
        WHERE p.season_id = $1 AND p.invited_deposits_until < $2::date
          AND COALESCE(p.last_wave_at, g.admission_opens_at) + make_interval(days => $3) <= $4`,
      [season.id, season.eligibleDepositUntil, season.inviteNextAfterDays, now.toISOString()],
    );
    const waves: HajjInvitationWave[] = [];
    for (const { province } of due) {
      const wave = await this.dataSource.transaction((manager) =>
        this.wave(manager, season.id, province, { source: 'JOB', actorUserId: null, now, checkDue: true }),
      );
      if (wave) waves.push(wave);
    }
    return waves;
  }

  /** The Hajj admin invites a province's next priorities now (whatever the days). */
  async inviteNow(ctx: Ctx, province: string, actorUserId: string): Promise<HajjInvitationWave | null> {
    const season = await new SeasonReader(this.dataSource.manager).requireActive();
    const known = await new SeasonReader(this.dataSource.manager).province(season.id, province);
    if (!known) throw new NotFoundError('The province');
    const wave = await this.dataSource.transaction((manager) =>
      this.wave(manager, season.id, province, { source: 'ADMIN', actorUserId, now: new Date(), checkDue: false }),
    );
    await this.audit.record(ctx, {
      action: 'hajj.invitation-wave',
      outcome: AuditOutcome.SUCCESS,
      targetType: 'hajj_province',
      targetId: province,
      details: { newCutoff: wave?.newCutoff ?? null },
    });
    return wave;
  }

  private async wave(
    manager: EntityManager,
    seasonId: string,
    province: string,
    how: { source: string; actorUserId: string | null; now: Date; checkDue: boolean },
  ): Promise<HajjInvitationWave | null> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`hajj:invitation:${seasonId}:${province}`]);
    const [state] = await rows<{ cut: string; eligible: string; days: number; since: Date }>(
      manager,
      `SELECT p.invited_deposits_until::text AS cut, s.eligible_deposit_until::text AS eligible, s.invite_next_after_days AS days,
              COALESCE(p.last_wave_at, g.admission_opens_at) AS since
         FROM hajj_province p JOIN hajj_province_group g ON g.id = p.group_id JOIN hajj_season s ON s.id = p.season_id
        WHERE p.season_id = $1 AND p.province = $2`,
      [seasonId, province],
    );
    if (!state || state.cut >= state.eligible) return null;
    // Checked again under the lock: another process may have just sent this wave.
    if (how.checkDue && new Date(state.since).getTime() + state.days * 86_400_000 > how.now.getTime()) return null;
    const [{ free }] = (await rows<{ free: number }>(
      manager,
      `SELECT COALESCE(sum(GREATEST(c.capacity - (SELECT count(*) FROM hajj_registration r WHERE r.caravan_id = c.id AND ${HOLDS_A_SEAT}), 0)), 0)::int AS free
         FROM hajj_caravan c WHERE c.season_id = $1 AND c.province = $2 AND c.status = 'ACTIVE'`,
      [seasonId, province],
    )) as [{ free: number }];
    if (free <= 0) return null;
    const [{ waiting }] = (await rows<{ waiting: number }>(
      manager,
      `SELECT count(*)::int AS waiting FROM hajj_deposit_receipt
        WHERE province = $1 AND kind = 'DEPOSIT_10M' AND successor_id IS NULL AND deposit_date > $2::date AND deposit_date <= $3::date`,
      [province, state.cut, state.eligible],
    )) as [{ waiting: number }];
    if (waiting === 0) return null;
    // The free-th next eligible 10M receipt (earliest deposits first) sets the new cut-off; fewer
    // waiting than seats: everyone eligible is invited.
    const [next] = await rows<{ deposit_date: string }>(
      manager,
      `SELECT deposit_date::text AS deposit_date FROM hajj_deposit_receipt
        WHERE province = $1 AND kind = 'DEPOSIT_10M' AND successor_id IS NULL
          AND deposit_date > $2::date AND deposit_date <= $3::date
        ORDER BY deposit_date OFFSET $4 LIMIT 1`,
      [province, state.cut, state.eligible, free - 1],
    );
    const newCutoff = next?.deposit_date ?? state.eligible;
    const [{ invited }] = (await rows<{ invited: number }>(
      manager,
      `SELECT count(*)::int AS invited FROM hajj_deposit_receipt
        WHERE province = $1 AND kind = 'DEPOSIT_10M' AND successor_id IS NULL AND deposit_date > $2::date AND deposit_date <= $3::date`,
      [province, state.cut, newCutoff],
    )) as [{ invited: number }];
    await manager.query(`UPDATE hajj_province SET invited_deposits_until = $3, last_wave_at = $4 WHERE season_id = $1 AND province = $2`, [
      seasonId,
      province,
      newCutoff,
      how.now.toISOString(),
    ]);
    return manager.save(HajjInvitationWave, {
      seasonId,
      province,
      previousCutoff: state.cut,
      newCutoff,
      freeSeats: free,
      invitedReceipts: invited,
      source: how.source,
      actorUserId: how.actorUserId,
    });
  }
}
