import { createHmac, randomBytes } from 'node:crypto';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { JobQueue } from '../../../platform/jobs/job-queue';
import { Job, JobStatus } from '../../../platform/jobs/job.entity';
import { ApiClient } from '../../api-clients';
import { BadInputError, NotFoundError } from '../../../platform/errors/domain-error';
import type { Principal } from '../../../platform/auth/principal';
import { webhookSubscriber } from '../households.policy';
import { HouseholdChangeEvent } from '../inquiry/household-change-event.entity';
import { WebhookDelivery, WebhookSubscription } from './webhook.entity';

export const WEBHOOK_JOB = 'households.webhook';
const TIMEOUT_MS = 5000;

const jobKey = (subscriptionId: string, eventId: string) => `${WEBHOOK_JOB}:${subscriptionId}:${eventId}`;

/** Active subscriptions of active clients: a deactivated client is sent nothing. */
const deliverable = (query: SelectQueryBuilder<WebhookSubscription>) => query.innerJoin(ApiClient, 'c', 'c.id = s.client_id AND c.active').andWhere('s.active');

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly production: boolean,
  ) {
    jobs.register(WEBHOOK_JOB, async (payload, job) => this.deliver(String(payload.subscriptionId), String(payload.eventId), job.attempts));
  }

  /** Subscribes the calling API client (nobody else may) to every change event, at `url`. */
  async subscribe(principal: Principal | null, url: string): Promise<{ subscription: WebhookSubscription; secret: string }> {
    const client = webhookSubscriber(principal);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new BadInputError('url', 'Not a URL');
    }
    if (parsed.protocol !== 'https:' && (this.production || parsed.protocol !== 'http:')) throw new BadInputError('url', 'Webhook URLs must be https');
    const secret = randomBytes(32).toString('base64url');
    const subscription = await this.dataSource.getRepository(WebhookSubscription).save({ clientId: client.id, url: parsed.toString(), secret, active: true });
    return { subscription, secret };
  }

  /** Queues a delivery of the event to every active subscription of an active client, inside the event's transaction. */
  async fanOut(manager: EntityManager, eventId: string): Promise<void> {
    const subscriptions = await deliverable(manager.createQueryBuilder(WebhookSubscription, 's')).getMany();
    for (const s of subscriptions) await this.jobs.enqueue(WEBHOOK_JOB, { subscriptionId: s.id, eventId }, { dedupeKey: jobKey(s.id, eventId), maxAttempts: 10 }, manager);
  }

  /** Attempts, newest first; the queue's jobs say, in one more query, when a failed one is tried next. */
  async deliveries(subscriptionId: string | null, limit: number): Promise<DeliveryAttempt[]> {
    const attempts = await this.dataSource.getRepository(WebhookDelivery).find({ where: subscriptionId ? { subscriptionId } : {}, order: { id: 'DESC' }, take: limit });
    const failed = [...new Set(attempts.filter((a) => !a.delivered).map((a) => jobKey(a.subscriptionId, a.eventId)))];
    const pending = failed.length === 0 ? [] : await this.dataSource.getRepository(Job).find({ select: { dedupeKey: true, runAt: true, attempts: true }, where: { dedupeKey: In(failed), status: JobStatus.PENDING } });
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

  private async deliver(subscriptionId: string, eventId: string, attempt: number): Promise<void> {
    // Unsubscribed, or its client deactivated since the event: nothing more is sent.
    const subscription = await deliverable(this.dataSource.getRepository(WebhookSubscription).createQueryBuilder('s').where('s.id = :subscriptionId', { subscriptionId })).getOne();
    if (!subscription) return;
    const event = await this.dataSource.getRepository(HouseholdChangeEvent).findOneBy({ id: eventId });
    if (!event) throw new NotFoundError('The change event');
    const body = JSON.stringify({ id: event.id, type: event.type, source: event.source, occurredAt: event.occurredOn, recordedAt: event.recordedAt.toISOString(), householdIds: event.householdIds, nationalIds: event.nationalIds });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(subscription.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-pishkhan-timestamp': timestamp,
          'x-pishkhan-signature': signature(subscription.secret, timestamp, body),
          'idempotency-key': `${subscription.id}:${event.id}`,
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'manual',
      });
      statusCode = response.status;
      await response.body?.cancel();
      if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
    } catch (failure) {
      error = (failure as Error).name === 'TimeoutError' ? 'timed out' : 'could not connect';
    }
    await this.dataSource.getRepository(WebhookDelivery).insert({ subscriptionId, eventId, attempt, delivered: error === null, statusCode, error, durationMs: Date.now() - started });
    if (error) throw new Error(error);
  }
}
