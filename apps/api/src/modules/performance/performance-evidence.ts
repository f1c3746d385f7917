import type { DataSource, EntityManager } from 'typeorm';
import type { UserPrincipal } from '../../platform/auth/principal';
import type { FileService, FileDescription } from '../../platform/files/file.service';
import type { FileAccessHook } from '../../platform/files/file-access-policy';
import { BadInputError } from '../../platform/errors/domain-error';
import { isUuid } from '../../platform/graphql/id-arg';
import { entryVisibility } from './performance.policy';

export const EVIDENCE_PURPOSE = 'EVIDENCE';

/** Evidence files of performance entries: attached when an entry is saved, downloadable by whoever may see the referral. */
export class PerformanceEvidence {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FileService,
  ) {}

  /** Attaches the files new to the entry (each must be the saver's own upload) and releases the ones dropped. */
  async sync(manager: EntityManager, principalId: string, previous: readonly string[], next: readonly string[]): Promise<void> {
    const added = next.filter((id) => !previous.includes(id));
    const removed = previous.filter((id) => !next.includes(id));
    if (!added.every(isUuid)) throw new BadInputError('input.evidenceFileIds', 'Unknown file');
    if (added.length > 0) {
      const attached = await this.files.attach(
        manager,
        added,
        (file: FileDescription) => file.uploadedBy === principalId && file.purpose === EVIDENCE_PURPOSE,
      );
      if (attached.length !== added.length) throw new BadInputError('input.evidenceFileIds', 'Unknown file');
    }
    if (removed.length > 0) await this.files.release(manager, removed);
  }

  /** The download rule: the file belongs to an entry the person may see (`entryVisibility`: its referral is one he may see). */
  readonly mayDownload: FileAccessHook = async (principal: UserPrincipal, file: FileDescription) => {
    const scope = entryVisibility(principal, 'e');
    return this.dataSource
      .createQueryBuilder()
      .select('1')
      .from('performance_entry', 'e')
      .where(':fileId = ANY(e.evidence_file_ids)', { fileId: file.id })
      .andWhere(scope.sql, scope.params)
      .getExists();
  };
}
