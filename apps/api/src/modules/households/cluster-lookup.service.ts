import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../platform/graphql/context';
import { tehranToday } from '../performance/referral.service';
import { CampaignWindow, ClusterCampaign } from './cluster-campaign.entity';
import { ArmedForcesSeparateError, CampaignClosedError, HouseholdNotMatchedError, OutsideWindowError } from './households.errors';
import { bandWindowFor, catchUpWindow, describeWindow, isOpen } from './campaign-window';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

export interface ClusterAnswer {
  incomeCluster: number;
  householdSize: number;
}

export interface HouseholdProof {
  headNationalId: string;
  trackingCode: string;
  memberCount: number;
}

export interface MatchRow {
  household_id: string;
  income_cluster: number;
  armed_forces: boolean;
  members: number;
}

const hashed = (nationalId: string) => createHash('sha256').update(nationalId).digest('hex').slice(0, 32);

/**
 * Seed 000 rules 1, 2 and 7: the head of household learns the income cluster with his national ID,
 * the tracking code and the number of members, inside his household's window. Every mismatch gives
 * one answer, after the same query, so nothing is learnt about which field was wrong.
 */
export class ClusterLookupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditLog,
    private readonly limits: { perIpPerMinute: number; perNationalIdPer10Minutes: number } = { perIpPerMinute: 30, perNationalIdPer10Minutes: 10 },
  ) {}

  async lookup(ctx: Ctx, input: HouseholdProof): Promise<ClusterAnswer> {
    const match = await this.matchInWindow(ctx, input, 'households.cluster.lookup');
    return { incomeCluster: match.income_cluster, householdSize: match.members };
  }

  /**
   * The household the proof names, once every check passed: rate limits, the active campaign, the
   * match (one answer for any mismatch), armed forces, and the household's window on Tehran dates.
   * Confirmations and objections go through the same checks.
   */
  async matchInWindow(ctx: Ctx, input: HouseholdProof, action: string): Promise<MatchRow> {
    const checked = checkNationalId(input.headNationalId);
    const nationalId = checked.normalized ?? input.headNationalId.trim().slice(0, 16);
    await this.limiter.hit([
      { key: `cluster:ip:${ctx.ip}`, max: this.limits.perIpPerMinute, windowSeconds: 60 },
      { key: `cluster:nid:${hashed(nationalId)}`, max: this.limits.perNationalIdPer10Minutes, windowSeconds: 600 },
    ]);
    const windows = await this.activeWindows();
    const trackingCode = toLatinDigits(input.trackingCode).replace(/[\s-]/g, '');
    // The same single query runs whatever is wrong with the input.
    const [match] = (await this.dataSource.query(
      `SELECT h.id AS household_id, h.income_cluster, h.armed_forces,
              (SELECT count(*)::int FROM household_member m WHERE m.household_id = h.id AND m.left_at IS NULL) AS members
         FROM household h
         JOIN household_member head ON head.household_id = h.id AND head.relation = 'HEAD' AND head.left_at IS NULL
        WHERE head.national_id = $1 AND h.tracking_code = $2 AND h.status = 'ACTIVE'`,
      [checked.valid ? nationalId : '0000000000', trackingCode],
    )) as MatchRow[];
    if (!match || match.members !== input.memberCount) {
      await this.audit.record(ctx, { action, outcome: AuditOutcome.FAILURE, code: 'HOUSEHOLD_NOT_MATCHED', subjectNationalId: checked.valid ? nationalId : null });
      throw new HouseholdNotMatchedError();
    }
    if (match.armed_forces) throw new ArmedForcesSeparateError();
    const today = tehranToday();
    const own = bandWindowFor(windows, match.members);
    const catchUp = catchUpWindow(windows);
    if (!isOpen(own, today) && !isOpen(catchUp, today)) {
      const lastDay = windows.reduce((latest, w) => (w.endDate > latest ? w.endDate : latest), '');
      if (today > lastDay || own === null) throw new CampaignClosedError();
      throw new OutsideWindowError(describeWindow(own), catchUp ? describeWindow(catchUp) : null);
    }
    await this.audit.record(ctx, { action, outcome: AuditOutcome.SUCCESS, subjectNationalId: nationalId, targetType: 'household', targetId: match.household_id });
    return match;
  }

  /** The cluster of the household a national ID heads, for the SMS channel (nothing else). */
  async clusterOfHead(nationalId: string): Promise<number | null> {
    const [row] = (await this.dataSource.query(
      `SELECT h.income_cluster FROM household h JOIN household_member m ON m.household_id = h.id
        WHERE m.national_id = $1 AND m.relation = 'HEAD' AND m.left_at IS NULL AND h.status = 'ACTIVE' AND NOT h.armed_forces`,
      [nationalId],
    )) as Array<{ income_cluster: number }>;
    return row?.income_cluster ?? null;
  }

  /** The active campaign's windows, in one query; none means no campaign is open. */
  private async activeWindows(): Promise<CampaignWindow[]> {
    const windows = await this.dataSource
      .getRepository(CampaignWindow)
      .createQueryBuilder('w')
      .innerJoin(ClusterCampaign, 'c', 'c.id = w.campaign_id AND c.active')
      .orderBy('w.start_date', 'ASC')
      .getMany();
    if (windows.length === 0) throw new CampaignClosedError();
    return windows;
  }
}
