import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { SmsMessage } from './sms-message.entity';
import type { SmsGateway } from './sms-gateway';

/** The newest messages of the embedded gateway's outbox; refused with any real gateway. */
export class SmsOutboxReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gateway: SmsGateway,
  ) {}

  async latest(to: string | null, limit: number): Promise<SmsMessage[]> {
    if (!this.gateway.embedded) throw new DomainError('NOT_AVAILABLE', 'The SMS outbox exists only with the embedded SMS gateway');
    return this.dataSource.getRepository(SmsMessage).find({ where: to ? { to } : {}, order: { createdAt: 'DESC', id: 'ASC' }, take: limit });
  }
}
