import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InterestFormula } from '../hajj.enums';
import { parseSeasonFile } from './season-file';

const demo = () => JSON.parse(readFileSync(path.join(__dirname, '../demo/season-1393.json'), 'utf8')) as Record<string, unknown>;

describe('season file', () => {
  it('reads the demo 1393 season: the seed’s dates as ISO days and Tehran instants', () => {
    const parsed = parseSeasonFile(demo());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { season } = parsed;
    expect(season).toMatchObject({
      code: '1393',
      eligibleDepositUntil: '2006-01-10', // 1384/10/20
      onlineSharePercent: 50,
      inviteNextAfterDays: 7,
      passportValidUntil: '2015-03-21', // 1394/01/01
      depositRials: 10_000_000n,
      subsidyRials: 3_000_000n,
      interestRateBasisPoints: 1200,
      interestFormula: InterestFormula.SIMPLE,
    });
    expect(season.provinceGroups.map((g) => [g.provinces.length, g.announcedOn, g.admissionOpensAt.toISOString()])).toEqual([
      [4, '2014-02-04', '2014-02-07T05:30:00.000Z'], // 1392/11/15; 1392/11/18 09:00 Tehran
      [18, '2014-02-04', '2014-02-08T05:30:00.000Z'],
      [10, '2014-02-05', '2014-02-09T05:30:00.000Z'],
    ]);
    expect(season.provinceGroups[0]!.provinces).toEqual(['تهران', 'قم', 'البرز', 'قزوین']);
  });

  it('takes the optional settings’ defaults and normalises Arabic letters in province names', () => {
    const file = demo();
    for (const key of ['doctorVisitDays', 'depositRials', 'subsidyRials', 'interestRatePercent', 'interestFormula', 'interestUntil'])
      delete file[key];
    file.provinceGroups = [
      {
        name: 'الف',
        provinces: ['كرمان'],
        announcedOn: '1392-11-15',
        admissionOpensAt: '1392-11-18T09:00',
        invitedDepositsUntil: '1384-10-20',
      },
    ];
    const parsed = parseSeasonFile(file);
    expect(parsed.ok && parsed.season).toMatchObject({
      doctorVisitDays: 7,
      depositRials: 10_000_000n,
      interestRateBasisPoints: 1200,
      interestUntil: null,
      provinceGroups: [{ provinces: ['کرمان'] }],
    });
  });

  it('reports every problem by its path', () => {
    const file = demo();
    file.onlineSharePercent = 150;
    file.eligibleDepositUntil = '1384-13-01';
    file.interestRatePercent = 12.345;
    file.provinceGroups = [
      {
        name: 'الف',
        provinces: ['تهران'],
        announcedOn: '1392-11-15',
        admissionOpensAt: '1392-11-18 09:00',
        invitedDepositsUntil: '1384-10-20',
      },
      {
        name: 'ب',
        provinces: ['تهران'],
        announcedOn: '1392-11-15',
        admissionOpensAt: '1392-11-18T09:00',
        invitedDepositsUntil: '1384-10-20',
      },
    ];
    const parsed = parseSeasonFile(file);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual([
      'eligibleDepositUntil: a Jalali date YYYY-MM-DD',
      'onlineSharePercent: a whole number from 0 to 100',
      'interestRatePercent: a number from 0 to 100 with at most two decimals',
      'provinceGroups[0].admissionOpensAt: a Jalali time YYYY-MM-DDTHH:mm (Tehran)',
      'provinceGroups[1].provinces: "تهران" is also in group "الف"',
    ]);
    expect(parseSeasonFile([]).ok).toBe(false);
  });
});
