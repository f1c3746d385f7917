import { useQuery } from '@apollo/client/react';
import { Spin } from 'antd';
import { formatDecimal } from '../common/decimal-text';
import { ScoringSheetQuery } from '../dashboard/dashboard.graphql';

export interface IndicatorScoreProps {
  periodId: string;
  agencyId: string;
  indicatorId: string;
  /** The value (عملکرد) or the score (امتیاز) of the indicator's scoring row. */
  field: 'value' | 'score';
}

/**
 * One number of an indicator's row in its agency's scoring list. Every cell of one agency asks the
 * same query, which Apollo sends once and serves from its cache.
 */
export function IndicatorScore({ periodId, agencyId, indicatorId, field }: IndicatorScoreProps) {
  const { data, loading } = useQuery(ScoringSheetQuery, { variables: { periodId, organisationUnitId: agencyId } });
  if (data === undefined) return loading ? <Spin size="small" /> : <>—</>;
  const sheet = data.scoringSheet;
  const row = [...sheet.general, ...sheet.specific].find((r) => r.indicator.id === indicatorId);
  return <span data-testid={`indicator-${field}`}>{formatDecimal(row?.[field] ?? null, 2)}</span>;
}
