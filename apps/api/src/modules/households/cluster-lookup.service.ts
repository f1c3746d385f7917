import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter';
import type { ClusterLimits } from '../../platform/config/config';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../platform/graphql/context';
import { tehranToday } from '../../platform/time/tehran-date';
import type { CampaignWindow } from './cluster-campaign.entity';
import { ArmedForcesSeparateError, CampaignClosedError, CaptchaRequiredError, HouseholdNotMatchedError, OutsideWindowError } from './households.errors';
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
  /** Required of a signed-out caller after repeated failed matches (CAPTCHA_REQUIRED). */
  captchaId?: string | null;
  captchaAnswer?: string | null;
}

/** Checks (and uses up) a captcha; throws CAPTCHA_INVALID when the answer is wrong. */
export interface CaptchaVerifier {
  verify(id: string, answer: string): Promise<void>;
}

const DEFAULT_LIMITS: ClusterLimits = { perIpPerMinute: 30, perNationalIdPer10Minutes: 10, captchaAfterIpFailures: 20, captchaAfterIdFailures: 3 };

export interface MatchRow {
  household_id: string;
  income_cluster: number;
  armed_forces: boolean;
  members: number;
}

/**
 * The active campaign's windows (ordered by start) and the household the proof names, if any, in
 * one row: the windows always, the match columns null when nothing matches.
 */
const MATCH_IN_CAMPAIGN_SQL = `
  SELECT w.windows, m.household_id, m.income_cluster, m.armed_forces, m.members
    FROM (SELECT coalesce(json_agg(json_build_object(
                   'id', cw.id, 'campaignId', cw.campaign_id, 'minSize', cw.min_size, 'maxSize', cw.max_size,
                   'catchUp', cw.catch_up, 'startDate', cw.start_date, 'endDate', cw.end_date) ORDER BY cw.start_date), '[]'::json) AS windows
            FROM campaign_window cw JOIN cluster_campaign c ON c.id = cw.campaign_id AND c.active) w
    LEFT JOIN LATERAL (
      SELECT h.id AS household_id, h.income_cluster, h.armed_forces,
             (SELECT count(*)::int FROM household_member mm WHERE mm.household_id = h.id AND mm.left_at IS NULL) AS members
        FROM household h
        JOIN household_member head ON head.household_id = h.id AND head.relation = 'HEAD' AND head.left_at IS NULL
       WHERE head.national_id = $1 AND h.tracking_code = $2 AND h.status = 'ACTIVE') m ON true`;

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
    private readonly captchas: CaptchaVerifier,
    private readonly limits: ClusterLimits = DEFAULT_LIMITS,
  ) {}

  async lookup(ctx: Ctx, input: HouseholdProof): Promise<ClusterAnswer> {
    const match = await this.matchInWindow(ctx, input, 'households.cluster.lookup');
    return { incomeCluster: match.income_cluster, householdSize: match.members };
  }

  /**
   * The household the proof names, once every check passed: rate limits, a captcha after repeated
   * failures, the active campaign, the match (one answer for any mismatch), armed forces, and the
   * household's window on Tehran dates. Confirmations and objections go through the same checks.
   */
  async matchInWindow(ctx: Ctx, input: HouseholdProof, action: string): Promise<MatchRow> {
    const checked = checkNationalId(input.headNationalId);
    const nationalId = checked.normalized ?? input.headNationalId.trim().slice(0, 16);
    // A signed-in operator (assisted channel) is counted as himself, not as his office's address.
    const operator = ctx.principal?.kind === 'user' ? ctx.principal.id : null;
    const caller = operator ? `user:${operator}` : `ip:${ctx.ip}`;
    const failures = [
      { key: `cluster:fail:${caller}`, windowSeconds: 600 },
      { key: `cluster:fail:nid:${hashed(nationalId)}`, windowSeconds: 600 },
    ];
    // A solved captcha lets this caller go on with this national ID (confirm, object) for a while.
    const pass = { key: `cluster:pass:${caller}:${hashed(nationalId)}`, windowSeconds: 600 };
    // One statement (shared with concurrent lookups) counts this try and reads the failures so far.
    const [callerFailures, idFailures, passes] = await this.limiter.hit(
      [
        { key: `cluster:${caller}`, max: this.limits.perIpPerMinute, windowSeconds: 60 },
        { key: `cluster:nid:${hashed(nationalId)}`, max: this.limits.perNationalIdPer10Minutes, windowSeconds: 600 },
      ],
      [...failures, pass],
    );
    const watched = callerFailures! >= this.limits.captchaAfterIpFailures || idFailures! >= this.limits.captchaAfterIdFailures;
    if (!operator && watched && passes === 0) {
      if (!input.captchaId || !input.captchaAnswer) throw new CaptchaRequiredError();
      await this.captchas.verify(input.captchaId, input.captchaAnswer);
      await this.limiter.add([pass]);
    }
    const trackingCode = toLatinDigits(input.trackingCode).replace(/[\s-]/g, '');
    // One round trip: the active campaign's windows and the match. The same single query runs
    // whatever is wrong with the input.
    const [row] = (await this.dataSource.query(MATCH_IN_CAMPAIGN_SQL, [checked.valid ? nationalId : '0000000000', trackingCode])) as Array<
      Partial<MatchRow> & { windows: CampaignWindow[] }
    >;
    const windows = row?.windows ?? [];
    if (windows.length === 0) throw new CampaignClosedError();
    const match = row?.household_id ? (row as MatchRow) : undefined;
    if (!match || match.members !== input.memberCount) {
      await this.limiter.add(failures);
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
}
