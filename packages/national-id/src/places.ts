import { getPlaceByIranNationalId } from '@persian-tools/persian-tools';

export interface IssuancePlace {
  /** The first three digits: the code of the civil-registration office that issued the ID. */
  prefix: string;
  /** Province in Persian, or null when the prefix is not in the place table. */
  province: string | null;
  /** City or office in Persian, or null when the prefix is not in the place table. */
  city: string | null;
}

/**
 * Issuance place of a normalised, valid national ID. A prefix missing from the table is still a
 * valid ID (the 1403 Semnan pilot uses 750 and 752): province and city are then null.
 */
export function issuancePlaceOf(normalizedNationalId: string): IssuancePlace {
  const prefix = normalizedNationalId.slice(0, 3);
  const place = getPlaceByIranNationalId(normalizedNationalId);
  return { prefix, province: place?.province ?? null, city: place?.city ?? null };
}
