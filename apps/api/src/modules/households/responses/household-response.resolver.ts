import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, Length, Matches } from 'class-validator';
import type { DataSource } from 'typeorm';
import { Public, RequirePermission } from '../../../platform/auth/access';
import { Permission } from '../../../platform/auth/permissions';
import { Role } from '../../../platform/auth/roles';
import type { RequestContext } from '../../../platform/graphql/context';
import { DomainError, ForbiddenError, NotFoundError } from '../../../platform/errors/domain-error';
import type { SmsGateway } from '../../../platform/sms/sms-gateway';
import { HouseholdResponsePage, HouseholdResponseView, HouseholdProofInput } from './household-response.type';
import { HouseholdChangeView } from '../inquiry/household-inquiry.type';
import { HouseholdResponseService } from './household-response.service';
import { HouseholdResponse, ObjectionBody, ObjectionStatus, ResponseKind } from './household-response.entity';
import { HouseholdChangeEvent } from '../inquiry/household-change-event.entity';
import { SubsidyPilot } from '../pilot/subsidy-pilot.entity';
import { ClusterLookupService } from '../cluster-lookup/cluster-lookup.service';
import { replyToSms } from '../cluster-lookup/sms-lookup';

@ObjectType('SubsidyPilot', { description: 'The household-structure pilot: all data' })
export class SubsidyPilotView {
  @Field(() => ID)
  id!: string;

  @Field()
  province!: string;

  @Field()
  startsAt!: Date;

  @Field(() => [String])
  prefixes!: string[];

  @Field()
  refusalCode!: string;

  @Field()
  refusalMessage!: string;

  @Field()
  portalUrl!: string;

  @Field()
  active!: boolean;
}

@InputType()
export class SubsidyPilotInput {
  @Field({ description: 'ISO instant, e.g. 2024-07-10T00:00:00+03:30' })
  startsAt!: Date;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(/^\d{3}$/, { each: true })
  prefixes!: string[];

  @Field()
  @Length(5, 300)
  refusalMessage!: string;

  @Field()
  @Matches(/^https:\/\/\S+$/)
  portalUrl!: string;

  @Field()
  @IsBoolean()
  active!: boolean;
}

@ObjectType({ description: 'What the SMS gateway would send back' })
export class SmsSimulation {
  @Field()
  reply!: string;
}

const toView = (e: HouseholdChangeEvent): HouseholdChangeView => ({ id: e.id, type: e.type, source: e.source, occurredAt: e.occurredOn, recordedAt: e.recordedAt, householdIds: e.householdIds, nationalIds: e.nationalIds });

@Resolver()
export class HouseholdAdminResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly responses: HouseholdResponseService,
    private readonly clusters: ClusterLookupService,
    private readonly sms: SmsGateway,
  ) {}

  // Public on purpose: the head of household confirms on the web (same checks as the lookup).
  @Public()
  @Mutation(() => HouseholdResponseView, { description: "Confirm the household's information (web, or an assisted-channel operator with his office code)" })
  confirmHousehold(@Arg('input', () => HouseholdProofInput) input: HouseholdProofInput, @Ctx() ctx: RequestContext): Promise<HouseholdResponseView> {
    return this.responses.respond(ctx, input, ResponseKind.CONFIRMATION, { officeCode: input.officeCode });
  }

  // Public on purpose: the head of household objects on the web (same checks as the lookup).
  @Public()
  @Mutation(() => HouseholdResponseView, { description: 'Object to the cluster; routed to the body that answers it' })
  fileClusterObjection(
    @Arg('input', () => HouseholdProofInput) input: HouseholdProofInput,
    @Arg('body', () => ObjectionBody) body: ObjectionBody,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdResponseView> {
    return this.responses.respond(ctx, input, ResponseKind.OBJECTION, { officeCode: input.officeCode, body, reason: reason.slice(0, 2000) });
  }

  @RequirePermission(Permission.HOUSEHOLD_OBJECTIONS)
  @Query(() => HouseholdResponsePage, { description: 'The objection queue of one body, oldest first' })
  clusterObjections(
    @Arg('body', () => ObjectionBody) body: ObjectionBody,
    @Arg('status', () => ObjectionStatus, { nullable: true }) status: ObjectionStatus | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdResponsePage> {
    this.assertBody(ctx, body);
    return this.responses.queue(body, status ?? undefined, Math.max(0, offset), Math.min(Math.max(1, limit), 100));
  }

  @RequirePermission(Permission.HOUSEHOLD_OBJECTIONS)
  @Mutation(() => HouseholdResponseView, { description: 'Accept or reject an objection, with the resolution' })
  async resolveClusterObjection(
    @Arg('id', () => ID) id: string,
    @Arg('accepted', () => Boolean) accepted: boolean,
    @Arg('resolution', () => String) resolution: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdResponseView> {
    const objection = await this.dataSource.getRepository(HouseholdResponse).findOneBy({ id });
    if (!objection) throw new NotFoundError('The objection');
    this.assertBody(ctx, objection.body ?? ObjectionBody.CIVIL_REGISTRY);
    return this.responses.resolve(ctx, id, accepted, resolution.slice(0, 2000), ctx.principal!.id);
  }

  @RequirePermission(Permission.HOUSEHOLD_READ)
  @Query(() => [HouseholdChangeView], { description: "A household's timeline: the change events that touched it, oldest first" })
  async householdTimeline(@Arg('householdId', () => ID) householdId: string): Promise<HouseholdChangeView[]> {
    const events = await this.dataSource.getRepository(HouseholdChangeEvent).createQueryBuilder('e').where(':id = ANY(e.household_ids)', { id: householdId }).orderBy('e.id', 'ASC').limit(500).getMany();
    return events.map(toView);
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Query(() => [SubsidyPilotView])
  subsidyPilots(): Promise<SubsidyPilotView[]> {
    return this.dataSource.getRepository(SubsidyPilot).find({ order: { startsAt: 'ASC', id: 'ASC' } });
  }

  @RequirePermission(Permission.SYSTEM_ADMIN)
  @Mutation(() => SubsidyPilotView, { description: 'Change the pilot: start, prefixes, refusal text, portal, active' })
  async updateSubsidyPilot(@Arg('id', () => ID) id: string, @Arg('input', () => SubsidyPilotInput) input: SubsidyPilotInput): Promise<SubsidyPilotView> {
    const repository = this.dataSource.getRepository(SubsidyPilot);
    if (!(await repository.existsBy({ id }))) throw new NotFoundError('The pilot');
    await repository.update({ id }, { ...input, prefixes: [...new Set(input.prefixes)] });
    return repository.findOneByOrFail({ id });
  }

  // Public on purpose, and only with the embedded SMS gateway (never in production): the SMS
  // simulator page types a text as a phone would and shows the reply.
  @Public()
  @Mutation(() => SmsSimulation, { description: 'Development and tests: answer a text as the short number 300000 would' })
  async simulateInboundSms(@Arg('from', () => String) from: string, @Arg('text', () => String) text: string): Promise<SmsSimulation> {
    if (!this.sms.embedded) throw new DomainError('NOT_AVAILABLE', 'The SMS simulator exists only with the embedded SMS gateway');
    if (!/^09\d{9}$/.test(from)) throw new DomainError('BAD_USER_INPUT', 'from must be 09xxxxxxxxx');
    const { reply, purpose } = await replyToSms(text.slice(0, 1000), (nationalId) => this.clusters.clusterOfHead(nationalId));
    await this.sms.send(from, reply, purpose);
    return { reply };
  }

  private assertBody(ctx: RequestContext, body: ObjectionBody): void {
    const principal = ctx.principal;
    if (principal?.kind === 'user' && principal.role === Role.CIVIL_REGISTRY_OPERATOR && body !== ObjectionBody.CIVIL_REGISTRY) throw new ForbiddenError('The civil registry answers only its own objections');
  }
}
