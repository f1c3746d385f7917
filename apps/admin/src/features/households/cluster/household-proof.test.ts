import { describe, expect, it } from 'vitest';
import { householdProof } from './household-proof';

describe('householdProof', () => {
  const typed = { headNationalId: '۰۰۱-۲۰۰۰۰۵۱', trackingCode: '۱۸۸۱ ۱۰۳۰ ۰۰۰۰ ۰۳', memberCount: '۴', officeCode: ' POST-QZ ' };

  it('sends Latin digits and a number of members', () => {
    expect(householdProof(typed, false)).toEqual({ headNationalId: '0012000051', trackingCode: '18811030000003', memberCount: 4 });
  });

  it("adds the office's code on the assisted channel only", () => {
    expect(householdProof(typed, true)).toEqual({
      headNationalId: '0012000051',
      trackingCode: '18811030000003',
      memberCount: 4,
      officeCode: 'POST-QZ',
    });
  });

  it('passes a national ID that is not valid as typed, for the API to refuse', () => {
    expect(householdProof({ ...typed, headNationalId: '۱۲۳' }, false).headNationalId).toBe('123');
  });
});
