import type { DataSource, EntityManager } from 'typeorm';
import type { AuditLog } from '../../platform/audit/audit-log';
import { AuditOutcome } from '../../platform/audit/audit-event.entity';
import { NotFoundError } from '../../platform/errors/domain-error';
import type { RequestContext } from '../../platform/graphql/context';
import { isUuid } from '../../platform/graphql/id-arg';
import { ApiClient } from './api-client.entity';
import type { CreatedClient } from './api-client.service';
import { issueKey } from './api-key';

type Ctx = Pick<RequestContext, 'principal' | 'ip' | 'requestId'>;

/**
 * What a system administrator does to an existing client: deactivate it (its key is refused from
 * the next request on), reactivate it, or replace its key (the old one stops working when the
 * change commits; the new one is returned once). Each change locks the client's row and is
 * audited in the same transaction.
 */
export class ApiClientAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  setActive(ctx: Ctx, id: string, active: boolean): Promise<ApiClient> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.locked(manager, id);
      if (client.active !== active) await manager.update(ApiClient, { id }, { active });
      await this.audit.record(
        ctx,
        {
          action: active ? 'api-clients.reactivate' : 'api-clients.deactivate',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'api_client',
          targetId: id,
          details: { name: client.name, wasActive: client.active },
        },
        manager,
      );
      return { ...client, active };
    });
  }

  rotateKey(ctx: Ctx, id: string): Promise<CreatedClient> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.locked(manager, id);
      const issued = issueKey();
      await manager.update(ApiClient, { id }, { keyPrefix: issued.prefix, keyHash: issued.hash });
      // Prefixes are public (the admin shows them); the key itself is never recorded.
      await this.audit.record(
        ctx,
        {
          action: 'api-clients.rotate-key',
          outcome: AuditOutcome.SUCCESS,
          targetType: 'api_client',
          targetId: id,
          details: { name: client.name, previousPrefix: client.keyPrefix, prefix: issued.prefix },
        },
        manager,
      );
      return { client: { ...client, keyPrefix: issued.prefix, keyHash: issued.hash }, key: issued.key };
    });
  }

  private async locked(manager: EntityManager, id: string): Promise<ApiClient> {
    const client = isUuid(id) ? await manager.findOne(ApiClient, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!client) throw new NotFoundError('The API client');
    return client;
  }
}
