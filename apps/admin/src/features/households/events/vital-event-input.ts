import type { HouseholdChangeSource, HouseholdChangeType, VitalEventInput } from '../../../gql/graphql';
import { normalisedNationalId } from '../../accounts/field-checks';

/** Events that move a person into the household of a receiving head. */
const RECEIVING_HEAD_TYPES: ReadonlySet<HouseholdChangeType> = new Set<HouseholdChangeType>([
  'MARRIAGE',
  'CUSTODY',
  'GUARDIANSHIP',
  'SPONSORSHIP',
]);

export function needsReceivingHead(type: HouseholdChangeType | undefined): boolean {
  return type !== undefined && RECEIVING_HEAD_TYPES.has(type);
}

/** Who the event is about, as the subject's field is labelled for each type. */
export function subjectLabel(type: HouseholdChangeType | undefined): string {
  switch (type) {
    case 'DEATH':
      return 'کد ملی متوفی';
    case 'MARRIAGE':
      return 'کد ملی همسری که به خانوار می‌پیوندد';
    case 'DIVORCE':
    case 'IRRECONCILABILITY':
      return 'کد ملی همسری که از خانوار جدا می‌شود';
    case 'CUSTODY':
    case 'GUARDIANSHIP':
    case 'SPONSORSHIP':
      return 'کد ملی فرزند یا شخص منتقل‌شونده';
    case 'BIRTH':
      return 'کد ملی پدر یا مادر';
    default:
      return 'کد ملی شخص';
  }
}

export interface NewbornValues {
  nationalId: string;
  firstName: string;
  lastName: string;
  gender: 'F' | 'M';
}

/** The form's values once checked, dates already ISO. */
export interface VitalEventValues {
  type: HouseholdChangeType;
  source: HouseholdChangeSource;
  occurredOn: string;
  subjectNationalId: string;
  relatedNationalId?: string;
  newborn?: NewbornValues;
}

/**
 * The API's input: national IDs normalised; the receiving head only for the events that move a
 * person into his household; for a birth, the newborn (born on the event's date), whose household
 * is that of the parent named as the subject.
 */
export function vitalEventInput(values: VitalEventValues): VitalEventInput {
  const base = {
    type: values.type,
    source: values.source,
    occurredOn: values.occurredOn,
    subjectNationalId: normalisedNationalId(values.subjectNationalId),
  };
  if (needsReceivingHead(values.type)) return { ...base, relatedNationalId: normalisedNationalId(values.relatedNationalId ?? '') };
  if (values.type === 'BIRTH' && values.newborn) {
    const { nationalId, firstName, lastName, gender } = values.newborn;
    return {
      ...base,
      // The API takes the parent as the related person of a birth.
      relatedNationalId: base.subjectNationalId,
      newborn: {
        nationalId: normalisedNationalId(nationalId),
        firstName: firstName.trim(),
        lastName: lastName.trim(),
        gender,
        birthDate: values.occurredOn,
      },
    };
  }
  return base;
}
