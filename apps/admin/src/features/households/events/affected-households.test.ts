import { describe, expect, it } from 'vitest';
import { affectedHouseholds, type MemberBefore } from './affected-households';

const najafi: MemberBefore[] = [
  { nationalId: '0012000051', relation: 'HEAD' },
  { nationalId: '0012000061', relation: 'SPOUSE' },
  { nationalId: '0012000078', relation: 'CHILD' },
];

describe('affectedHouseholds', () => {
  it("shows the deceased head's household through the spouse who succeeds him", () => {
    expect(affectedHouseholds('DEATH', '0012000051', null, najafi)).toEqual({ primary: '0012000061', others: [] });
  });

  it('shows the head when another member died', () => {
    expect(affectedHouseholds('DEATH', '0012000078', null, najafi)).toEqual({ primary: '0012000051', others: [] });
  });

  it('has nothing to show when the only member died', () => {
    expect(affectedHouseholds('DEATH', '2881000010', null, [{ nationalId: '2881000010', relation: 'HEAD' }])).toEqual({
      primary: null,
      others: [],
    });
  });

  it('shows the receiving household, then the one the person left', () => {
    expect(affectedHouseholds('CUSTODY', '0012000078', '2881000029', najafi)).toEqual({ primary: '2881000029', others: ['0012000051'] });
  });

  it('shows the new household of a divorce and the former one', () => {
    expect(affectedHouseholds('DIVORCE', '0012000061', null, najafi)).toEqual({ primary: '0012000061', others: ['0012000051'] });
  });

  it("shows the parent's household for a birth", () => {
    expect(affectedHouseholds('BIRTH', '0012000051', null, null)).toEqual({ primary: '0012000051', others: [] });
  });

  it('still shows the primary household when the former one is unknown', () => {
    expect(affectedHouseholds('MARRIAGE', '0012000061', '2881000010', null)).toEqual({ primary: '2881000010', others: [] });
  });
});
