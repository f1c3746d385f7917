import type { DataSource } from 'typeorm';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context';
import { ChainEventView, chainHistoryLoader } from './chain-history';
import type { PerformanceLoaders } from './performance.loaders';
import { IndicatorView, UserSummary } from './performance.type';

/** `Indicator.history`: the steps of its referral chain that the caller may see, oldest first. */
@Resolver(() => IndicatorView)
export class IndicatorHistoryResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => [ChainEventView], {
    description:
      'The steps of its referral chain the caller may see (referred, saved, finished, returned with the reason, approved), oldest first',
  })
  history(@Root() indicator: IndicatorView, @Ctx() ctx: RequestContext): Promise<ChainEventView[]> {
    return chainHistoryLoader(this.dataSource, ctx).load(indicator.id);
  }
}

/** The people of a chain step, through the context's user loader (and its visibility). */
@Resolver(() => ChainEventView)
export class ChainEventResolver {
  constructor(private readonly loaders: PerformanceLoaders) {}

  @FieldResolver(() => UserSummary, { nullable: true, description: 'Who acted' })
  async actor(@Root() event: ChainEventView, @Ctx() ctx: RequestContext): Promise<UserSummary | null> {
    return event.actorId === null ? null : ((await this.loaders.of(ctx).user.load(event.actorId)) ?? null);
  }

  @FieldResolver(() => UserSummary, { nullable: true, description: "The referral's receiver" })
  async assignee(@Root() event: ChainEventView, @Ctx() ctx: RequestContext): Promise<UserSummary | null> {
    return event.assigneeId === null ? null : ((await this.loaders.of(ctx).user.load(event.assigneeId)) ?? null);
  }
}
