import type { CaptchaVerifier } from '../../../platform/auth/ports';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import type { RateLimiter } from '../../../platform/rate-limit/rate-limiter';
import type { ClusterLimits } from '../../../platform/config/config';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../../platform/graphql/context';
import { tehranToday } from '../../../platform/time/tehran-date';
import { HouseholdMatcher, type MatchRow } from './household-matcher';
import {
  ArmedForcesSeparateError,
  CampaignClosedError,
  CaptchaRequiredError,
  HouseholdNotMatchedError,
  OutsideWindowError,
} from '../households.errors';
import { bandWindowFor, catchUpWindow, describeWindow, isOpen } from './campaign-window';
import { lookupCaller } from '../households.policy';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

export interface ClusterAnswer {
  incomeCluster: number;
  householdSize: number;
}

export interface HouseholdProof {
  headNationalId: string;
  trackingCode: string;
  memberCount: number;
  /** Required after repeated failed matches (CAPTCHA_REQUIRED), of anyone but an assisted-channel operator. */
  captchaId?: string | null;
  captchaAnswer?: string | null;
}

const DEFAULT_LIMITS: ClusterLimits = {
  perIpPerMinute: 30,
  perNationalIdPer10Minutes: 10,
  captchaAfterIpFailures: 20,
  captchaAfterIdFailures: 3,
};

const hashed = (nationalId: string) => createHash('sha256').update(nationalId).digest('hex').slice(0, 32);

/**
 * Seed 000 rules 1, 2 and 7: the head of household learns the income cluster with his national ID,
 * the tracking code and the number of members, inside his household's window. Every mismatch gives
 * one answer, after the same query, so nothing is learnt about which field was wrong.
 */
export class ClusterLookupService {
  private readonly matcher: HouseholdMatcher;

  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditLog,
    private readonly captchas: CaptchaVerifier,
    private readonly limits: ClusterLimits = DEFAULT_LIMITS,
  ) {
    this.matcher = new HouseholdMatcher(dataSource);
  }

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
    // An assisted-channel operator is counted as himself, not as his office's address, and is never
    // asked a captcha; anyone else (signed in or not) is counted by his address.
    const { key: caller, mayBeAskedCaptcha } = lookupCaller(ctx.principal, ctx.ip);
    const idKey = hashed(nationalId);
    const trackingCode = toLatinDigits(input.trackingCode).replace(/[\s-]/g, '');
    // Two statements side by side: one (shared with concurrent lookups) checks and counts this try;
    // the other finds the active campaign's windows and the match, the same single query whatever
    // is wrong with the input. Nothing of the match is used, nor its timing told, before the limits
    // and the captcha have passed.
    const matched = this.matcher.find(checked.valid ? nationalId : '0000000000', trackingCode);
    // Settled here too, so that a refusal below leaves no unhandled rejection behind.
    matched.catch(() => undefined);
    // A solved captcha and a match let this caller go on with this national ID (confirm, object).
    const pass = { key: `cluster:pass:${caller}:${idKey}`, windowSeconds: 600 };
    // The try counts as a failure from the start, in the same statement that reads the failures so
    // far: tries sent together see 1, 2, 3 … and those past a threshold need a captcha, however
    // many arrive at once. A try that turns out not to be a failed match is given back.
    const attempt = await this.limiter.attempt({
      limits: [
        { key: `cluster:${caller}`, max: this.limits.perIpPerMinute, windowSeconds: 60 },
        // Per caller and national ID: strangers' tries on a national ID never spend its head's.
        { key: `cluster:nid:${caller}:${idKey}`, max: this.limits.perNationalIdPer10Minutes, windowSeconds: 600 },
      ],
      failures: [
        { key: `cluster:fail:${caller}`, windowSeconds: 600 },
        { key: `cluster:fail:nid:${idKey}`, windowSeconds: 600 },
      ],
      watched: [pass],
    });
    let failed = false;
    try {
      const [callerFailures, idFailures] = attempt.failures;
      const [passes] = attempt.watched;
      // Past a threshold of failures (this try included) a captcha, never a refusal: a head whose
      // national ID strangers tried still gets in by answering one.
      const watched = callerFailures! > this.limits.captchaAfterIpFailures || idFailures! > this.limits.captchaAfterIdFailures;
      let solved = false;
      if (mayBeAskedCaptcha && watched && passes === 0) {
        if (!input.captchaId || !input.captchaAnswer) throw new CaptchaRequiredError();
        await this.captchas.verify(input.captchaId, input.captchaAnswer);
        solved = true;
      }
      const { windows, match } = await matched;
      if (windows.length === 0) throw new CampaignClosedError();
      if (!match || match.members !== input.memberCount) {
        failed = true;
        await this.audit.record(ctx, {
          action,
          outcome: AuditOutcome.FAILURE,
          code: 'HOUSEHOLD_NOT_MATCHED',
          subjectNationalId: checked.valid ? nationalId : null,
        });
        throw new HouseholdNotMatchedError();
      }
      if (solved) await this.limiter.add([pass]);
      if (match.armed_forces) throw new ArmedForcesSeparateError();
      const today = tehranToday();
      const own = bandWindowFor(windows, match.members);
      const catchUp = catchUpWindow(windows);
      if (!isOpen(own, today) && !isOpen(catchUp, today)) {
        const lastDay = windows.reduce((latest, w) => (w.endDate > latest ? w.endDate : latest), '');
        if (today > lastDay || own === null) throw new CampaignClosedError();
        throw new OutsideWindowError(describeWindow(own), catchUp ? describeWindow(catchUp) : null);
      }
      await this.audit.record(ctx, {
        action,
        outcome: AuditOutcome.SUCCESS,
        subjectNationalId: nationalId,
        targetType: 'household',
        targetId: match.household_id,
      });
      return match;
    } finally {
      // Only a failed match stays counted: a right proof, a refused or unanswered captcha and a
      // closed campaign spend nobody's failures.
      if (!failed) await attempt.release();
    }
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
