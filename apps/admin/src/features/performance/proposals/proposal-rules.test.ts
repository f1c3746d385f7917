import { describe, expect, it } from 'vitest';
import { proposalAgencies, proposalScoreProblem, proposalTargetProblem, type ProposalUnit } from './proposal-rules';

const units: ProposalUnit[] = [
  { id: 'naeo', name: 'سازمان اداری و استخدامی کشور', level: 0, type: 'NATIONAL_OFFICE', province: null },
  { id: 'moe', name: 'وزارت نیرو', level: 1, type: 'MINISTRY', province: null },
  { id: 'wrm', name: 'شرکت مدیریت منابع آب ایران', level: 2, type: 'SUBSIDIARY', province: null },
  { id: 'semnan-water', name: 'شرکت آب منطقه‌ای سمنان', level: 3, type: 'PROVINCIAL', province: 'سمنان' },
  { id: 'tehran-water', name: 'شرکت آب منطقه‌ای تهران', level: 3, type: 'PROVINCIAL', province: 'تهران' },
  { id: 'semnan-power', name: 'شرکت توزیع نیروی برق استان سمنان', level: 3, type: 'PROVINCIAL', province: 'سمنان' },
  { id: 'shahroud', name: 'امور منابع آب شهرستان شاهرود', level: 4, type: 'REGIONAL', province: 'سمنان' },
  { id: 'mpo-semnan', name: 'سازمان مدیریت و برنامه‌ریزی استان سمنان', level: 1, type: 'PROVINCIAL', province: 'سمنان' },
];

describe('proposal rules', () => {
  it("offers the provincial and regional agencies of the deputy's province", () => {
    expect(proposalAgencies(units, 'mpo-semnan').map((u) => u.id)).toEqual(['semnan-water', 'semnan-power', 'shahroud']);
    expect(proposalAgencies(units, 'moe')).toEqual([]);
    expect(proposalAgencies(units, null)).toEqual([]);
  });

  it('keeps the target between its bounds', () => {
    expect(proposalTargetProblem('10', '۲۰', '30')).toBeNull();
    expect(proposalTargetProblem('10', '10', '10')).toBeNull();
    expect(proposalTargetProblem('10', '40', '30')).toBe('مقدار هدف باید میان حد پایین و حد بالای هدف باشد');
    expect(proposalTargetProblem('40', '35', '30')).toBe('حد پایین هدف نمی‌تواند از حد بالای آن بیشتر باشد');
    expect(proposalTargetProblem('10', undefined, '30')).toBeNull();
  });

  it('keeps a score above zero and within the cap', () => {
    expect(proposalScoreProblem(50)).toBeNull();
    expect(proposalScoreProblem(150)).toBeNull();
    expect(proposalScoreProblem(0)).toBe('امتیاز باید بیشتر از ۰ و حداکثر ۱۵۰ باشد؛ ۰ پذیرفته نیست');
    expect(proposalScoreProblem(160)).toBe('امتیاز باید بیشتر از ۰ و حداکثر ۱۵۰ باشد؛ ۱۶۰ پذیرفته نیست');
    expect(proposalScoreProblem(150.5)).toBe('امتیاز باید بیشتر از ۰ و حداکثر ۱۵۰ باشد؛ ۱۵۰٫۵ پذیرفته نیست');
    expect(proposalScoreProblem(null)).toBe('امتیاز را وارد کنید');
  });
});
