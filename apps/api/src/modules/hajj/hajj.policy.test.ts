import { describe, expect, it } from 'vitest';
import { Role } from '../../platform/auth/roles';
import {
  caravanScope,
  canSeeReceipt,
  inScope,
  mayIssueAtBank,
  mayManageCaravan,
  mayRecordPayment,
  mayRecordTransfer,
  mayReferReceipt,
  receiptScope,
  scopeSql,
  type HajjActor,
} from './hajj.policy';

const actor = (role: Role, overrides: Partial<HajjActor> = {}): HajjActor => ({
  userId: 'u',
  nationalId: '0010018018',
  role,
  unitCode: 'X',
  province: null,
  ...overrides,
});
const semnanReceipt = { province: 'سمنان', referredBranchCode: null };
const tehranReceipt = { province: 'تهران', referredBranchCode: null };
const tehranCaravan = { province: 'تهران', managerNationalId: '0010018018' };
const semnanCaravan = { province: 'سمنان', managerNationalId: '4310020011' };

describe('hajj policy', () => {
  it('HAJJ_ADMIN sees every receipt and caravan, but does none of the offices’ steps', () => {
    const admin = actor(Role.HAJJ_ADMIN, { unitCode: 'HAJJ' });
    expect(receiptScope(admin)).toEqual({ all: true });
    expect(caravanScope(admin)).toEqual({ all: true });
    expect(canSeeReceipt(admin, tehranReceipt) && canSeeReceipt(admin, semnanReceipt)).toBe(true);
    expect(
      mayReferReceipt(admin, semnanReceipt) ||
        mayIssueAtBank(admin, semnanReceipt, false) ||
        mayRecordTransfer(admin) ||
        mayManageCaravan(admin, tehranCaravan),
    ).toBe(false);
  });

  it('HAJJ_PROVINCIAL_OFFICE: the receipts and caravans of its province only; refers only those', () => {
    const office = actor(Role.HAJJ_PROVINCIAL_OFFICE, { unitCode: 'HAJJ-SEMNAN', province: 'سمنان' });
    expect(canSeeReceipt(office, semnanReceipt)).toBe(true);
    expect(canSeeReceipt(office, tehranReceipt)).toBe(false);
    expect(mayReferReceipt(office, semnanReceipt)).toBe(true);
    expect(mayReferReceipt(office, tehranReceipt)).toBe(false);
    expect(inScope(caravanScope(office), semnanCaravan)).toBe(true);
    expect(inScope(caravanScope(office), tehranCaravan)).toBe(false);
    expect(mayIssueAtBank(office, semnanReceipt, false)).toBe(false);
    // An office whose unit names no province reaches nothing.
    expect(receiptScope(actor(Role.HAJJ_PROVINCIAL_OFFICE))).toEqual({ none: true });
    expect(scopeSql(receiptScope(office), 'r', 3)).toEqual({ sql: 'r.province = $3', params: ['سمنان'] });
  });

  it('BANK_BRANCH_OPERATOR: its province; a referred receipt only at the branch named; payments of its province', () => {
    const bank = actor(Role.BANK_BRANCH_OPERATOR, { unitCode: 'BMI-4310', province: 'سمنان' });
    expect(canSeeReceipt(bank, semnanReceipt)).toBe(true);
    expect(canSeeReceipt(bank, tehranReceipt)).toBe(false);
    expect(mayIssueAtBank(bank, semnanReceipt, false)).toBe(true);
    expect(mayIssueAtBank(bank, tehranReceipt, false)).toBe(false);
    expect(mayIssueAtBank(bank, { province: 'سمنان', referredBranchCode: 'BMI-4310' }, true)).toBe(true);
    expect(mayIssueAtBank(bank, { province: 'سمنان', referredBranchCode: 'BMI-4399' }, true)).toBe(false);
    expect(mayRecordPayment(bank, semnanCaravan)).toBe(true);
    expect(mayRecordPayment(bank, tehranCaravan)).toBe(false);
    expect(mayReferReceipt(bank, semnanReceipt)).toBe(false);
  });

  it('PILGRIMAGE_SERVICES_OFFICE: records transfers of any receipt, sees no caravan', () => {
    const services = actor(Role.PILGRIMAGE_SERVICES_OFFICE, { unitCode: 'HAJJ-SERVICES-TEHRAN', province: 'تهران' });
    expect(mayRecordTransfer(services)).toBe(true);
    expect(canSeeReceipt(services, semnanReceipt)).toBe(true);
    expect(caravanScope(services)).toEqual({ none: true });
    expect(mayIssueAtBank(services, tehranReceipt, false)).toBe(false);
  });

  it('CARAVAN_MANAGER: his own caravans only, no receipts', () => {
    const manager = actor(Role.CARAVAN_MANAGER, { unitCode: 'HAJJ-CARAVANS-TEHRAN', province: 'تهران' });
    expect(mayManageCaravan(manager, tehranCaravan)).toBe(true);
    expect(mayManageCaravan(manager, semnanCaravan)).toBe(false);
    expect(mayManageCaravan(manager, { managerNationalId: null })).toBe(false);
    expect(inScope(caravanScope(manager), tehranCaravan)).toBe(true);
    expect(inScope(caravanScope(manager), { province: 'تهران', managerNationalId: '0010016015' })).toBe(false);
    expect(receiptScope(manager)).toEqual({ none: true });
    expect(scopeSql(caravanScope(manager), 'c', 1)).toEqual({ sql: 'c.manager_national_id = $1', params: ['0010018018'] });
  });

  it('any other role reaches nothing', () => {
    const other = actor(Role.DATA_ENTRANT, { province: 'سمنان' });
    expect(receiptScope(other)).toEqual({ none: true });
    expect(caravanScope(other)).toEqual({ none: true });
    expect(scopeSql(caravanScope(other), 'c', 1).sql).toBe('FALSE');
  });
});
