import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FileKind } from './evidence-policy';

/**
 * One uploaded file: its body lives in the file storage under `storageKey` (a server-made UUID,
 * never the client's name); this row says what it is, who sent it and whether a module has
 * attached it to something yet. Unattached files are removed after a while.
 */
@Entity({ name: 'stored_file' })
@Index('IX_stored_file_attached_created', ['attached', 'createdAt'])
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_stored_file_storage_key', { unique: true })
  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  /** The name the uploader gave, as checked by the file-name rule (Latin letters, digits, - and _). */
  @Column({ name: 'original_name', type: 'text' })
  originalName!: string;

  @Column({ type: 'enum', enum: FileKind, enumName: 'stored_file_kind' })
  kind!: FileKind;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  /** SHA-256 of the body, lower-case hex. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** What the file is for (`EVIDENCE`); the access hook registered for it decides who may download it. */
  @Column({ type: 'text' })
  purpose!: string;

  @Index('IX_stored_file_uploaded_by')
  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** False until a module attaches the file to one of its records. */
  @Column({ type: 'boolean', default: false })
  attached!: boolean;
}
