import { useQuery } from '@apollo/client/react';
import { formatJalaliDate, formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Table, type TableColumnsType } from 'antd';
import type { HouseholdTimelineQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { EVENT_NAMES, SOURCE_NAMES } from '../common/household-names';
import { HouseholdTimelineQuery as TimelineQuery } from './household.graphql';

type Change = HouseholdTimelineQuery['householdTimeline'][number];

const columns: TableColumnsType<Change> = [
  { key: 'type', title: 'رویداد', render: (_value, change) => EVENT_NAMES[change.type] },
  { key: 'occurredAt', title: 'تاریخ رویداد', render: (_value, change) => formatJalaliDate(change.occurredAt) },
  { key: 'source', title: 'محل ثبت', render: (_value, change) => SOURCE_NAMES[change.source] },
  { key: 'people', title: 'اشخاص', render: (_value, change) => change.nationalIds.map((id) => toPersianDigits(id)).join('، ') },
  { key: 'recordedAt', title: 'زمان ثبت', render: (_value, change) => formatJalaliDateTime(change.recordedAt) },
];

export interface HouseholdTimelineProps {
  householdId: string;
}

/** The change events that touched the household, oldest first. */
export function HouseholdTimeline({ householdId }: HouseholdTimelineProps) {
  const { data, loading, error } = useQuery(TimelineQuery, { variables: { householdId }, fetchPolicy: 'network-only' });
  if (error !== undefined) return <ErrorAlert error={error} />;
  return (
    <Table<Change>
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      loading={loading}
      dataSource={data?.householdTimeline ?? []}
      columns={columns}
      locale={{ emptyText: 'از زمان ثبت خانوار رویدادی در آن ثبت نشده است' }}
      pagination={{ pageSize: 10, hideOnSinglePage: true, ...PERSIAN_PAGINATION, showSizeChanger: false }}
      data-testid="household-timeline"
    />
  );
}
