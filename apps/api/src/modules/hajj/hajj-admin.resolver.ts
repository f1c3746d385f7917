import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { RequirePermission } from '../../platform/auth/access';
import { Permission } from '../../platform/auth/permissions';
import { BadInputError } from '../../platform/errors/domain-error';
import type { RequestContext } from '../../platform/graphql/context';
import { IdArg } from '../../platform/graphql/id-arg';
import { HajjCaravanFilter, HajjCaravanInput } from './caravans/caravan-admin.inputs';
import type { CaravanAdminService } from './caravans/caravan-admin.service';
import { HajjCaravanDetailsView } from './caravans/caravan.type';
import { actorOf } from './hajj-staff.resolver';
import { HajjProvinceGroupInput, HajjSeasonSettingsInput } from './season/season-admin.inputs';
import type { SeasonAdminService } from './season/season-admin.service';
import { HajjSeasonView } from './season/season.type';
import type { InvitationWaveService } from './waves/invitation-wave.service';
import { HajjInvitationWaveView, HajjProvinceFillView } from './waves/wave.type';

@ObjectType('HajjCaravanPage')
export class HajjCaravanPage {
  @Field(() => [HajjCaravanDetailsView])
  items!: HajjCaravanDetailsView[];

  @Field(() => Int)
  total!: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_WAVES = 200;

/** The Hajj organisation's season, province schedule, caravans, invitation waves and fill rates. */
@Resolver()
export class HajjAdminResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly seasons: SeasonAdminService,
    private readonly caravans: CaravanAdminService,
    private readonly waves: InvitationWaveService,
  ) {}

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Query(() => [HajjSeasonView], { description: 'Every season (newest first, at most 50) with its groups and provinces' })
  hajjSeasons(): Promise<HajjSeasonView[]> {
    return this.seasons.list();
  }

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Mutation(() => HajjSeasonView, { description: 'Change a season’s settings' })
  hajjUpdateSeason(
    @IdArg('id') id: string,
    @Arg('input', () => HajjSeasonSettingsInput) input: HajjSeasonSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjSeasonView> {
    return this.seasons.update(ctx, id, input);
  }

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Mutation(() => HajjSeasonView, { description: 'Make a season the active one' })
  hajjActivateSeason(@IdArg('id') id: string, @Ctx() ctx: RequestContext): Promise<HajjSeasonView> {
    return this.seasons.activate(ctx, id);
  }

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Mutation(() => HajjSeasonView, { description: 'Rule 7: a province group’s announcement day and admission opening' })
  hajjUpdateProvinceGroup(
    @IdArg('id') id: string,
    @Arg('input', () => HajjProvinceGroupInput) input: HajjProvinceGroupInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjSeasonView> {
    return this.seasons.updateGroup(ctx, id, input);
  }

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Mutation(() => HajjInvitationWaveView, { description: 'Set a province’s invitation cut-off by hand (recorded as a wave)' })
  async hajjSetInvitationCutoff(
    @Arg('province', () => String) province: string,
    @Arg('invitedDepositsUntil', () => String, { description: 'ISO date' }) invitedDepositsUntil: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjInvitationWaveView> {
    if (!ISO_DATE.test(invitedDepositsUntil)) throw new BadInputError('invitedDepositsUntil', 'An ISO date YYYY-MM-DD');
    const actor = await actorOf(this.dataSource, ctx);
    return this.seasons.setCutoff(ctx, actor.userId, province.slice(0, 60), invitedDepositsUntil);
  }

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Mutation(() => HajjInvitationWaveView, {
    nullable: true,
    description: 'Rule 8: invite a province’s next priorities now (null when nobody is left to invite or no seat is free)',
  })
  async hajjInviteNextPriority(
    @Arg('province', () => String) province: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjInvitationWaveView | null> {
    const actor = await actorOf(this.dataSource, ctx);
    return this.waves.inviteNow(ctx, province.slice(0, 60), actor.userId);
  }

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Query(() => [HajjInvitationWaveView], { description: `The active season’s invitation waves, newest first (at most ${MAX_WAVES})` })
  hajjInvitationWaves(
    @Arg('province', () => String, { nullable: true }) province: string | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
  ): Promise<HajjInvitationWaveView[]> {
    if (limit < 1 || limit > MAX_WAVES) throw new BadInputError('limit', `From 1 to ${MAX_WAVES}`);
    return this.seasons.waves(province?.slice(0, 60) ?? null, limit);
  }

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Query(() => [HajjProvinceFillView], { description: 'Seats per province of the active season, counted now' })
  hajjFillRates(): Promise<HajjProvinceFillView[]> {
    return this.seasons.fillRates();
  }

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Query(() => HajjCaravanPage, { description: 'The active season’s caravans, with seats counted now' })
  hajjAdminCaravans(@Arg('filter', () => HajjCaravanFilter) filter: HajjCaravanFilter): Promise<HajjCaravanPage> {
    return this.caravans.list(filter.province ?? null, filter.limit, filter.offset);
  }

  @RequirePermission(Permission.HAJJ_ADMIN)
  @Mutation(() => HajjCaravanDetailsView, { description: 'Create a caravan (no id) or change one; a capacity never below the seats taken' })
  hajjSaveCaravan(
    @Arg('input', () => HajjCaravanInput) input: HajjCaravanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HajjCaravanDetailsView> {
    return this.caravans.save(ctx, { ...input, id: input.id?.toLowerCase() ?? null });
  }
}
