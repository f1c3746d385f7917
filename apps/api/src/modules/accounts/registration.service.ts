import type { DataSource, EntityManager } from 'typeorm';
import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import type { CivilRegistry, Shahkar } from '../../platform/registry/civil-registry';
import type { SmsGateway } from '../../platform/sms/sms-gateway';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import type { RequestContext } from '../../platform/graphql/context';
import type { UserPrincipal } from '../../platform/auth/principal';
import { DomainError, NotFoundError } from '../../platform/errors/domain-error';
import { RateLimitedError, type RateLimiter } from '../../platform/rate-limit/rate-limiter';
import { OrganisationUnit } from '../organisations';
import { RegistrationRequest, RegistrationStatus } from './registration-request.entity';
import { RoleAssignment } from './role-assignment.entity';
import { UserAccount, UserStatus } from './user-account.entity';
import type { CaptchaService } from './captcha.service';
import type { RegistrationFilter, RegistrationInput } from './accounts.inputs';
import { hashPassword } from './password-hasher';
import { approverRoleCondition, registrationVisibility } from './accounts.policy';
import { newTemporaryPassword, newTrackingCode, sha256 } from './secrets';
import {
  AlreadyRegisteredError,
  ApproverNotFoundError,
  RegistrationDetailsNotVerifiedError,
  NationalIdInvalidError,
  OrganisationTooBroadError,
  RegistrationPendingError,
  RequestAlreadyDecidedError,
} from './accounts.errors';

type Ctx = Pick<RequestContext, 'ip' | 'requestId' | 'principal'>;

/** Registration requests allowed per IP and per national ID per hour (config `auth.registrationLimits`). */
export interface RegistrationLimits {
  perIpPerHour: number;
  perNationalIdPerHour: number;
}

/**
 * Registration requests (seed 002 rule 2) and their approval (rule 3). A request is counted per IP
 * and per national ID before anything is checked (RATE_LIMITED past either limit). A check that
 * fails refuses with its code, records no request and is audited. The civil registry and Shahkar
 * answer as one: a wrong birth date and a mobile that is not the person's both get
 * REGISTRATION_DETAILS_NOT_VERIFIED, so the form tells nobody which of a stranger's details he
 * guessed right. Approval activates the user and role and makes him the approver's subordinate.
 */
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly captcha: CaptchaService,
    private readonly registry: CivilRegistry,
    private readonly shahkar: Shahkar,
    private readonly sms: SmsGateway,
    private readonly audit: AuditLog,
    private readonly limiter: RateLimiter,
    private readonly limits: RegistrationLimits,
  ) {}

  async submit(ctx: Ctx, input: RegistrationInput): Promise<{ trackingCode: string }> {
    const checked = checkNationalId(input.nationalId);
    const nationalId = checked.normalized ?? input.nationalId.trim().slice(0, 32);
    try {
      await this.limiter.hit([
        { key: `registration:ip:${ctx.ip}`, max: this.limits.perIpPerHour, windowSeconds: 3600 },
        { key: `registration:nid:${sha256(nationalId).toString('hex')}`, max: this.limits.perNationalIdPerHour, windowSeconds: 3600 },
      ]);
      await this.captcha.verify(input.captchaId, input.captchaAnswer);
      if (!checked.valid) throw new NationalIdInvalidError();
      return await this.recordRequest(ctx, input, nationalId);
    } catch (error) {
      if (error instanceof DomainError) {
        const outcome = error instanceof RateLimitedError ? AuditOutcome.DENIED : AuditOutcome.FAILURE;
        await this.audit.record(ctx, { action: 'registration.submit', outcome, code: error.code, subjectNationalId: nationalId });
      }
      throw error;
    }
  }

  /** The checks past the limits and the captcha, then the request and the approver's SMS. */
  private async recordRequest(ctx: Ctx, input: RegistrationInput, nationalId: string): Promise<{ trackingCode: string }> {
    const mobile = toLatinDigits(input.mobile);
    const approverMobile = toLatinDigits(input.approverMobile);

    const unit = await this.dataSource.getRepository(OrganisationUnit).findOneBy({ id: input.organisationUnitId });
    if (!unit) throw new NotFoundError('The organisation unit');
    if (unit.level < 2) throw new OrganisationTooBroadError();

    // Both services are asked whatever the first answers, and any mismatch is one answer.
    const [person, owned] = await Promise.all([
      this.registry.findPerson(nationalId, input.birthDate),
      this.shahkar.mobileBelongsTo(mobile, nationalId),
    ]);
    if (!person || !person.alive || !owned) throw new RegistrationDetailsNotVerifiedError();

    const approver = await this.approverFor(approverMobile, unit);
    if (!approver) throw new ApproverNotFoundError();

    const trackingCode = newTrackingCode();
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager
        .createQueryBuilder(RoleAssignment, 'r')
        .innerJoin(UserAccount, 'u', 'u.id = r.user_id')
        .where('u.national_id = :nationalId AND r.role = :role AND r.organisation_unit_id = :unitId', {
          nationalId,
          role: input.requestedRole,
          unitId: unit.id,
        })
        .getExists();
      if (existing) throw new AlreadyRegisteredError();
      try {
        await manager.insert(RegistrationRequest, {
          trackingCode,
          nationalId,
          firstName: person.firstName,
          lastName: person.lastName,
          mobile,
          birthDate: input.birthDate,
          officePhone: input.officePhone,
          post: input.post.trim(),
          requestedRole: input.requestedRole,
          organisationUnitId: unit.id,
          approverId: approver.id,
        });
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new RegistrationPendingError();
        throw error;
      }
      await this.sms.send(
        approver.mobile,
        `پیشخوان: درخواست ایجاد کاربری ${person.firstName} ${person.lastName} با کد پیگیری ${trackingCode} منتظر تأیید شماست.`,
        'REGISTRATION_REQUEST',
        manager,
      );
      await this.audit.record(
        ctx,
        {
          action: 'registration.submit',
          outcome: AuditOutcome.SUCCESS,
          subjectNationalId: nationalId,
          targetType: 'registration_request',
          targetId: trackingCode,
        },
        manager,
      );
    });
    return { trackingCode };
  }

  /** The requests that name the caller as approver. */
  async listFor(principal: UserPrincipal, filter: RegistrationFilter): Promise<{ items: RegistrationRequest[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(RegistrationRequest).findAndCount({
      where: { ...registrationVisibility(principal), ...(filter.status ? { status: filter.status } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: filter.offset,
      take: filter.limit,
    });
    return { items, total };
  }

  async approve(ctx: Ctx, principal: UserPrincipal, id: string): Promise<RegistrationRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockPendingOf(manager, principal, id);
      let user = await manager.findOneBy(UserAccount, { nationalId: request.nationalId });
      let temporary: string | null = null;
      if (!user) {
        temporary = newTemporaryPassword();
        user = await manager.save(UserAccount, {
          nationalId: request.nationalId,
          firstName: request.firstName,
          lastName: request.lastName,
          mobile: request.mobile,
          officePhone: request.officePhone,
          post: request.post,
          status: UserStatus.ACTIVE,
          passwordHash: await hashPassword(temporary),
          mustChangePassword: true,
          passwordChangedAt: new Date(),
          superiorId: principal.id,
        });
      } else {
        await manager.update(UserAccount, { id: user.id }, { status: UserStatus.ACTIVE, superiorId: principal.id });
      }
      await manager.upsert(
        RoleAssignment,
        { userId: user.id, role: request.requestedRole, organisationUnitId: request.organisationUnitId, active: true },
        ['userId', 'role', 'organisationUnitId'],
      );
      await manager.update(RegistrationRequest, { id: request.id }, { status: RegistrationStatus.APPROVED, decidedAt: new Date() });
      const text = temporary
        ? `پیشخوان: حساب کاربری شما تأیید شد. نام کاربری: کد ملی شما؛ گذرواژهٔ موقت: ${temporary}`
        : 'پیشخوان: نقش درخواستی شما تأیید و فعال شد.';
      await this.sms.send(request.mobile, text, 'REGISTRATION_APPROVED', manager);
      await this.audit.record(
        ctx,
        {
          action: 'registration.approve',
          outcome: AuditOutcome.SUCCESS,
          subjectNationalId: request.nationalId,
          targetType: 'registration_request',
          targetId: request.id,
        },
        manager,
      );
      return { ...request, status: RegistrationStatus.APPROVED, decidedAt: new Date() };
    });
  }

  async reject(ctx: Ctx, principal: UserPrincipal, id: string, reason: string): Promise<RegistrationRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.lockPendingOf(manager, principal, id);
      const decidedAt = new Date();
      await manager.update(
        RegistrationRequest,
        { id: request.id },
        { status: RegistrationStatus.REJECTED, decisionReason: reason.trim(), decidedAt },
      );
      await this.sms.send(
        request.mobile,
        `پیشخوان: درخواست ایجاد کاربری شما (کد پیگیری ${request.trackingCode}) رد شد. علت: ${reason.trim()}`,
        'REGISTRATION_REJECTED',
        manager,
      );
      await this.audit.record(
        ctx,
        {
          action: 'registration.reject',
          outcome: AuditOutcome.SUCCESS,
          subjectNationalId: request.nationalId,
          targetType: 'registration_request',
          targetId: request.id,
          details: { reason },
        },
        manager,
      );
      return { ...request, status: RegistrationStatus.REJECTED, decisionReason: reason.trim(), decidedAt };
    });
  }

  private async lockPendingOf(manager: EntityManager, principal: UserPrincipal, id: string): Promise<RegistrationRequest> {
    const request = await manager.findOne(RegistrationRequest, {
      where: { ...registrationVisibility(principal), id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) throw new NotFoundError('The registration request');
    if (request.status !== RegistrationStatus.PENDING) throw new RequestAlreadyDecidedError();
    return request;
  }

  /** An active user with this mobile holding an approving role at the unit or one of its ancestors. */
  private async approverFor(mobile: string, unit: OrganisationUnit): Promise<UserAccount | null> {
    const approving = approverRoleCondition(unit.path, 'r', 'o');
    return this.dataSource
      .createQueryBuilder(UserAccount, 'u')
      .innerJoin(RoleAssignment, 'r', 'r.user_id = u.id AND r.active')
      .innerJoin(OrganisationUnit, 'o', 'o.id = r.organisation_unit_id')
      .where('u.mobile = :mobile AND u.status = :status', { mobile, status: UserStatus.ACTIVE })
      .andWhere(approving.sql, approving.params)
      .getOne();
  }
}
