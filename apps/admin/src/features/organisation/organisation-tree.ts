import type { OrganisationUnitType } from '../../gql/graphql';

/** The fields of an organisation unit the tree needs. */
export interface UnitLike {
  id: string;
  parentId?: string | null;
  name: string;
  level: number;
}

export interface UnitNode<T extends UnitLike> {
  unit: T;
  children: UnitNode<T>[];
}

/**
 * The units as a forest, by `parentId`: a unit whose parent is not in the list is a root (a
 * subtree's top unit). Input order is kept among siblings.
 */
export function buildUnitForest<T extends UnitLike>(units: readonly T[]): UnitNode<T>[] {
  const nodes = new Map<string, UnitNode<T>>(units.map((unit) => [unit.id, { unit, children: [] }]));
  const roots: UnitNode<T>[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id);
    if (node === undefined) continue;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    if (parent === undefined || parent === node) roots.push(node);
    else parent.children.push(node);
  }
  return roots;
}

/** The ids from a root down to the unit with `id` (empty when it is not in the list). */
export function unitPath(units: readonly UnitLike[], id: string): string[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const path: string[] = [];
  let current = byId.get(id);
  while (current !== undefined && !path.includes(current.id)) {
    path.unshift(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
}

/** Persian names of the kinds of unit. */
export const UNIT_TYPE_NAMES: Readonly<Record<OrganisationUnitType, string>> = {
  NATIONAL_OFFICE: 'سازمان ملی',
  MINISTRY: 'وزارتخانه',
  HEADQUARTERS: 'ستاد',
  SUBSIDIARY: 'دستگاه تابعه',
  PROVINCIAL: 'واحد استانی',
  REGIONAL: 'واحد منطقه‌ای',
};

/** Persian names of the levels of the tree. */
export const UNIT_LEVEL_NAMES: readonly string[] = ['ملی', 'سطح اول (وزارتخانه)', 'سطح دوم (ستاد یا دستگاه تابعه)', 'استانی', 'منطقه‌ای'];

export function unitLevelName(level: number): string {
  return UNIT_LEVEL_NAMES[level] ?? `سطح ${level}`;
}
