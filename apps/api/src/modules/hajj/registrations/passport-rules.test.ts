import { describe, expect, it } from 'vitest';
import { jalali } from '../hajj-dates';
import { PassportFlag, TravelRestriction } from '../hajj.enums';
import { passportFlag, RESTRICTION_RULES } from './passport-rules';

const season = { passportValidUntil: jalali('1394-01-01'), passportHandOverBy: jalali('1393-04-10') };

describe('passport flag (rule 13)', () => {
  it('asks to renew a passport that expires before 1394/01/01, by the hand-over day', () => {
    expect(passportFlag(jalali('1393-12-29'), season)).toEqual({ flag: PassportFlag.RENEW, renewBy: jalali('1393-04-10') });
    expect(passportFlag(jalali('1394-01-01'), season)).toEqual({ flag: PassportFlag.VALID, renewBy: null });
    expect(passportFlag(null, season)).toEqual({ flag: PassportFlag.NOT_RECORDED, renewBy: null });
  });

  it('names the rule each restriction follows (rule 15)', () => {
    expect(RESTRICTION_RULES[TravelRestriction.NONE]).toBeNull();
    expect(RESTRICTION_RULES[TravelRestriction.OFFICIAL_ALREADY_WENT]).toContain('۴۸۱/۶۱۶۸۹');
  });
});
