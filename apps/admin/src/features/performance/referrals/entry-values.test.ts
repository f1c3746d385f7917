import { describe, expect, it } from 'vitest';
import { entryFormValues, entryInputOf, entryValueProblem } from './entry-values';

describe('performance entry values', () => {
  it('starts empty, or from the saved entry without trailing zeros', () => {
    expect(entryFormValues(null)).toEqual({
      value: '',
      hasStrategicPlan: false,
      hasInformationSystem: false,
      description: '',
      keyObstacles: '',
      improvementMeasures: '',
      partnerPerformance: '',
      isBaseline: false,
      baselineNote: '',
    });
    const saved = entryFormValues({
      value: '2700.0000',
      hasStrategicPlan: true,
      hasInformationSystem: false,
      description: 'شرح',
      isBaseline: true,
      baselineNote: 'مبنا',
    });
    expect(saved).toMatchObject({ value: '2700', hasStrategicPlan: true, description: 'شرح', isBaseline: true, baselineNote: 'مبنا' });
    expect(entryFormValues({ value: '36.5000', hasStrategicPlan: false, hasInformationSystem: false, isBaseline: false }).value).toBe(
      '36.5',
    );
  });

  it('checks the value only when one is typed', () => {
    expect(entryValueProblem('')).toBeNull();
    expect(entryValueProblem('۲۷۰۰')).toBeNull();
    expect(entryValueProblem('بسیار')).toBe('عملکرد باید عدد باشد (حداکثر ۱۴ رقم و ۴ رقم اعشار)');
  });

  it('sends every text as typed and the value as decimal text', () => {
    const input = entryInputOf(
      {
        value: '۲۷۰۰',
        hasStrategicPlan: true,
        hasInformationSystem: true,
        description: '  شرح عملکرد  ',
        keyObstacles: '',
        improvementMeasures: 'راهکار',
        partnerPerformance: undefined,
        isBaseline: false,
        baselineNote: 'ignored',
      },
      ['f1', 'f2', 'f1'],
    );
    expect(input).toEqual({
      value: '2700',
      hasStrategicPlan: true,
      hasInformationSystem: true,
      description: '  شرح عملکرد  ',
      keyObstacles: null,
      improvementMeasures: 'راهکار',
      partnerPerformance: null,
      isBaseline: false,
      baselineNote: null,
      evidenceFileIds: ['f1', 'f2'],
    });
    expect(
      entryInputOf({ value: '', hasStrategicPlan: false, hasInformationSystem: false, isBaseline: true, baselineNote: 'مبنا' }, []).value,
    ).toBeNull();
  });
});
