import type { SeedSet } from '../../platform/db/seed';
import { OrganisationUnit } from '../organisations';
import { EvaluationPeriod, PeriodStatus } from './evaluation-period.entity';
import { Aggregation, ComparisonType, Indicator, IndicatorCategory, IndicatorStatus } from './indicator.entity';
import { addDays, tehranToday } from '../../platform/time/tehran-date';

interface IndicatorSeed {
  title: string;
  target: string;
  scoreCap: string;
  weight: string;
  unit: string;
  aggregation: Aggregation;
  comparison: ComparisonType;
  category: IndicatorCategory;
}

/** The Ministry of Energy's period-1402 indicators from seed 002's table (its repeated rows once). */
export const MOE_INDICATORS: readonly IndicatorSeed[] = [
  {
    title: 'تعداد روستاهای آبرسانی شده در طرح جهاد آبرسانی',
    target: '3000',
    scoreCap: '170',
    weight: '85',
    unit: 'تعداد',
    aggregation: Aggregation.SUM,
    comparison: ComparisonType.HIGHER_IS_BETTER,
    category: IndicatorCategory.SPECIFIC,
  },
  {
    title: 'راندمان شبکه برق کشور',
    target: '36.5',
    scoreCap: '170',
    weight: '85',
    unit: 'درصد',
    aggregation: Aggregation.MEAN,
    comparison: ComparisonType.HIGHER_IS_BETTER,
    category: IndicatorCategory.SPECIFIC,
  },
  {
    title: 'کاهش ناترازی برق به نسبت سال قبل',
    target: '10',
    scoreCap: '145',
    weight: '72',
    unit: 'درصد',
    aggregation: Aggregation.MEAN,
    comparison: ComparisonType.HIGHER_IS_BETTER,
    category: IndicatorCategory.SPECIFIC,
  },
  {
    title: 'میزان صادرات انرژی به نسبت سال قبل',
    target: '10',
    scoreCap: '100',
    weight: '50',
    unit: 'درصد',
    aggregation: Aggregation.MEAN,
    comparison: ComparisonType.HIGHER_IS_BETTER,
    category: IndicatorCategory.GENERAL,
  },
  {
    title: 'اعمال نظام قیمت‌گذاری پلکانی',
    target: '100',
    scoreCap: '100',
    weight: '50',
    unit: 'درصد',
    aggregation: Aggregation.MEAN,
    comparison: ComparisonType.THRESHOLD,
    category: IndicatorCategory.GENERAL,
  },
  {
    title: 'میزان تولید انرژی الکتریکی',
    target: '360',
    scoreCap: '170',
    weight: '85',
    unit: 'تراوات ساعت',
    aggregation: Aggregation.SUM,
    comparison: ComparisonType.HIGHER_IS_BETTER,
    category: IndicatorCategory.SPECIFIC,
  },
  {
    title: 'میزان رشد صادرات محصولات و خدمات فنی و مهندسی حوزه صنعت آب و برق',
    target: '300',
    scoreCap: '145',
    weight: '72',
    unit: 'میلیون دلار',
    aggregation: Aggregation.SUM,
    comparison: ComparisonType.HIGHER_IS_BETTER,
    category: IndicatorCategory.GENERAL,
  },
];

/**
 * The seed's period (1402/10/10 – 1402/11/29, closed) and an open demo period running 30 days from
 * the day the demo data is loaded (the seed's unit list shows a 30-day deadline), both with the
 * Ministry of Energy's indicators, so the whole referral chain can be tried.
 */
export const performanceSeed: SeedSet = {
  name: 'performance:demo-periods-and-indicators',
  async apply(manager) {
    const moe = await manager.findOneByOrFail(OrganisationUnit, { code: 'MOE' });
    const today = tehranToday();
    const periods = [
      { title: 'ارزیابی عملکرد شهید رجایی دوره ۱۴۰۲', startDate: '2023-12-31', endDate: '2024-02-18', status: PeriodStatus.CLOSED },
      { title: 'ارزیابی عملکرد شهید رجایی دوره ۱۴۰۵ (نمونه)', startDate: today, endDate: addDays(today, 30), status: PeriodStatus.OPEN },
    ];
    for (const seed of periods) {
      const period = await manager.save(EvaluationPeriod, seed);
      for (const item of MOE_INDICATORS) {
        await manager.insert(Indicator, {
          periodId: period.id,
          organisationUnitId: moe.id,
          title: item.title,
          legalBasis: 'قانون برنامه هفتم توسعه',
          nature: 'کمی',
          comparisonType: item.comparison,
          aggregation: item.aggregation,
          unitOfMeasure: item.unit,
          target: item.target,
          scoreCap: item.scoreCap,
          weight: item.weight,
          category: item.category,
          status: IndicatorStatus.NOT_REFERRED,
          evaluationNote: null,
          proposalId: null,
        });
      }
    }
  },
};
