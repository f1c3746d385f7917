import { In, type DataSource } from 'typeorm';
import { maskNationalId } from '@pishkhan/national-id';
import { toPersianDigits } from '@pishkhan/fa-format';
import type { AuditDirectory } from '../../platform/audit/audit-directory';
import { isUuid } from '../../platform/graphql/id-arg';
import { RegistrationRequest } from './registration-request.entity';
import { UserAccount } from './user-account.entity';

/**
 * What the accounts context tells the audit log: who each user is (name and masked national ID),
 * which users a national ID is (a search by or about a person), and registration requests in words.
 */
export function registerAccountsAuditDirectory(directory: AuditDirectory, dataSource: DataSource): void {
  const users = dataSource.getRepository(UserAccount);
  directory.registerPeople({
    describe: async (userIds) => {
      const found = await users.find({
        where: { id: In(userIds.filter(isUuid)) },
        select: { id: true, firstName: true, lastName: true, nationalId: true },
      });
      return new Map(
        found.map((user) => [user.id, { name: `${user.firstName} ${user.lastName}`, nationalIdMasked: maskNationalId(user.nationalId) }]),
      );
    },
    userIdsOf: async (nationalId) => (await users.find({ where: { nationalId }, select: { id: true } })).map((user) => user.id),
  });
  directory.registerTarget({
    targetType: 'registration_request',
    mutations: ['approveRegistrationRequest', 'rejectRegistrationRequest'],
    // Recorded by id, or by tracking code when it was submitted.
    describe: async (keys) => {
      const ids = keys.filter(isUuid);
      const codes = keys.filter((key) => /^\d{6,20}$/.test(key));
      const requests = await dataSource.getRepository(RegistrationRequest).find({
        where: [...(ids.length > 0 ? [{ id: In(ids) }] : []), ...(codes.length > 0 ? [{ trackingCode: In(codes) }] : [])],
        select: { id: true, trackingCode: true, firstName: true, lastName: true },
      });
      const words = new Map<string, string>();
      for (const request of requests) {
        const text = `درخواست ایجاد کاربری ${request.firstName} ${request.lastName} (کد رهگیری ${toPersianDigits(request.trackingCode)})`;
        words.set(request.id, text);
        words.set(request.trackingCode, text);
      }
      return words;
    },
  });
}
