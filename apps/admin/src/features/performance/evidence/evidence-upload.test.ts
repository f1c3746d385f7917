import { describe, expect, it } from 'vitest';
import { persianErrorMessage } from '../../../shared/errors';
import { EvidenceUploadError, evidenceUrl, readUploadAnswer } from './evidence-upload';

describe('evidence upload answers', () => {
  it('reads the stored file of a 201', () => {
    const stored = { id: 'f1', name: 'report.pdf', kind: 'PDF', sizeBytes: 120, sha256: 'ab' };
    expect(readUploadAnswer(201, stored)).toEqual(stored);
  });

  it('reads the coded refusal with its details', () => {
    const refusal = readUploadAnswer(400, {
      errors: [{ message: 'x', extensions: { code: 'FILE_EXTENSION_MISMATCH', detectedKind: 'PDF' } }],
    });
    expect(refusal).toBeInstanceOf(EvidenceUploadError);
    expect((refusal as EvidenceUploadError).code).toBe('FILE_EXTENSION_MISMATCH');
    expect(persianErrorMessage(refusal)).toBe('محتوای فایل از نوع PDF است و با پسوند نام آن نمی‌خواند');
    const tooLarge = readUploadAnswer(413, { errors: [{ message: 'x', extensions: { code: 'FILE_TOO_LARGE', maxBytes: 10485760 } }] });
    expect(persianErrorMessage(tooLarge)).toBe('حجم فایل نباید بیش از ۱۰ مگابایت باشد');
  });

  it('derives a code from the status when the body has none', () => {
    expect((readUploadAnswer(401, null) as EvidenceUploadError).code).toBe('UNAUTHENTICATED');
    expect((readUploadAnswer(413, '<html>') as EvidenceUploadError).code).toBe('FILE_TOO_LARGE');
    expect((readUploadAnswer(502, null) as EvidenceUploadError).code).toBe('INTERNAL_SERVER_ERROR');
    expect((readUploadAnswer(201, { id: 1 }) as EvidenceUploadError).code).toBe('BAD_RESPONSE');
    expect(persianErrorMessage(readUploadAnswer(401, null))).toBe('ابتدا وارد سامانه شوید');
  });

  it('links to the download', () => {
    expect(evidenceUrl('3f2a')).toBe('/files/evidence/3f2a');
  });
});
