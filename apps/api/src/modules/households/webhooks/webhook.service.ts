import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { JobQueue } from '../../../platform/jobs/job-queue';
import { Job, JobStatus } from '../../../platform/jobs/job.entity';
import { ApiClient } from '../../api-clients';
import { BadInputError, NotFoundError } from '../../../platform/errors/domain-error';
import type { Principal } from '../../../platform/auth/principal';
import { webhookSubscriber } from '../households.policy';
import { WebhookLimitReachedError } from '../households.errors';
import {
  assertAllowedTarget,
  guardedLookup,
  hostOf,
  isForbiddenAddress,
  ForbiddenTargetError,
  systemResolveAll,
  type ResolveAll,
} from './webhook-target';
import { HouseholdChangeEvent } from '../inquiry/household-change-event.entity';
import { WebhookDelivery, WebhookSubscription } from './webhook.entity';

export const WEBHOOK_JOB = 'households.webhook';
const TIMEOUT_MS = 5000;
/** Active subscriptions an API client may hold at once. */
export const MAX_ACTIVE_SUBSCRIPTIONS = 5;

export interface WebhookSettings {
  production: boolean;
  /** `WEBHOOK_ALLOW_PRIVATE_TARGETS`: deliver to private addresses too (development and tests; refused in production). */
  allowPrivateTargets: boolean;
  /** How subscribing resolves a host name (the system resolver unless a test gives its own). */
  resolveAll?: ResolveAll;
}

const jobKey = (subscriptionId: string, eventId: string) => `${WEBHOOK_JOB}:${subscriptionId}:${eventId}`;

/** Active subscriptions of active clients: a deactivated client is sent nothing. */
const deliverable = (query: SelectQueryBuilder<WebhookSubscription>) =>
  query.innerJoin(ApiClient, 'c', 'c.id = s.client_id AND c.active').andWhere('s.active');

/** A delivery attempt and, when it failed and the queue will try again, when it will. */
export type DeliveryAttempt = WebhookDelivery & { nextAttemptAt: Date | null };

/** `sha256=<hex>` of HMAC-SHA256(secret, `<timestamp>.<body>`): what the receiver recomputes. */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Change events pushed to subscribers: each event becomes one queued delivery per active
 * subscription in the same transaction as the event (nothing is lost between them), POSTed with
 * an HMAC-SHA256 signature and an idempotency key, retried with the queue's back-off until a 2xx;
 * every attempt is logged.
 */
export class WebhookService {
  private readonly agents: { http: http.Agent; https: https.Agent };

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly settings: WebhookSettings,
  ) {
    jobs.register(WEBHOOK_JOB, async (payload, job) => this.deliver(String(payload.subscriptionId), String(payload.eventId), job.attempts));
    // The address is checked again where the socket resolves it: a name that resolved to a public
    // address when subscribed and to a private one now (DNS rebinding) is refused at connect time.
    const lookup = guardedLookup({ allowPrivateTargets: settings.allowPrivateTargets });
    this.agents = { http: new http.Agent({ lookup }), https: new https.Agent({ lookup }) };
  }

  /**
   * Subscribes the calling API client (nobody else may) to every change event, at `url`: an https
   * URL (http too outside production) whose host is and resolves to public addresses only. The
   * same URL again is the same subscription (active again, with a new secret); at most
   * `MAX_ACTIVE_SUBSCRIPTIONS` are active per client, counted under the client's lock so that
   * subscriptions sent at once cannot pass it between them.
   */
  async subscribe(principal: Principal | null, url: string): Promise<{ subscription: WebhookSubscription; secret: string }> {
    const client = webhookSubscriber(principal);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new BadInputError('url', 'Not a URL');
    }
    if (parsed.protocol !== 'https:' && (this.settings.production || parsed.protocol !== 'http:'))
      throw new BadInputError('url', 'Webhook URLs must be https');
    if (parsed.username || parsed.password) throw new BadInputError('url', 'Webhook URLs carry no user name or password');
    parsed.hash = '';
    await assertAllowedTarget(parsed, {
      allowPrivateTargets: this.settings.allowPrivateTargets,
      resolveAll: this.settings.resolveAll ?? systemResolveAll,
    });
    const normalized = parsed.toString();
    const secret = randomBytes(32).toString('base64url');
    const subscription = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`webhook-subscriptions:${client.id}`]);
      const repository = manager.getRepository(WebhookSubscription);
      const existing = await repository.findOne({
        where: { clientId: client.id, url: normalized },
        order: { active: 'DESC', createdAt: 'ASC' },
      });
      const active = await repository.countBy({ clientId: client.id, active: true });
      if (!existing?.active && active >= MAX_ACTIVE_SUBSCRIPTIONS) throw new WebhookLimitReachedError(MAX_ACTIVE_SUBSCRIPTIONS);
      if (existing) {
        await repository.update({ id: existing.id }, { secret, active: true });
        return { ...existing, secret, active: true };
      }
      return repository.save({ clientId: client.id, url: normalized, secret, active: true });
    });
    return { subscription, secret };
  }

  /** Ends one of the calling client's subscriptions (another's is NOT_FOUND, as one that does not exist). */
  async unsubscribe(principal: Principal | null, id: string): Promise<WebhookSubscription> {
    const client = webhookSubscriber(principal);
    const repository = this.dataSource.getRepository(WebhookSubscription);
    const subscription = await repository.findOneBy({ id, clientId: client.id });
    if (!subscription) throw new NotFoundError('The webhook subscription');
    await repository.update({ id, clientId: client.id }, { active: false });
    return { ...subscription, active: false };
  }

  /** Queues a delivery of the event to every active subscription of an active client, inside the event's transaction. */
  async fanOut(manager: EntityManager, eventId: string): Promise<void> {
    const subscriptions = await deliverable(manager.createQueryBuilder(WebhookSubscription, 's')).getMany();
    for (const s of subscriptions)
      await this.jobs.enqueue(
        WEBHOOK_JOB,
        { subscriptionId: s.id, eventId },
        { dedupeKey: jobKey(s.id, eventId), maxAttempts: 10 },
        manager,
      );
  }

  /** Attempts, newest first; the queue's jobs say, in one more query, when a failed one is tried next. */
  async deliveries(subscriptionId: string | null, limit: number): Promise<DeliveryAttempt[]> {
    const attempts = await this.dataSource
      .getRepository(WebhookDelivery)
      .find({ where: subscriptionId ? { subscriptionId } : {}, order: { id: 'DESC' }, take: limit });
    const failed = [...new Set(attempts.filter((a) => !a.delivered).map((a) => jobKey(a.subscriptionId, a.eventId)))];
    const pending =
      failed.length === 0
        ? []
        : await this.dataSource.getRepository(Job).find({
            select: { dedupeKey: true, runAt: true, attempts: true },
            where: { dedupeKey: In(failed), status: JobStatus.PENDING },
          });
    const retries = new Map(pending.map((job) => [job.dedupeKey, job]));
    return attempts.map((attempt) => {
      const job = attempt.delivered ? undefined : retries.get(jobKey(attempt.subscriptionId, attempt.eventId));
      // Only the latest attempt of a job waits for a retry; earlier ones were retried already.
      return { ...attempt, nextAttemptAt: job && job.attempts === attempt.attempt ? job.runAt : null };
    });
  }

  subscriptions(): Promise<WebhookSubscription[]> {
    return this.dataSource.getRepository(WebhookSubscription).find({ order: { createdAt: 'DESC' } });
  }

  /** One delivery attempt of an event to a subscription, logged; throws when it failed (the queue retries). */
  async deliver(subscriptionId: string, eventId: string, attempt: number): Promise<void> {
    // Unsubscribed, or its client deactivated since the event: nothing more is sent.
    const subscription = await deliverable(
      this.dataSource.getRepository(WebhookSubscription).createQueryBuilder('s').where('s.id = :subscriptionId', { subscriptionId }),
    ).getOne();
    if (!subscription) return;
    const event = await this.dataSource.getRepository(HouseholdChangeEvent).findOneBy({ id: eventId });
    if (!event) throw new NotFoundError('The change event');
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      source: event.source,
      occurredAt: event.occurredOn,
      recordedAt: event.recordedAt.toISOString(),
      householdIds: event.householdIds,
      nationalIds: event.nationalIds,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await this.post(new URL(subscription.url), body, {
        'content-type': 'application/json',
        'x-pishkhan-timestamp': timestamp,
        'x-pishkhan-signature': signature(subscription.secret, timestamp, body),
        'idempotency-key': `${subscription.id}:${event.id}`,
      });
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (failure) {
      const timedOut =
        (failure as Error).name === 'TimeoutError' || ((failure as Error).cause as Error | undefined)?.name === 'TimeoutError';
      error = failure instanceof ForbiddenTargetError ? 'address not allowed' : timedOut ? 'timed out' : 'could not connect';
    }
    await this.dataSource
      .getRepository(WebhookDelivery)
      .insert({ subscriptionId, eventId, attempt, delivered: error === null, statusCode, error, durationMs: Date.now() - started });
    if (error) throw new Error(error);
  }

  /**
   * POSTs `body` and answers the status code (redirects are not followed). The connection goes
   * through the guarded agents; an address literal, which no lookup sees, is checked here.
   */
  private post(url: URL, body: string, headers: Record<string, string>): Promise<number> {
    const host = hostOf(url);
    if (!this.settings.allowPrivateTargets && isIP(host) && isForbiddenAddress(host)) return Promise.reject(new ForbiddenTargetError(host));
    const secure = url.protocol === 'https:';
    return new Promise<number>((resolve, reject) => {
      const request = (secure ? https : http).request(
        url,
        {
          method: 'POST',
          agent: secure ? this.agents.https : this.agents.http,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          signal: AbortSignal.timeout(TIMEOUT_MS),
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on('error', (error) => reject(error.cause instanceof ForbiddenTargetError ? error.cause : error));
      request.end(body);
    });
  }
}
