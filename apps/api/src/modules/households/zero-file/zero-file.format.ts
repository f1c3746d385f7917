import { checkNationalId } from '@pishkhan/national-id';
import { gregorianToJalali, jalaliToGregorian } from '@pishkhan/fa-format';
import { Relation } from '../household-member.entity';

/** One member as the zero file writes it (contract: keep these names). */
export interface ZeroFileMember {
  nationalId: string;
  firstName: string;
  lastName: string;
  /** Jalali YYYY-MM-DD */
  birthDate: string;
  gender: 'F' | 'M';
  relation: Relation;
}

/** One line of the zero file: a household (contract: keep these names). */
export interface ZeroFileHousehold {
  householdId: string;
  trackingCode: string;
  cluster: number;
  province: string;
  armedForces: boolean;
  members: ZeroFileMember[];
}

export interface ParsedHousehold extends ZeroFileHousehold {
  /** Members with Gregorian ISO birth dates, for the database. */
  rows: Array<Omit<ZeroFileMember, 'birthDate'> & { birthDate: string }>;
}

export type LineResult = { ok: true; household: ParsedHousehold } | { ok: false; reason: string };

const RELATIONS = new Set<string>(Object.values(Relation));

function isoFromJalali(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31 || (m > 6 && d > 30)) return null;
  try {
    const g = jalaliToGregorian(y, m, d);
    const back = gregorianToJalali(g.year, g.month, g.day);
    if (back.year !== y || back.month !== m || back.day !== d) return null;
    return `${String(g.year).padStart(4, '0')}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
  } catch {
    return null;
  }
}

export function jalaliOfIso(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const j = gregorianToJalali(y, m, d);
  return `${j.year}-${String(j.month).padStart(2, '0')}-${String(j.day).padStart(2, '0')}`;
}

const text = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= max;

/** Checks one line of the zero file. Reasons are short English phrases for the reject report. */
export function parseZeroFileLine(line: string): LineResult {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'malformed JSON' };
  }
  const h = data as Partial<ZeroFileHousehold> | null;
  if (!h || typeof h !== 'object') return { ok: false, reason: 'not a JSON object' };
  if (!text(h.householdId, 64)) return { ok: false, reason: 'householdId missing' };
  if (typeof h.trackingCode !== 'string' || !/^\d{6,20}$/.test(h.trackingCode))
    return { ok: false, reason: 'trackingCode must be 6 to 20 digits' };
  if (!Number.isInteger(h.cluster) || (h.cluster as number) < 1 || (h.cluster as number) > 10)
    return { ok: false, reason: 'cluster must be 1 to 10' };
  if (!text(h.province, 60)) return { ok: false, reason: 'province missing' };
  if (typeof h.armedForces !== 'boolean') return { ok: false, reason: 'armedForces must be true or false' };
  if (!Array.isArray(h.members) || h.members.length === 0 || h.members.length > 50) return { ok: false, reason: 'members must be 1 to 50' };
  const rows: ParsedHousehold['rows'] = [];
  const seen = new Set<string>();
  for (const [i, m] of h.members.entries()) {
    const member = m as Partial<ZeroFileMember>;
    const checked = checkNationalId(String(member?.nationalId ?? ''));
    if (!checked.valid) return { ok: false, reason: `member ${i + 1}: invalid national ID` };
    if (seen.has(checked.normalized)) return { ok: false, reason: `member ${i + 1}: appears twice` };
    seen.add(checked.normalized);
    if (!text(member.firstName, 60) || !text(member.lastName, 60)) return { ok: false, reason: `member ${i + 1}: name missing` };
    const birthDate = isoFromJalali(member.birthDate);
    if (!birthDate) return { ok: false, reason: `member ${i + 1}: birthDate must be a Jalali YYYY-MM-DD` };
    if (member.gender !== 'F' && member.gender !== 'M') return { ok: false, reason: `member ${i + 1}: gender must be F or M` };
    if (!RELATIONS.has(String(member.relation))) return { ok: false, reason: `member ${i + 1}: unknown relation` };
    rows.push({
      nationalId: checked.normalized,
      firstName: member.firstName!.trim(),
      lastName: member.lastName!.trim(),
      birthDate,
      gender: member.gender,
      relation: member.relation as Relation,
    });
  }
  const heads = rows.filter((r) => r.relation === Relation.HEAD).length;
  if (heads === 0) return { ok: false, reason: 'no head' };
  if (heads > 1) return { ok: false, reason: 'two heads' };
  return { ok: true, household: { ...(h as ZeroFileHousehold), rows } };
}
