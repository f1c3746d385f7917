import type { DataSource } from 'typeorm';
import { checkNationalId } from '@pishkhan/national-id';
import type { AuditLog } from '../../../platform/audit/audit-log';
import { AuditOutcome } from '../../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../../platform/graphql/context';
import { BadInputError, NotFoundError } from '../../../platform/errors/domain-error';
import { SubsidyPilot } from './subsidy-pilot.entity';
import { SubsidyServiceRequest, type SubsidyService } from './subsidy-service-request.entity';
import { PilotRedirectError } from '../households.errors';
import type { SubsidyPilotInput } from './pilot.inputs';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/**
 * The welfare system's subsidy-affairs channel (seed 001 rules 1, 3, 4): an applicant whose own
 * national ID starts with a prefix of an active pilot, from its start, is refused with the exact
 * message and sent to the household portal; anyone else's request is recorded. The pilot itself
 * is data an administrator changes.
 */
export class PilotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async request(ctx: Ctx, nationalIdInput: string, service: SubsidyService): Promise<SubsidyServiceRequest> {
    const checked = checkNationalId(nationalIdInput);
    if (!checked.valid) throw new BadInputError('nationalId', 'The national ID is not valid');
    const nationalId = checked.normalized;
    const pilot = await this.dataSource
      .getRepository(SubsidyPilot)
      .createQueryBuilder('p')
      .where('p.active AND p.starts_at <= now() AND :prefix = ANY(p.prefixes)', { prefix: nationalId.slice(0, 3) })
      .orderBy('p.starts_at', 'ASC')
      .getOne();
    if (pilot) {
      await this.audit.record(ctx, {
        action: 'households.subsidy.request',
        outcome: AuditOutcome.DENIED,
        code: 'PILOT_REDIRECT',
        subjectNationalId: nationalId,
        details: { service },
      });
      throw new PilotRedirectError(pilot.refusalMessage, pilot.refusalCode, pilot.portalUrl);
    }
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(SubsidyServiceRequest, { nationalId, service, recordedBy: ctx.principal?.id ?? 'anonymous' });
      await this.audit.record(
        ctx,
        {
          action: 'households.subsidy.request',
          outcome: AuditOutcome.SUCCESS,
          subjectNationalId: nationalId,
          targetType: 'subsidy_service_request',
          targetId: saved.id,
        },
        manager,
      );
      return saved;
    });
  }

  pilots(): Promise<SubsidyPilot[]> {
    return this.dataSource.getRepository(SubsidyPilot).find({ order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** Changes the pilot's start, prefixes (each once), refusal text, portal and whether it is active. */
  async update(id: string, input: SubsidyPilotInput): Promise<SubsidyPilot> {
    const repository = this.dataSource.getRepository(SubsidyPilot);
    if (!(await repository.existsBy({ id }))) throw new NotFoundError('The pilot');
    await repository.update({ id }, { ...input, prefixes: [...new Set(input.prefixes)] });
    return repository.findOneByOrFail({ id });
  }
}
