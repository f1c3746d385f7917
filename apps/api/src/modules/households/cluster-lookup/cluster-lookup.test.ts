import { describe, expect, it } from 'vitest';
import { tehranToday } from '../../../platform/time/tehran-date';
import { bandWindowFor, catchUpWindow, describeWindow, isOpen } from './campaign-window';
import type { CampaignWindow } from './cluster-campaign.entity';
import { nationalIdInSms } from './sms-lookup';

const window = (minSize: number | null, maxSize: number | null, startDate: string, endDate: string, catchUp = false): CampaignWindow => ({
  id: `${minSize}-${maxSize}`,
  campaignId: 'c',
  minSize,
  maxSize,
  catchUp,
  startDate,
  endDate,
});

// Seed 000's table.
const SEED = [
  window(1, 2, '2010-01-23', '2010-01-25'),
  window(3, 3, '2010-01-26', '2010-01-28'),
  window(4, 4, '2010-01-29', '2010-01-31'),
  window(5, null, '2010-02-01', '2010-02-03'),
  window(null, null, '2010-02-04', '2010-02-11', true),
];

describe('campaign windows', () => {
  it('pick the band of a household size, five and more in the last', () => {
    expect(bandWindowFor(SEED, 1)?.startDate).toBe('2010-01-23');
    expect(bandWindowFor(SEED, 2)?.startDate).toBe('2010-01-23');
    expect(bandWindowFor(SEED, 3)?.startDate).toBe('2010-01-26');
    expect(bandWindowFor(SEED, 12)?.startDate).toBe('2010-02-01');
    expect(catchUpWindow(SEED)?.endDate).toBe('2010-02-11');
  });

  it('include both ends', () => {
    expect(isOpen(SEED[0]!, '2010-01-22')).toBe(false);
    expect(isOpen(SEED[0]!, '2010-01-23')).toBe(true);
    expect(isOpen(SEED[0]!, '2010-01-25')).toBe(true);
    expect(isOpen(SEED[0]!, '2010-01-26')).toBe(false);
  });

  it('describe themselves in Jalali as the seed does', () => {
    expect(describeWindow(SEED[0]!)).toEqual({
      start: '2010-01-23',
      end: '2010-01-25',
      startJalali: '۱۳۸۸/۱۱/۰۳',
      endJalali: '۱۳۸۸/۱۱/۰۵',
    });
    expect(describeWindow(SEED[4]!).endJalali).toBe('۱۳۸۸/۱۱/۲۲');
  });
});

describe("Tehran's day", () => {
  it('turns at 20:30 UTC (Tehran is UTC+03:30)', () => {
    expect(tehranToday(new Date('2026-11-22T20:29:59Z'))).toBe('2026-11-22');
    expect(tehranToday(new Date('2026-11-22T20:30:00Z'))).toBe('2026-11-23');
  });
});

describe('national ID in an SMS', () => {
  it.each([
    ['0013542419', '0013542419'],
    ['۰۰۱۳۵۴۲۴۱۹', '0013542419'],
    ['٠٠١٣٥٤٢٤١٩', '0013542419'],
    [' ۰۰۱ ۳۵۴-۲۴۱۹ \n', '0013542419'],
    ['13542419', '0013542419'],
  ])('reads %j', (text, expected) => {
    expect(nationalIdInSms(text)).toBe(expected);
  });

  it.each(['0013542418', 'کد ملی 0013542419', '0013542419 0013542419', '', '1111111111', '۰۰۱۳۵۴۲۴۱۹۹'])('ignores %j', (text) => {
    expect(nationalIdInSms(text)).toBeNull();
  });
});
