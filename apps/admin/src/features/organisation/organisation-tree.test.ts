import { describe, expect, it } from 'vitest';
import { UNIT_TYPE_NAMES, buildUnitForest, unitLevelName, unitPath } from './organisation-tree';

const units = [
  { id: 'moe', parentId: 'naeo', name: 'وزارت نیرو', level: 1 },
  { id: 'hq', parentId: 'moe', name: 'ستاد وزارت نیرو', level: 2 },
  { id: 'wrm', parentId: 'moe', name: 'شرکت مدیریت منابع آب ایران', level: 2 },
  { id: 'semnan', parentId: 'wrm', name: 'شرکت آب منطقه‌ای سمنان', level: 3 },
  { id: 'shahroud', parentId: 'semnan', name: 'امور منابع آب شهرستان شاهرود', level: 4 },
];

describe('buildUnitForest', () => {
  it('hangs units under their parents; a unit whose parent is missing is a root', () => {
    const forest = buildUnitForest(units);
    expect(forest.map((node) => node.unit.id)).toEqual(['moe']);
    expect(forest[0]?.children.map((node) => node.unit.id)).toEqual(['hq', 'wrm']);
    expect(forest[0]?.children[1]?.children[0]?.children[0]?.unit.id).toBe('shahroud');
  });

  it('copes with an empty list and with several roots', () => {
    expect(buildUnitForest([])).toEqual([]);
    expect(buildUnitForest([units[1]!, units[3]!]).map((node) => node.unit.id)).toEqual(['hq', 'semnan']);
  });
});

describe('unitPath', () => {
  it('walks up to the top unit in the list', () => {
    expect(unitPath(units, 'shahroud')).toEqual(['moe', 'wrm', 'semnan', 'shahroud']);
    expect(unitPath(units, 'nowhere')).toEqual([]);
  });
});

describe('names', () => {
  it('names types and levels in Persian', () => {
    expect(UNIT_TYPE_NAMES.HEADQUARTERS).toBe('ستاد');
    expect(unitLevelName(3)).toBe('استانی');
    expect(unitLevelName(7)).toBe('سطح 7');
  });
});
