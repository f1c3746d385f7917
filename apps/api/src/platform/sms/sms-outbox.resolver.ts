import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../auth/access';
import type { RequestContext } from '../graphql/context';
import type { SmsOutboxReader } from './sms-outbox.service';
import { SmsOutboxArgs } from './sms-outbox.inputs';
import { SmsOutboxMessageView } from './sms-outbox.type';

@Resolver()
export class SmsOutboxResolver {
  constructor(private readonly outbox: SmsOutboxReader) {}

  // Public on purpose, and only with the embedded gateway (never in production): a person trying the
  // product reads here the OTP or password that was "sent" to him, before he can sign in. Limited per IP.
  @Public()
  @Query(() => [SmsOutboxMessageView], { description: 'Development and tests: the newest messages of the embedded SMS outbox' })
  smsOutbox(@Args(() => SmsOutboxArgs) { to, limit }: SmsOutboxArgs, @Ctx() ctx: RequestContext): Promise<SmsOutboxMessageView[]> {
    return this.outbox.latest(ctx.ip, to ?? null, limit);
  }
}
