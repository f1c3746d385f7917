import { describe, expect, it } from 'vitest';
import type { UserPrincipal } from '../auth/principal';
import { Role } from '../auth/roles';
import { FileAccessPolicy } from './file-access-policy';
import { FileKind } from './evidence-policy';
import type { FileDescription } from './file.service';

const person = (id: string): UserPrincipal => ({
  kind: 'user',
  id,
  sessionId: `s-${id}`,
  nationalId: '0013542419',
  roleAssignmentId: `r-${id}`,
  role: Role.DATA_ENTRANT,
  organisationUnitId: 'u',
  organisationPath: '/U/',
  mustChangePassword: false,
  permissions: new Set(),
});

const file = (overrides: Partial<FileDescription> = {}): FileDescription => ({
  id: 'f',
  name: 'a.pdf',
  kind: FileKind.PDF,
  contentType: 'application/pdf',
  sizeBytes: 1,
  sha256: '0'.repeat(64),
  purpose: 'EVIDENCE',
  uploadedBy: 'uploader',
  attached: false,
  createdAt: new Date(),
  ...overrides,
});

describe('file access policy', () => {
  it('lets only the uploader download when no hook is registered for the purpose', async () => {
    const policy = new FileAccessPolicy();
    expect(await policy.mayDownload(person('uploader'), file())).toBe(true);
    expect(await policy.mayDownload(person('uploader'), file({ attached: true }))).toBe(true);
    expect(await policy.mayDownload(person('other'), file())).toBe(false);
    expect(await policy.mayDownload(person('other'), file({ attached: true }))).toBe(false);
  });

  it('asks the purpose hook, except for the uploader of an unattached file', async () => {
    const policy = new FileAccessPolicy();
    const asked: string[] = [];
    policy.register('EVIDENCE', async (principal) => {
      asked.push(principal.id);
      return principal.id === 'reviewer';
    });
    expect(await policy.mayDownload(person('uploader'), file())).toBe(true);
    expect(asked).toEqual([]);
    expect(await policy.mayDownload(person('reviewer'), file())).toBe(true);
    expect(await policy.mayDownload(person('other'), file({ attached: true }))).toBe(false);
    expect(await policy.mayDownload(person('uploader'), file({ attached: true }))).toBe(false);
    // Another purpose has no hook: its uploader only.
    expect(await policy.mayDownload(person('reviewer'), file({ purpose: 'OTHER', attached: true }))).toBe(false);
    expect(asked).toEqual(['reviewer', 'other', 'uploader']);
  });

  it('takes one hook per purpose, and a hook that fails fails the download', async () => {
    const policy = new FileAccessPolicy();
    policy.register('EVIDENCE', async () => {
      throw new Error('hook failed');
    });
    expect(policy.has('EVIDENCE')).toBe(true);
    expect(() => policy.register('EVIDENCE', async () => true)).toThrow('registered already');
    await expect(policy.mayDownload(person('other'), file({ attached: true }))).rejects.toThrow('hook failed');
  });
});
