import { Flex, Select, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../../shared/error-alert';
import { PERIOD_STATUS_NAMES } from './status-names';
import { jalaliRange } from './tehran-date';
import type { PeriodChoice } from './use-period';

export interface PeriodSelectProps {
  choice: PeriodChoice;
}

/** «دوره ارزیابی»: the periods, newest first, with the chosen one's Jalali dates. */
export function PeriodSelect({ choice }: PeriodSelectProps) {
  const { periods, period, choose, loading, error } = choice;
  if (error !== undefined) return <ErrorAlert error={error} />;
  return (
    <Flex align="center" gap="small" wrap>
      <label htmlFor="evaluation-period">دوره ارزیابی</label>
      <Select
        id="evaluation-period"
        aria-label="دوره ارزیابی"
        loading={loading}
        value={period?.id}
        onChange={choose}
        style={{ minWidth: 320 }}
        popupMatchSelectWidth={false}
        options={periods.map((p) => ({ value: p.id, label: p.title }))}
        data-testid="period-select"
      />
      {period !== null && (
        <>
          <Typography.Text data-testid="period-range">{jalaliRange(period.startDate, period.endDate)}</Typography.Text>
          <Tag color={period.status === 'OPEN' ? 'green' : 'default'}>{PERIOD_STATUS_NAMES[period.status]}</Tag>
        </>
      )}
    </Flex>
  );
}
