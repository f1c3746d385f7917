import { describe, expect, it } from 'vitest';
import { PLACE_NOT_IN_TABLE, issuancePlaceText, nationalIdProblemMessage } from './national-id-text';

describe('nationalIdProblemMessage', () => {
  it.each([
    ['EMPTY', 'کد ملی وارد نشده است'],
    ['NOT_DIGITS', 'کد ملی فقط باید رقم باشد'],
    ['WRONG_LENGTH', 'کد ملی باید ۱۰ رقم باشد'],
    ['REPEATED_DIGITS', 'کد ملی نمی‌تواند ده رقم یکسان باشد'],
    ['CHECKSUM', 'رقم کنترل کد ملی درست نیست'],
  ] as const)('says why %s is not valid', (problem, message) => {
    expect(nationalIdProblemMessage(problem)).toBe(message);
  });
});

describe('issuancePlaceText', () => {
  it('joins province and city', () => {
    expect(issuancePlaceText({ province: 'تهران', city: 'شمیرانات' })).toBe('تهران، شمیرانات');
  });

  it('does not repeat a city named like its province', () => {
    expect(issuancePlaceText({ province: 'قزوین', city: 'قزوین' })).toBe('قزوین');
  });

  it('shows what is known', () => {
    expect(issuancePlaceText({ province: 'سمنان', city: null })).toBe('سمنان');
  });

  it('says when the prefix is not in the place table', () => {
    expect(issuancePlaceText({ province: null, city: null })).toBe(PLACE_NOT_IN_TABLE);
    expect(issuancePlaceText(null)).toBe(PLACE_NOT_IN_TABLE);
  });
});
