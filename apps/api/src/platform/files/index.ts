export { createFilesPlatform, type FilesPlatform } from './files-platform';
export { createFilesRouter, EVIDENCE_PATH, type FilesRouterDeps } from './files.routes';
export { FileAccessPolicy, type FileAccessHook } from './file-access-policy';
export { FileService, FilePurpose, MAX_FILES_PER_CALL, UNATTACHED_TTL_HOURS, type FileDescription } from './file.service';
export { FileError, type FileErrorCode } from './files.errors';
export { FileKind, CONTENT_TYPES, EVIDENCE_NAME, checkEvidence, detectKind, type EvidenceRefusalCode } from './evidence-policy';
export { LocalFileStorage, S3FileStorage, StoredObjectMissingError, createFileStorage, type FileStorage } from './file-storage';
export { readFilesConfig, DEFAULT_EVIDENCE_MAX_BYTES, type FilesConfig, type FileStorageConfig } from './files-config';
export { StoredFile } from './stored-file.entity';
