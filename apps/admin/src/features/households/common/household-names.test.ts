import { describe, expect, it } from 'vitest';
import { BODY_CHOICES, EVENT_NAMES, RELATION_NAMES, SERVICE_NAMES, SOURCE_NAMES, genderName, optionsOf } from './household-names';

describe('household names', () => {
  it('names relations and events in Persian', () => {
    expect(RELATION_NAMES).toEqual({ HEAD: 'سرپرست', SPOUSE: 'همسر', CHILD: 'فرزند', PARENT: 'والد', OTHER: 'سایر' });
    expect(EVENT_NAMES.DEATH).toBe('فوت');
    expect(EVENT_NAMES.GUARDIANSHIP).toBe('قیمومیت');
    expect(EVENT_NAMES.SPONSORSHIP).toBe('پذیرش سرپرستی');
    expect(EVENT_NAMES.BIRTH).toBe('تولد');
    expect(SOURCE_NAMES.POLICE_PLUS_10).toBe('دفتر پلیس +۱۰');
  });

  it('offers the seven subsidy affairs, without birth', () => {
    expect(Object.keys(SERVICE_NAMES)).toHaveLength(7);
    expect(Object.keys(SERVICE_NAMES)).not.toContain('BIRTH');
  });

  it('makes options in the order of the names', () => {
    expect(optionsOf(BODY_CHOICES)).toEqual([
      { value: 'CIVIL_REGISTRY', label: 'ثبت احوال (ساختار ثبت‌شده)' },
      { value: 'SUBSIDY_ORGANISATION', label: 'سازمان هدفمندسازی (نحوه اعمال)' },
    ]);
  });

  it('names genders', () => {
    expect(genderName('F')).toBe('زن');
    expect(genderName('M')).toBe('مرد');
    expect(genderName('X')).toBe('X');
  });
});
