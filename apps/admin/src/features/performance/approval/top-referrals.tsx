import { formatJalaliDate } from '@pishkhan/fa-format';
import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Aggregation, ReviewIndicatorsQuery } from '../../../gql/graphql';
import { formatDecimal } from '../common/decimal-text';
import { personLabel } from '../common/person-name';
import { referralValue } from '../common/referral-value';
import { REFERRAL_STATUS_COLORS, REFERRAL_STATUS_NAMES } from '../common/status-names';

export type TopReferral = ReviewIndicatorsQuery['indicators']['items'][number]['topReferrals'][number];

export interface TopReferralsProps {
  referrals: readonly TopReferral[];
  aggregation: Aggregation;
  onReturn: (referral: TopReferral) => void;
}

/** The lead evaluator's referrals of one indicator with the values they came back with; «بازگشت» sends one back. */
export function TopReferrals({ referrals, aggregation, onReturn }: TopReferralsProps) {
  const columns: TableColumnsType<TopReferral> = [
    { key: 'assignee', title: 'گیرنده', render: (_v, r) => personLabel(r.assignee) },
    { key: 'province', title: 'استان', render: (_v, r) => r.province ?? '—' },
    { key: 'target', title: 'هدف', render: (_v, r) => formatDecimal(r.target) },
    { key: 'value', title: 'عملکرد', render: (_v, r) => formatDecimal(referralValue(r, aggregation)) },
    { key: 'deadline', title: 'مهلت', render: (_v, r) => formatJalaliDate(r.deadline) },
    {
      key: 'status',
      title: 'وضعیت',
      render: (_v, r) => (
        <>
          <Tag color={REFERRAL_STATUS_COLORS[r.status]}>{REFERRAL_STATUS_NAMES[r.status]}</Tag>
          {r.status === 'RETURNED' && r.returnReason !== null && <Typography.Text type="danger">{r.returnReason}</Typography.Text>}
        </>
      ),
    },
    {
      key: 'return',
      title: 'عملیات',
      render: (_v, r) =>
        r.status === 'SUBMITTED' ? (
          <Button size="small" danger onClick={() => onReturn(r)}>
            بازگشت
          </Button>
        ) : (
          '—'
        ),
    },
  ];
  // The referrals carry `children` (the chain below), which is not a tree to unfold here.
  return (
    <Table<TopReferral>
      rowKey="id"
      size="small"
      dataSource={[...referrals]}
      columns={columns}
      pagination={false}
      expandable={{ childrenColumnName: 'none' }}
    />
  );
}
