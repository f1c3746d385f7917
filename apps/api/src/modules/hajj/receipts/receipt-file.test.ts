import { describe, expect, it } from 'vitest';
import { parseCaravanLine } from '../caravans/caravan-file';
import { ReceiptKind } from '../hajj.enums';
import { parseReceiptLine } from './receipt-file';

const PROVINCES = new Set(['سمنان', 'تهران']);
const line = {
  receiptNumber: '۹۳۱۰۰۰۰۲',
  nationalId: '4310020021',
  firstName: 'غلامرضا',
  lastName: 'نیک‌نام',
  birthDate: '1335-07-03',
  mobile: '09121000002',
  province: 'سمنان',
  kind: 'DOC_1363',
  amountRials: 250000,
  depositDate: '1363-07-15',
  branchCode: 'BMI-4310',
  acceptedBeforeNotGone: false,
};

describe('receipt file lines', () => {
  it('reads a line: Persian digits, Jalali dates as ISO, rials as bigint', () => {
    expect(parseReceiptLine(line, PROVINCES)).toEqual({
      ok: true,
      value: {
        ...line,
        receiptNumber: '93100002',
        birthDate: '1956-09-25',
        depositDate: '1984-10-07',
        kind: ReceiptKind.DOC_1363,
        amountRials: 250_000n,
      },
    });
    expect(parseReceiptLine({ ...line, amountRials: '10000000', acceptedBeforeNotGone: undefined }, PROVINCES)).toMatchObject({
      ok: true,
      value: { amountRials: 10_000_000n, acceptedBeforeNotGone: false },
    });
  });

  it('says why a line is refused', () => {
    const reason = (overrides: Record<string, unknown>) => {
      const parsed = parseReceiptLine({ ...line, ...overrides }, PROVINCES);
      return parsed.ok ? null : parsed.reason;
    };
    expect(reason({ nationalId: '4310020022' })).toBe('nationalId: not a valid national ID');
    expect(reason({ province: 'کرمان' })).toBe('province: not a province of the active season (کرمان)');
    expect(reason({ kind: 'DOC_1999' })).toMatch(/^kind: one of/);
    expect(reason({ amountRials: 2.5 })).toBe('amountRials: whole rials above zero');
    expect(reason({ depositDate: '1363-13-01' })).toBe('depositDate: a Jalali date YYYY-MM-DD');
    expect(reason({ mobile: '0912' })).toBe('mobile: 11 digits starting 09');
    expect(reason({ receiptNumber: 'a b/c' })).toMatch(/^receiptNumber/);
    expect(parseReceiptLine('x', PROVINCES)).toEqual({ ok: false, reason: 'not a JSON object' });
  });
});

describe('caravan file lines', () => {
  const caravan = {
    code: 'sem-201',
    province: 'سمنان',
    managerName: 'احمد سمنانی',
    managerPhone: '023-33001001',
    address: 'سمنان، بلوار امام',
    capacity: 4,
    finalCostRials: 279000000,
  };

  it('reads a line, the manager’s national ID optional', () => {
    expect(parseCaravanLine(caravan, PROVINCES)).toEqual({
      ok: true,
      value: { ...caravan, code: 'SEM-201', managerNationalId: null, finalCostRials: 279_000_000n },
    });
    expect(parseCaravanLine({ ...caravan, managerNationalId: '0010018018' }, PROVINCES)).toMatchObject({
      ok: true,
      value: { managerNationalId: '0010018018' },
    });
  });

  it('refuses a capacity out of bounds, a bad phone, an unknown province', () => {
    expect(parseCaravanLine({ ...caravan, capacity: 0 }, PROVINCES)).toMatchObject({
      ok: false,
      reason: 'capacity: a whole number from 1 to 1000',
    });
    expect(parseCaravanLine({ ...caravan, managerPhone: 'x' }, PROVINCES)).toMatchObject({ ok: false });
    expect(parseCaravanLine({ ...caravan, province: 'قم' }, PROVINCES)).toMatchObject({ ok: false });
  });
});
