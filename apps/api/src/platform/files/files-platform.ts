import type { DataSource } from 'typeorm';
import type { FilesConfig } from './files-config';
import { FileAccessPolicy } from './file-access-policy';
import { createFileStorage, type FileStorage } from './file-storage';
import { FileService } from './file.service';
import { RateLimiter } from '../rate-limit/rate-limiter';

/** The files platform of one API process: modules register download hooks on `access` and use `service`. */
export interface FilesPlatform {
  access: FileAccessPolicy;
  service: FileService;
  storage: FileStorage;
}

export function createFilesPlatform(config: FilesConfig, dataSource: DataSource): FilesPlatform {
  const access = new FileAccessPolicy();
  const storage = createFileStorage(config.storage);
  const settings = {
    evidenceMaxBytes: config.evidenceMaxBytes,
    uploadsPerUserPerHour: config.uploadsPerUserPerHour,
    unattachedMaxBytesPerUser: config.unattachedMaxBytesPerUser,
  };
  return { access, storage, service: new FileService(dataSource, storage, access, settings, new RateLimiter(dataSource)) };
}
