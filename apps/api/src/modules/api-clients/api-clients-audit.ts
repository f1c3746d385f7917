import { In, type DataSource } from 'typeorm';
import { API_CLIENT_TARGET, type AuditDirectory } from '../../platform/audit/audit-directory';
import { isUuid } from '../../platform/graphql/id-arg';
import { ApiClient } from './api-client.entity';

/** Other systems in the audit log: a client by its name, whether it is the record changed or the caller. */
export function registerApiClientsAuditTargets(directory: AuditDirectory, dataSource: DataSource): void {
  directory.registerTarget({
    targetType: API_CLIENT_TARGET,
    mutations: ['deactivateApiClient', 'reactivateApiClient'],
    describe: async (ids) =>
      new Map(
        (await dataSource.getRepository(ApiClient).find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, name: true } })).map(
          (c) => [c.id, `سامانهٔ «${c.name}»`],
        ),
      ),
  });
}
