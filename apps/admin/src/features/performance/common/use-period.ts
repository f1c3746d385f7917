import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { EvaluationPeriodsQuery as PeriodsResult } from '../../../gql/graphql';
import { EvaluationPeriodsQuery } from './periods.graphql';

export type Period = PeriodsResult['evaluationPeriods'][number];

export interface PeriodChoice {
  periods: readonly Period[];
  /** The chosen period: the one in the address (`?period=`), else the newest open one, else the newest. */
  period: Period | null;
  choose: (periodId: string) => void;
  loading: boolean;
  error: unknown;
}

/** The evaluation period a Ma'na page shows, kept in the address so that reloading keeps it. */
export function usePeriod(): PeriodChoice {
  const { data, loading, error } = useQuery(EvaluationPeriodsQuery);
  const [params, setParams] = useSearchParams();
  const periods = data?.evaluationPeriods ?? [];
  const wanted = params.get('period');
  const period = periods.find((p) => p.id === wanted) ?? periods.find((p) => p.status === 'OPEN') ?? periods[0] ?? null;
  const choose = useCallback(
    (periodId: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('period', periodId);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { periods, period, choose, loading, error };
}
