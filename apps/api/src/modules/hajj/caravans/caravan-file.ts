import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import type { LineParse } from '../ndjson-import';
import { normalizeProvince } from '../provinces';
import { parseRials } from '../season/season-file';

/** A caravan of the organisation's file, checked. */
export interface CaravanLine {
  code: string;
  province: string;
  managerName: string;
  managerPhone: string;
  managerNationalId: string | null;
  address: string;
  capacity: number;
  finalCostRials: bigint;
}

export const CARAVAN_CODE = /^[0-9A-Za-z-]{1,20}$/;
export const PHONE = /^0[\d-]{7,14}$/;
export const MAX_CAPACITY = 1000;

const text = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim().length > 0 && value.trim().length <= max ? value.trim().replace(/\s+/g, ' ') : null;

/**
 * `{ code, province, managerName, managerPhone, address, capacity, finalCostRials }` and, optionally,
 * `managerNationalId` (the CARAVAN_MANAGER user who runs it); `provinces`: the active season's.
 */
export function parseCaravanLine(json: unknown, provinces: ReadonlySet<string>): LineParse<CaravanLine> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, reason: 'not a JSON object' };
  const line = json as Record<string, unknown>;
  const code = typeof line.code === 'string' || typeof line.code === 'number' ? toLatinDigits(String(line.code)).trim().toUpperCase() : '';
  if (!CARAVAN_CODE.test(code)) return { ok: false, reason: 'code: letters, digits and -, at most 20' };
  const province = typeof line.province === 'string' ? normalizeProvince(line.province) : '';
  if (!provinces.has(province)) return { ok: false, reason: `province: not a province of the active season (${province || 'empty'})` };
  const managerName = text(line.managerName, 100);
  if (!managerName) return { ok: false, reason: 'managerName: 1 to 100 characters' };
  const managerPhone = typeof line.managerPhone === 'string' ? toLatinDigits(line.managerPhone).replace(/\s/g, '') : '';
  if (!PHONE.test(managerPhone)) return { ok: false, reason: 'managerPhone: digits and -, starting with 0' };
  const address = text(line.address, 300);
  if (!address) return { ok: false, reason: 'address: 1 to 300 characters' };
  const capacity = line.capacity;
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY)
    return { ok: false, reason: `capacity: a whole number from 1 to ${MAX_CAPACITY}` };
  const finalCostRials = parseRials(line.finalCostRials);
  if (finalCostRials === null || finalCostRials === 0n) return { ok: false, reason: 'finalCostRials: whole rials above zero' };
  let managerNationalId: string | null = null;
  if (line.managerNationalId !== undefined && line.managerNationalId !== null) {
    const checked = typeof line.managerNationalId === 'string' ? checkNationalId(line.managerNationalId) : null;
    if (!checked?.valid) return { ok: false, reason: 'managerNationalId: not a valid national ID' };
    managerNationalId = checked.normalized;
  }
  return { ok: true, value: { code, province, managerName, managerPhone, managerNationalId, address, capacity, finalCostRials } };
}
