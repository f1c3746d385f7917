import type { DataSource } from 'typeorm';
import { SmsMessage } from './sms-message.entity';
import type { DevSmsTools } from './dev-sms-tools';

/** The newest messages of the embedded gateway's outbox; refused with any real gateway, limited per IP. */
export class SmsOutboxReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tools: DevSmsTools,
  ) {}

  async latest(ip: string, to: string | null, limit: number): Promise<SmsMessage[]> {
    await this.tools.enter(ip);
    return this.dataSource
      .getRepository(SmsMessage)
      .find({ where: to ? { to } : {}, order: { createdAt: 'DESC', id: 'ASC' }, take: limit });
  }
}
