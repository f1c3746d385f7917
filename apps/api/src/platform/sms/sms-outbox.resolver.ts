import { Arg, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/access';
import { DomainError } from '../errors/domain-error';
import { SmsMessage } from './sms-message.entity';
import type { SmsGateway } from './sms-gateway';

@ObjectType('SmsOutboxMessage', { description: 'A message the embedded SMS gateway "sent" (development and tests)' })
export class SmsOutboxMessageView {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  @Field()
  text!: string;

  @Field()
  purpose!: string;

  @Field()
  createdAt!: Date;
}

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

@Resolver()
export class SmsOutboxResolver {
  constructor(private readonly outbox: SmsOutboxReader) {}

  // Public on purpose, and only with the embedded gateway (never in production): a person trying the
  // product reads here the OTP or password that was "sent" to him, before he can sign in.
  @Public()
  @Query(() => [SmsOutboxMessageView], { description: 'Development and tests: the newest messages of the embedded SMS outbox' })
  smsOutbox(
    @Arg('to', () => String, { nullable: true }) to: string | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
  ): Promise<SmsOutboxMessageView[]> {
    return this.outbox.latest(to, Math.min(Math.max(limit, 1), 200));
  }
}

