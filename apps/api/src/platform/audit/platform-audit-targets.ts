import { In, type DataSource } from 'typeorm';
import { StoredFile } from '../files/stored-file.entity';
import { isUuid } from '../graphql/id-arg';
import type { AuditDirectory } from './audit-directory';

/** What the platform itself records and can name: uploaded files, by their names. */
export function registerPlatformAuditTargets(directory: AuditDirectory, dataSource: DataSource): void {
  directory.registerTarget({
    targetType: 'stored_file',
    describe: async (ids) => {
      const files = await dataSource
        .getRepository(StoredFile)
        .find({ where: { id: In(ids.filter(isUuid)) }, select: { id: true, originalName: true } });
      return new Map(files.map((file) => [file.id, `فایل ${file.originalName}`]));
    },
  });
}
