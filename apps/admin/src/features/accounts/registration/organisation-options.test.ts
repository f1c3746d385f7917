import { describe, expect, it } from 'vitest';
import { chosenUnitId, organisationChoiceProblem, organisationOptions } from './organisation-options';

const tree = [
  { id: 'naeo', parentId: null, name: 'سازمان اداری و استخدامی کشور', level: 0 },
  { id: 'moe', parentId: 'naeo', name: 'وزارت نیرو', level: 1 },
  { id: 'hq', parentId: 'moe', name: 'ستاد وزارت نیرو', level: 2 },
  { id: 'wrm', parentId: 'moe', name: 'شرکت مدیریت منابع آب ایران', level: 2 },
  { id: 'semnan', parentId: 'wrm', name: 'شرکت آب منطقه‌ای سمنان', level: 3 },
  { id: 'mpo', parentId: 'naeo', name: 'سازمان مدیریت و برنامه‌ریزی استان سمنان', level: 1 },
];

describe('organisationOptions', () => {
  it('starts at the first level and nests the deeper units', () => {
    const options = organisationOptions(tree);
    expect(options.map((o) => o.label)).toEqual(['وزارت نیرو', 'سازمان مدیریت و برنامه‌ریزی استان سمنان']);
    expect(options[0]?.children?.map((o) => o.label)).toEqual(['ستاد وزارت نیرو', 'شرکت مدیریت منابع آب ایران']);
    expect(options[0]?.children?.[1]?.children?.[0]).toEqual({ value: 'semnan', label: 'شرکت آب منطقه‌ای سمنان' });
    expect(options[1]?.children).toBeUndefined();
  });
});

describe('organisationChoiceProblem', () => {
  it('refuses nothing chosen and the ministry alone', () => {
    expect(organisationChoiceProblem(undefined)).toBe('دستگاه را انتخاب کنید');
    expect(organisationChoiceProblem(['moe'])).toContain('فقط وزارتخانه');
  });

  it('accepts the second level or deeper', () => {
    expect(organisationChoiceProblem(['moe', 'hq'])).toBeNull();
    expect(organisationChoiceProblem(['moe', 'wrm', 'semnan'])).toBeNull();
    expect(chosenUnitId(['moe', 'wrm', 'semnan'])).toBe('semnan');
    expect(chosenUnitId([])).toBeNull();
  });
});
