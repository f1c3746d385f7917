import { describe, expect, it } from 'vitest';
import type { FingerprintCapture } from './service-record.entity';
import { FINGERS, missingParts } from './service-record-rules';

const allFields = {
  identificationNumber: '123456789012',
  documentKind: 'FOREIGN_NATIONAL_CARD',
  firstName: 'احمد',
  lastName: 'رحیمی',
  fatherName: 'محمد',
  nationality: 'افغانستان',
  birthDate: '1990-01-01',
  gender: 'M',
  mobile: '09123456789',
  residenceAddress: 'تهران',
};

describe('service record completeness', () => {
  it('names every missing field, finger, the photo and the fee', () => {
    const missing = missingParts({ fields: { ...allFields, fatherName: ' ' }, fingerprints: [], hasPhoto: false, feePaid: false });
    expect(missing).toContain('field:fatherName');
    expect(missing.filter((m) => m.startsWith('fingerprint:'))).toHaveLength(10);
    expect(missing).toContain('photo');
    expect(missing).toContain('fee');
  });

  it('takes a good capture or an excused finger, not a poor capture', () => {
    const fingerprints: FingerprintCapture[] = FINGERS.map((finger) => ({
      finger,
      templateRef: `tpl-${finger}`,
      quality: 80,
      exceptionReason: null,
    }));
    fingerprints[3] = { finger: FINGERS[3]!, templateRef: null, quality: null, exceptionReason: 'قطع عضو' };
    expect(missingParts({ fields: allFields, fingerprints, hasPhoto: true, feePaid: true })).toEqual([]);
    fingerprints[4] = { finger: FINGERS[4]!, templateRef: 'tpl', quality: 25, exceptionReason: null };
    expect(missingParts({ fields: allFields, fingerprints, hasPhoto: true, feePaid: true })).toEqual([`fingerprint:${FINGERS[4]}`]);
  });
});
