import type { PerformanceEntryInput } from '../../../gql/graphql';
import { normaliseDecimal } from '../common/decimal-text';

/** The performance entry form (ثبت عملکرد, seed 002 rule 9), as typed. */
export interface EntryFormValues {
  value?: string;
  hasStrategicPlan: boolean;
  hasInformationSystem: boolean;
  description?: string;
  keyObstacles?: string;
  improvementMeasures?: string;
  partnerPerformance?: string;
  isBaseline: boolean;
  baselineNote?: string;
}

/** A saved entry as the API gives it back. */
export interface SavedEntry {
  value?: string | null;
  hasStrategicPlan: boolean;
  hasInformationSystem: boolean;
  description?: string | null;
  keyObstacles?: string | null;
  improvementMeasures?: string | null;
  partnerPerformance?: string | null;
  isBaseline: boolean;
  baselineNote?: string | null;
}

const text = (value: string | null | undefined): string => value ?? '';

/** The form's starting values: the saved entry, or an empty form. */
export function entryFormValues(entry: SavedEntry | null | undefined): EntryFormValues {
  const value = entry?.value ? normaliseDecimal(entry.value) : null;
  return {
    value: value === null ? '' : value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
    hasStrategicPlan: entry?.hasStrategicPlan ?? false,
    hasInformationSystem: entry?.hasInformationSystem ?? false,
    description: text(entry?.description),
    keyObstacles: text(entry?.keyObstacles),
    improvementMeasures: text(entry?.improvementMeasures),
    partnerPerformance: text(entry?.partnerPerformance),
    isBaseline: entry?.isBaseline ?? false,
    baselineNote: text(entry?.baselineNote),
  };
}

/** Why the typed value cannot be saved, in Persian; null when it can (an empty value is a draft). */
export function entryValueProblem(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return normaliseDecimal(value) === null ? 'عملکرد باید عدد باشد (حداکثر ۱۴ رقم و ۴ رقم اعشار)' : null;
}

const optional = (value: string | undefined): string | null => (value === undefined || value.trim() === '' ? null : value);

/** The mutation input: every text as typed (blank ones as null), the value as decimal text. */
export function entryInputOf(values: EntryFormValues, evidenceFileIds: readonly string[]): PerformanceEntryInput {
  return {
    value: normaliseDecimal(values.value),
    hasStrategicPlan: values.hasStrategicPlan,
    hasInformationSystem: values.hasInformationSystem,
    description: optional(values.description),
    keyObstacles: optional(values.keyObstacles),
    improvementMeasures: optional(values.improvementMeasures),
    partnerPerformance: optional(values.partnerPerformance),
    isBaseline: values.isBaseline,
    baselineNote: values.isBaseline ? optional(values.baselineNote) : null,
    evidenceFileIds: [...new Set(evidenceFileIds)],
  };
}
