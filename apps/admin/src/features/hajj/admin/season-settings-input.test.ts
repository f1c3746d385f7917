import { describe, expect, it } from 'vitest';
import {
  handOverProblem,
  interestPercentProblem,
  rialsDigits,
  seasonNumberProblem,
  seasonSettingsFields,
  seasonSettingsInput,
  seasonSettingsProblems,
  type HajjSeasonRow,
} from './season-settings-input';

/** The demo season as hajjSeasons sends it (apps/api/src/modules/hajj/demo/season-1393.json). */
const SEASON: HajjSeasonRow = {
  id: 'season-1',
  code: '1393',
  title: 'حج تمتع ۱۳۹۳',
  active: true,
  eligibleDepositUntil: '2006-01-10',
  onlineSharePercent: 50,
  inviteNextAfterDays: 7,
  holdMinutes: 2880,
  paymentDays: 7,
  doctorVisitDays: 14,
  passportValidUntil: '2015-03-21',
  passportHandOverBy: '2014-07-01',
  depositRials: '10000000',
  subsidyRials: '3000000',
  interestRateBasisPoints: 1250,
  interestFormula: 'SIMPLE',
  interestUntil: null,
  groups: [],
};

describe('season settings input', () => {
  it('opens on the season as it is and gives it back unchanged', () => {
    const fields = seasonSettingsFields(SEASON);
    expect(fields).toMatchObject({ depositRials: '۱۰۰۰۰۰۰۰', interestRatePercent: 12.5, interestUntil: null });
    expect(seasonSettingsProblems(fields)).toEqual([]);
    expect(seasonSettingsInput(fields)).toEqual({
      title: 'حج تمتع ۱۳۹۳',
      eligibleDepositUntil: '2006-01-10',
      onlineSharePercent: 50,
      inviteNextAfterDays: 7,
      holdMinutes: 2880,
      paymentDays: 7,
      doctorVisitDays: 14,
      passportValidUntil: '2015-03-21',
      passportHandOverBy: '2014-07-01',
      depositRials: '10000000',
      subsidyRials: '3000000',
      interestRateBasisPoints: 1250,
      interestFormula: 'SIMPLE',
      interestUntil: null,
    });
  });

  it('refuses a whole number out of the API’s bounds, naming them, and never clamps it', () => {
    expect(seasonNumberProblem('onlineSharePercent', 100)).toBeNull();
    expect(seasonNumberProblem('onlineSharePercent', 0)).toBeNull();
    expect(seasonNumberProblem('onlineSharePercent', 150)).toBe('سهم ثبت‌نام اینترنتی باید عددی درست از ۰ تا ۱۰۰ باشد؛ ۱۵۰ پذیرفته نیست');
    expect(seasonNumberProblem('holdMinutes', 20161)).toBe('مهلت پیش‌ثبت‌نام باید عددی درست از ۱ تا ۲۰۱۶۰ باشد؛ ۲۰۱۶۱ پذیرفته نیست');
    expect(seasonNumberProblem('paymentDays', 0)).not.toBeNull();
    expect(seasonNumberProblem('doctorVisitDays', 2.5)).not.toBeNull();
    expect(seasonNumberProblem('inviteNextAfterDays', null)).toBe('دعوت از اولویت بعدی پس از را بنویسید');
    const fields = { ...seasonSettingsFields(SEASON), onlineSharePercent: 150 };
    expect(seasonSettingsProblems(fields)).toHaveLength(1);
    expect(() => seasonSettingsInput(fields)).toThrow('۱۵۰ پذیرفته نیست');
  });

  it('takes the interest rate as a percent with two decimals at most', () => {
    expect(interestPercentProblem(12)).toBeNull();
    expect(interestPercentProblem(0.07)).toBeNull();
    expect(interestPercentProblem(12.345)).toBe('نرخ سود سالانه باید درصدی از ۰ تا ۱۰۰ با حداکثر دو رقم اعشار باشد؛ ۱۲٫۳۴۵ پذیرفته نیست');
    expect(interestPercentProblem(101)).not.toBeNull();
    expect(seasonSettingsInput({ ...seasonSettingsFields(SEASON), interestRatePercent: 0.07 }).interestRateBasisPoints).toBe(7);
  });

  it('reads rials in any digits, with or without separators', () => {
    expect(rialsDigits('۱۰٬۰۰۰٬۰۰۰')).toBe('10000000');
    expect(rialsDigits('3,000,000')).toBe('3000000');
    expect(rialsDigits('0')).toBe('0');
    expect(rialsDigits('۱۰ میلیون')).toBeNull();
    expect(rialsDigits('1234567890123456')).toBeNull();
  });

  it('wants the passport handed over no later than the day it must be valid until (as the API does)', () => {
    expect(handOverProblem('2015-03-21', '2015-03-21')).toBeNull();
    expect(handOverProblem('2015-03-22', '2015-03-21')).toBe('تحویل گذرنامه نمی‌تواند پس از تاریخ اعتبار گذرنامه (۱۳۹۴/۰۱/۰۱) باشد');
  });
});
