import { describe, expect, it } from 'vitest';
import { admissionBeforeAnnouncementProblem, cutoffProblem, provinceGroupFields, provinceGroupInput } from './province-schedule-input';

describe('province schedule input', () => {
  it('shows the admission opening on Tehran’s clock and sends it back as the same instant', () => {
    // 1392/11/18 09:00 in Tehran (rule 7).
    const group = { announcedOn: '2014-02-04', admissionOpensAt: '2014-02-07T05:30:00.000Z' };
    const fields = provinceGroupFields(group);
    expect(fields).toEqual({ announcedOn: '2014-02-04', opensOn: '2014-02-07', opensAt: '۰۹:۰۰' });
    const input = provinceGroupInput(fields);
    expect(input.announcedOn).toBe('2014-02-04');
    expect(new Date(input.admissionOpensAt).toISOString()).toBe('2014-02-07T05:30:00.000Z');
    expect(new Date(provinceGroupInput({ ...fields, opensAt: '۱۰:۳۰' }).admissionOpensAt).toISOString()).toBe('2014-02-07T07:00:00.000Z');
  });

  it('refuses an opening time that is not a clock time', () => {
    expect(() => provinceGroupInput({ announcedOn: '2014-02-04', opensOn: '2014-02-07', opensAt: '25:00' })).toThrow();
  });

  it('does not open admission before the caravans are announced', () => {
    expect(admissionBeforeAnnouncementProblem('2014-02-04', '2014-02-04')).toBeNull();
    expect(admissionBeforeAnnouncementProblem('2014-02-04', '2014-02-03')).toBe(
      'آغاز پذیرش نمی‌تواند پیش از روز اعلام کاروان‌ها (۱۳۹۲/۱۱/۱۵) باشد',
    );
  });

  it('does not invite deposits past the season’s eligibility cut-off', () => {
    expect(cutoffProblem('2006-01-10', '2006-01-10')).toBeNull();
    expect(cutoffProblem('2006-01-11', '2006-01-10')).toBe('دعوت‌شدگان نمی‌توانند از مهلت ودیعه‌گذاری مشمول (۱۳۸۴/۱۰/۲۰) فراتر روند');
    expect(cutoffProblem(null, '2006-01-10')).toBe('تاریخ را انتخاب کنید');
  });
});
