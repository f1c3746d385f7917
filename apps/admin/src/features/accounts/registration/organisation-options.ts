import { buildUnitForest, type UnitLike, type UnitNode } from '../../organisation/organisation-tree';

/** The first level of the registration form's organisation choice: ministries and their peers. */
export const FIRST_LEVEL = 1;

export interface OrganisationOption {
  value: string;
  label: string;
  children?: OrganisationOption[];
}

function toOption<T extends UnitLike>(node: UnitNode<T>): OrganisationOption {
  return {
    value: node.unit.id,
    label: node.unit.name,
    ...(node.children.length > 0 ? { children: node.children.map(toOption) } : {}),
  };
}

/** Cascader options from the whole tree: the first column lists first-level units (ministries). */
export function organisationOptions(units: readonly UnitLike[]): OrganisationOption[] {
  const firstLevel = units.filter((unit) => unit.level >= FIRST_LEVEL);
  return buildUnitForest(firstLevel)
    .filter((node) => node.unit.level === FIRST_LEVEL)
    .map(toOption);
}

/** Why the chosen path cannot be sent, or null: the ministry alone is too broad (seed 002 rule 2). */
export function organisationChoiceProblem(path: readonly string[] | undefined): string | null {
  if (path === undefined || path.length === 0) return 'دستگاه را انتخاب کنید';
  if (path.length === 1) {
    return 'انتخاب سطح اول (فقط وزارتخانه) پذیرفته نیست؛ سطح دوم دستگاه، مانند ستاد وزارتخانه یا دستگاه زیرمجموعه، یا پایین‌تر را هم انتخاب کنید';
  }
  return null;
}

/** The unit the request is for: the last one chosen. */
export function chosenUnitId(path: readonly string[]): string | null {
  return path[path.length - 1] ?? null;
}
