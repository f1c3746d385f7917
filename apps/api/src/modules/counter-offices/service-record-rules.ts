import type { FingerprintCapture } from './service-record.entity';

/** The ten fingers, each captured or excused (MOSIP's registration client captures the same). */
export enum Finger {
  RIGHT_THUMB = 'RIGHT_THUMB',
  RIGHT_INDEX = 'RIGHT_INDEX',
  RIGHT_MIDDLE = 'RIGHT_MIDDLE',
  RIGHT_RING = 'RIGHT_RING',
  RIGHT_LITTLE = 'RIGHT_LITTLE',
  LEFT_THUMB = 'LEFT_THUMB',
  LEFT_INDEX = 'LEFT_INDEX',
  LEFT_MIDDLE = 'LEFT_MIDDLE',
  LEFT_RING = 'LEFT_RING',
  LEFT_LITTLE = 'LEFT_LITTLE',
}

export const FINGERS: readonly Finger[] = Object.values(Finger);

/** A capture scoring below this must be taken again or excused. */
export const MIN_FINGER_QUALITY = 40;

/** The data fields the office must record (seed 003 rule 3). */
export const DATA_FIELDS = [
  'identificationNumber',
  'documentKind',
  'firstName',
  'lastName',
  'fatherName',
  'nationality',
  'birthDate',
  'gender',
  'mobile',
  'residenceAddress',
] as const;
export type DataField = (typeof DATA_FIELDS)[number];

export interface RecordState {
  fields: Partial<Record<DataField, string | null>>;
  fingerprints: readonly FingerprintCapture[];
  hasPhoto: boolean;
  feePaid: boolean;
}

/** A finger counts when captured with enough quality, or excused with a reason. */
export function fingerDone(capture: FingerprintCapture | undefined): boolean {
  if (!capture) return false;
  if (capture.exceptionReason && capture.exceptionReason.trim() !== '') return true;
  return !!capture.templateRef && capture.quality !== null && capture.quality >= MIN_FINGER_QUALITY;
}

/**
 * What still misses before the record may close, by name: a data field (`field:firstName`), a
 * finger (`fingerprint:LEFT_RING`), `photo`, `fee`. Empty when complete.
 */
export function missingParts(state: RecordState): string[] {
  const missing: string[] = [];
  for (const field of DATA_FIELDS) {
    const value = state.fields[field];
    if (value === null || value === undefined || value.trim() === '') missing.push(`field:${field}`);
  }
  const byFinger = new Map(state.fingerprints.map((capture) => [capture.finger, capture]));
  for (const finger of FINGERS) if (!fingerDone(byFinger.get(finger))) missing.push(`fingerprint:${finger}`);
  if (!state.hasPhoto) missing.push('photo');
  if (!state.feePaid) missing.push('fee');
  return missing;
}
