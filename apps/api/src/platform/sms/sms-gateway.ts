import type { DataSource, EntityManager } from 'typeorm';
import { postJson } from '../outside/outside-service';
import { SmsMessage } from './sms-message.entity';

export interface SmsGateway {
  /** True for the development outbox, whose messages anyone may read on the outbox page. */
  readonly embedded: boolean;
  /**
   * Sends one message. With `manager`, the embedded outbox writes inside the caller's transaction,
   * so a message is "sent" only when the change that sends it commits.
   */
  send(to: string, text: string, purpose: string, manager?: EntityManager): Promise<void>;
}

/** Development and tests: messages are stored in the `sms_outbox` table. */
export class EmbeddedSmsGateway implements SmsGateway {
  readonly embedded = true;
  constructor(private readonly dataSource: DataSource) {}

  async send(to: string, text: string, purpose: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).insert(SmsMessage, { to, text, purpose });
  }
}

/**
 * Production: the operator's SMS web service. `POST {url}` with `{ to, text, from }` and
 * `Authorization: Bearer {key}`; any 2xx is success.
 */
export class HttpSmsGateway implements SmsGateway {
  readonly embedded = false;
  constructor(private readonly options: { url: string; apiKey: string; sender: string; timeoutMs: number }) {}

  async send(to: string, text: string): Promise<void> {
    await postJson(
      'sms-gateway',
      this.options.url,
      { to, text, from: this.options.sender },
      {
        timeoutMs: this.options.timeoutMs,
        headers: { authorization: `Bearer ${this.options.apiKey}` },
      },
    );
  }
}
