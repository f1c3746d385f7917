import { jalaliTimeToInstant, jalaliToIso } from '../hajj-dates';
import { InterestFormula } from '../hajj.enums';
import { normalizeProvince } from '../provinces';

/** A province group of the season file, dates converted (ISO days, instants). */
export interface ProvinceGroupSpec {
  name: string;
  provinces: string[];
  announcedOn: string;
  admissionOpensAt: Date;
  invitedDepositsUntil: string;
}

/** The season file, checked and converted. */
export interface SeasonSpec {
  code: string;
  title: string;
  eligibleDepositUntil: string;
  onlineSharePercent: number;
  inviteNextAfterDays: number;
  holdMinutes: number;
  paymentDays: number;
  doctorVisitDays: number;
  passportValidUntil: string;
  passportHandOverBy: string;
  depositRials: bigint;
  subsidyRials: bigint;
  interestRateBasisPoints: number;
  interestFormula: InterestFormula;
  interestUntil: string | null;
  provinceGroups: ProvinceGroupSpec[];
}

export type SeasonParse = { ok: true; season: SeasonSpec } | { ok: false; problems: string[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whole rials: a safe integer or a string of digits. */
export function parseRials(value: unknown): bigint | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value === 'string' && /^\d{1,18}$/.test(value.trim())) return BigInt(value.trim());
  return null;
}

/**
 * Reads the season file of `npm run hajj:load-season` (issue 10's format): dates as Jalali
 * `YYYY-MM-DD`, times as `YYYY-MM-DDTHH:mm` (Tehran). Beside the issue's keys it takes optional
 * settings with defaults: `doctorVisitDays` (= paymentDays), `depositRials` (10,000,000),
 * `subsidyRials` (3,000,000), `interestRatePercent` (12, up to two decimals), `interestFormula`
 * (`SIMPLE` or `COMPOUND_ANNUAL`), `interestUntil` (Jalali date; absent: the day of conversion).
 * Every problem is reported, by its JSON path.
 */
export function parseSeasonFile(input: unknown): SeasonParse {
  const problems: string[] = [];
  if (!isObject(input)) return { ok: false, problems: ['the file must hold one JSON object'] };
  const text = (key: string, pattern: RegExp, what: string): string => {
    const value = input[key];
    if (typeof value !== 'string' || !pattern.test(value.trim())) {
      problems.push(`${key}: ${what}`);
      return '';
    }
    return value.trim();
  };
  const int = (source: Json, path: string, key: string, min: number, max: number, fallback?: number): number => {
    const value = source[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      problems.push(`${path}${key}: a whole number from ${min} to ${max}`);
      return min;
    }
    return value;
  };
  const date = (source: Json, path: string, key: string, optional = false): string => {
    const value = source[key];
    if (optional && (value === undefined || value === null)) return '';
    const iso = typeof value === 'string' ? jalaliToIso(value) : null;
    if (!iso) {
      problems.push(`${path}${key}: a Jalali date YYYY-MM-DD`);
      return '';
    }
    return iso;
  };
  const rials = (key: string, fallback: bigint): bigint => {
    if (input[key] === undefined) return fallback;
    const value = parseRials(input[key]);
    if (value === null) problems.push(`${key}: whole rials (a number or a string of digits)`);
    return value ?? fallback;
  };

  const code = text('code', /^[0-9A-Za-z-]{1,20}$/, 'letters, digits and -, at most 20');
  const title = text('title', /^.{1,200}$/su, 'at most 200 characters');
  const eligibleDepositUntil = date(input, '', 'eligibleDepositUntil');
  const onlineSharePercent = int(input, '', 'onlineSharePercent', 0, 100);
  const inviteNextAfterDays = int(input, '', 'inviteNextAfterDays', 1, 365);
  const holdMinutes = int(input, '', 'holdMinutes', 1, 14 * 24 * 60);
  const paymentDays = int(input, '', 'paymentDays', 1, 365);
  const doctorVisitDays = int(input, '', 'doctorVisitDays', 1, 365, paymentDays);
  const passportValidUntil = date(input, '', 'passportValidUntil');
  const passportHandOverBy = date(input, '', 'passportHandOverBy');
  const depositRials = rials('depositRials', 10_000_000n);
  const subsidyRials = rials('subsidyRials', 3_000_000n);
  let interestRateBasisPoints = 1200;
  const rate = input.interestRatePercent;
  if (rate !== undefined) {
    if (
      typeof rate !== 'number' ||
      rate < 0 ||
      rate > 100 ||
      !Number.isInteger(Math.round(rate * 100)) ||
      Math.abs(rate * 100 - Math.round(rate * 100)) > 1e-9
    ) {
      problems.push('interestRatePercent: a number from 0 to 100 with at most two decimals');
    } else interestRateBasisPoints = Math.round(rate * 100);
  }
  const formula = input.interestFormula ?? InterestFormula.SIMPLE;
  if (!Object.values(InterestFormula).includes(formula as InterestFormula))
    problems.push(`interestFormula: one of ${Object.values(InterestFormula).join(', ')}`);
  const interestUntil = date(input, '', 'interestUntil', true) || null;

  const groups: ProvinceGroupSpec[] = [];
  const seen = new Map<string, string>();
  if (!Array.isArray(input.provinceGroups) || input.provinceGroups.length === 0 || input.provinceGroups.length > 40) {
    problems.push('provinceGroups: a list of 1 to 40 groups');
  } else {
    input.provinceGroups.forEach((raw: unknown, i: number) => {
      const path = `provinceGroups[${i}].`;
      if (!isObject(raw)) {
        problems.push(`${path.slice(0, -1)}: an object`);
        return;
      }
      const name = typeof raw.name === 'string' ? raw.name.trim() : '';
      if (name.length === 0 || name.length > 100) problems.push(`${path}name: 1 to 100 characters`);
      if (groups.some((g) => g.name === name)) problems.push(`${path}name: "${name}" names another group too`);
      const provinces: string[] = [];
      if (!Array.isArray(raw.provinces) || raw.provinces.length === 0 || raw.provinces.length > 40)
        problems.push(`${path}provinces: a list of 1 to 40 names`);
      else {
        for (const p of raw.provinces as unknown[]) {
          const province = typeof p === 'string' ? normalizeProvince(p) : '';
          if (province.length === 0 || province.length > 60) problems.push(`${path}provinces: names of 1 to 60 characters`);
          else if (seen.has(province)) problems.push(`${path}provinces: "${province}" is also in group "${seen.get(province)}"`);
          else {
            seen.set(province, name);
            provinces.push(province);
          }
        }
      }
      const announcedOn = date(raw, path, 'announcedOn');
      const opens = typeof raw.admissionOpensAt === 'string' ? jalaliTimeToInstant(raw.admissionOpensAt) : null;
      if (!opens) problems.push(`${path}admissionOpensAt: a Jalali time YYYY-MM-DDTHH:mm (Tehran)`);
      const invitedDepositsUntil = date(raw, path, 'invitedDepositsUntil');
      if (invitedDepositsUntil && eligibleDepositUntil && invitedDepositsUntil > eligibleDepositUntil)
        problems.push(`${path}invitedDepositsUntil: not after eligibleDepositUntil`);
      groups.push({ name, provinces, announcedOn, admissionOpensAt: opens ?? new Date(0), invitedDepositsUntil });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    season: {
      code,
      title,
      eligibleDepositUntil,
      onlineSharePercent,
      inviteNextAfterDays,
      holdMinutes,
      paymentDays,
      doctorVisitDays,
      passportValidUntil,
      passportHandOverBy,
      depositRials,
      subsidyRials,
      interestRateBasisPoints,
      interestFormula: formula as InterestFormula,
      interestUntil,
      provinceGroups: groups,
    },
  };
}
