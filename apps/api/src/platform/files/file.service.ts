import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { UserPrincipal } from '../auth/principal';
import { checkEvidence, type FileKind } from './evidence-policy';
import type { FileAccessPolicy } from './file-access-policy';
import type { FileStorage } from './file-storage';
import { FileError } from './files.errors';
import { StoredFile } from './stored-file.entity';
import { RateLimitedError, type RateLimiter } from '../rate-limit/rate-limiter';

/** What files are for; each purpose may have its own download hook. */
export const FilePurpose = {
  /** Evidence of a performance entry (Ma'na). */
  EVIDENCE: 'EVIDENCE',
} as const;

/** A stored file as other modules see it (no storage key). */
export interface FileDescription {
  id: string;
  name: string;
  kind: FileKind;
  contentType: string;
  sizeBytes: number;
  /** SHA-256 of the body, lower-case hex. */
  sha256: string;
  purpose: string;
  uploadedBy: string;
  attached: boolean;
  createdAt: Date;
}

export type DownloadOutcome =
  { outcome: 'missing' } | { outcome: 'denied'; file: FileDescription } | { outcome: 'ok'; file: FileDescription; body: Readable };

export interface FileServiceSettings {
  evidenceMaxBytes: number;
  /** Uploads one person may start per hour. */
  uploadsPerUserPerHour: number;
  /** Bytes of files one person may hold that nothing attached yet (younger than the sweep's age). */
  unattachedMaxBytesPerUser: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Most files one `attach`, `release` or `describe` call takes: a bound, not a business rule. */
export const MAX_FILES_PER_CALL = 1_000;
const SWEEP_BATCH = 500;
const SWEEP_EVERY_MS = 3_600_000;
/** Unattached files older than this are removed by the sweep that uploads trigger. */
export const UNATTACHED_TTL_HOURS = 24;

export function describeFile(row: StoredFile): FileDescription {
  return {
    id: row.id,
    name: row.originalName,
    kind: row.kind,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    purpose: row.purpose,
    uploadedBy: row.uploadedBy,
    attached: row.attached,
    createdAt: row.createdAt,
  };
}

/**
 * Uploaded files for every module: checks and stores evidence, attaches files to a module's
 * records inside the module's transaction, describes them for listings, serves downloads through
 * the access policy, and removes files nothing attached.
 */
export class FileService {
  private lastSweepAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    readonly access: FileAccessPolicy,
    readonly settings: FileServiceSettings,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Counts an upload against the person's hourly rate, before its body is read: past it a
   * `FileError` RATE_LIMITED (429) with `retryAfterSeconds`.
   */
  async countUpload(uploader: UserPrincipal): Promise<void> {
    try {
      await this.limiter.hit([{ key: `upload:user:${uploader.id}`, max: this.settings.uploadsPerUserPerHour, windowSeconds: 3600 }]);
    } catch (error) {
      if (!(error instanceof RateLimitedError)) throw error;
      throw new FileError('RATE_LIMITED', 'Too many uploads this hour; try again later', error.details);
    }
  }

  /**
   * Checks an evidence file (name, size, content) and stores it under a new server-made key,
   * unattached. Throws a `FileError` on refusal, before anything is stored: among them
   * UNATTACHED_BYTES_EXCEEDED when the uploader's unattached files would pass their cap, checked
   * and recorded under the uploader's lock so that uploads sent at once cannot pass it together.
   */
  async storeEvidence(uploader: UserPrincipal, name: string, bytes: Buffer): Promise<FileDescription> {
    const verdict = checkEvidence(name, bytes, this.settings.evidenceMaxBytes);
    if (!verdict.ok) throw FileError.from(verdict);
    const storageKey = randomUUID();
    const max = this.settings.unattachedMaxBytesPerUser;
    // The row first (counted in the cap at once), then the body; a body that cannot be stored takes its row away.
    const row = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`uploads:${uploader.id}`]);
      const [{ held }] = (await manager.query(
        `SELECT coalesce(sum(size_bytes), 0)::bigint AS held FROM stored_file
          WHERE uploaded_by = $1 AND NOT attached AND created_at > now() - $2 * interval '1 hour'`,
        [uploader.id, UNATTACHED_TTL_HOURS],
      )) as [{ held: string }];
      if (Number(held) + bytes.length > max)
        throw new FileError('UNATTACHED_BYTES_EXCEEDED', 'Your files that nothing attached yet would pass their cap', {
          maxBytes: max,
          heldBytes: Number(held),
        });
      return manager.getRepository(StoredFile).save({
        storageKey,
        originalName: name,
        kind: verdict.kind,
        contentType: verdict.contentType,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        purpose: FilePurpose.EVIDENCE,
        uploadedBy: uploader.id,
        attached: false,
      });
    });
    try {
      await this.storage.put(storageKey, bytes, verdict.contentType);
    } catch (error) {
      await this.dataSource
        .getRepository(StoredFile)
        .delete({ id: row.id })
        .catch(() => undefined);
      throw error;
    }
    return describeFile(row);
  }

  /** A file of `purpose` and its body when `principal` may download it; missing and denied are both "no". */
  async openForDownload(principal: UserPrincipal, id: string, purpose: string): Promise<DownloadOutcome> {
    if (!UUID.test(id)) return { outcome: 'missing' };
    const row = await this.dataSource.getRepository(StoredFile).findOneBy({ id, purpose });
    if (!row) return { outcome: 'missing' };
    const file = describeFile(row);
    if (!(await this.access.mayDownload(principal, file))) return { outcome: 'denied', file };
    return { outcome: 'ok', file, body: await this.storage.get(row.storageKey) };
  }

  /**
   * Marks files as attached inside the caller's transaction, locking their rows. Every id must
   * exist, pass `ownerCheck` (e.g. "uploaded by this principal, for this purpose") and be
   * unattached; else a `FileError` (FILE_NOT_FOUND, which does not tell "not yours" from "none",
   * or FILE_ALREADY_ATTACHED) and nothing changes. Returns the files in the order of `fileIds`.
   */
  async attach(
    manager: EntityManager,
    fileIds: readonly string[],
    ownerCheck: (file: FileDescription) => boolean | Promise<boolean>,
  ): Promise<FileDescription[]> {
    const ids = distinctIds(fileIds);
    if (ids.length === 0) return [];
    if (ids.some((id) => !UUID.test(id))) throw new FileError('FILE_NOT_FOUND', 'A file was not found');
    const rows = await manager
      .getRepository(StoredFile)
      .createQueryBuilder('file')
      .setLock('pessimistic_write')
      .where('file.id IN (:...ids)', { ids })
      .orderBy('file.id')
      .getMany();
    if (rows.length !== ids.length) throw new FileError('FILE_NOT_FOUND', 'A file was not found');
    for (const row of rows) {
      if (!(await ownerCheck(describeFile(row)))) throw new FileError('FILE_NOT_FOUND', 'A file was not found');
      if (row.attached) throw new FileError('FILE_ALREADY_ATTACHED', 'A file is attached to something else already');
    }
    await manager.getRepository(StoredFile).update({ id: In(ids) }, { attached: true });
    const byId = new Map(rows.map((row) => [row.id, { ...describeFile(row), attached: true }]));
    return ids.map((id) => byId.get(id)!);
  }

  /** Marks files as no longer attached (their record dropped them); the sweep removes them later. */
  async release(manager: EntityManager, fileIds: readonly string[]): Promise<void> {
    const ids = distinctIds(fileIds).filter((id) => UUID.test(id));
    if (ids.length > 0) await manager.getRepository(StoredFile).update({ id: In(ids) }, { attached: false });
  }

  /** The files of these ids that exist, in the order asked, for listings. */
  async describe(fileIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<FileDescription[]> {
    const ids = distinctIds(fileIds).filter((id) => UUID.test(id));
    if (ids.length === 0) return [];
    const rows = await manager.getRepository(StoredFile).findBy({ id: In(ids) });
    const byId = new Map(rows.map((row) => [row.id, describeFile(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Removes the unattached files created more than `hours` ago: their rows first (skipping rows a
   * transaction is attaching), then their bodies. Returns how many rows were removed.
   */
  async removeUnattachedOlderThan(hours: number): Promise<number> {
    if (!Number.isFinite(hours) || hours < 0) throw new Error('hours must be a number of hours, zero or more');
    let removed = 0;
    for (;;) {
      const rows = (await this.dataSource.query(
        `DELETE FROM stored_file WHERE id IN (
           SELECT id FROM stored_file
            WHERE NOT attached AND created_at < now() - $1 * interval '1 hour'
            ORDER BY created_at LIMIT $2
              FOR UPDATE SKIP LOCKED)
         RETURNING storage_key`,
        [hours, SWEEP_BATCH],
      )) as [Array<{ storage_key: string }>, number];
      const keys = rows[0].map((row) => row.storage_key);
      for (const key of keys) await this.storage.remove(key).catch(() => undefined); // an orphan body is unreachable
      removed += keys.length;
      if (keys.length < SWEEP_BATCH) return removed;
    }
  }

  /** Runs `removeUnattachedOlderThan(24)` at most once an hour per process; null when not due. */
  async sweepIfDue(now = Date.now()): Promise<number | null> {
    if (now - this.lastSweepAt < SWEEP_EVERY_MS) return null;
    this.lastSweepAt = now;
    return this.removeUnattachedOlderThan(UNATTACHED_TTL_HOURS);
  }
}

function distinctIds(ids: readonly string[]): string[] {
  const distinct = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (distinct.length > MAX_FILES_PER_CALL) throw new FileError('BAD_REQUEST', `At most ${MAX_FILES_PER_CALL} files at once`);
  return distinct;
}
