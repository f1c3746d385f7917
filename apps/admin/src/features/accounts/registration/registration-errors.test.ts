import { describe, expect, it } from 'vitest';
import { fieldOfRegistrationError, fieldsOfInputPaths } from './registration-errors';

describe('registration errors', () => {
  it('points each refusal at its field', () => {
    expect(fieldOfRegistrationError('MOBILE_NOT_OWNED')).toBe('mobile');
    expect(fieldOfRegistrationError('CIVIL_REGISTRY_MISMATCH')).toBe('birthDate');
    expect(fieldOfRegistrationError('ORGANISATION_TOO_BROAD')).toBe('organisation');
    expect(fieldOfRegistrationError('APPROVER_NOT_FOUND')).toBe('approverMobile');
    expect(fieldOfRegistrationError('OUTSIDE_SERVICE_UNAVAILABLE')).toBeNull();
    expect(fieldOfRegistrationError(null)).toBeNull();
  });

  it('reads the fields of BAD_USER_INPUT', () => {
    expect(fieldsOfInputPaths([{ path: 'input.officePhone' }, { path: 'input.organisationUnitId' }, { path: 'input.other' }])).toEqual([
      'officePhone',
      'organisation',
    ]);
    expect(fieldsOfInputPaths(undefined)).toEqual([]);
  });
});
