import { useQuery } from '@apollo/client/react';
import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { Flex, Radio, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MyReferralsQuery, ReferralStatus } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { formatDecimal } from '../common/decimal-text';
import { PageTitle } from '../common/page-title';
import { REFERRAL_STATUS_COLORS, REFERRAL_STATUS_NAMES } from '../common/status-names';
import { daysLeftText } from '../common/tehran-date';
import { referralPath } from '../performance-paths';
import { MyReferralsQuery as ReferralsQuery } from './referrals.graphql';
import { listEmptyText } from '../../../shared/list-empty';

type Row = MyReferralsQuery['myReferrals']['items'][number];
type Filter = 'ALL' | 'ACTION';

const NEEDS_ACTION: ReferralStatus[] = ['REFERRED', 'IN_PROGRESS', 'RETURNED', 'REVIEW'];
const PAGE_SIZE = 10;

function columns(offset: number): TableColumnsType<Row> {
  return [
    { key: 'row', title: 'ردیف', width: 64, render: (_v, _row, index) => toPersianDigits(offset + index + 1) },
    { key: 'title', title: 'شاخص', render: (_v, row) => <Link to={referralPath(row.id)}>{row.indicator.title}</Link> },
    { key: 'period', title: 'دوره', render: (_v, row) => row.indicator.period.title },
    { key: 'province', title: 'استان', render: (_v, row) => row.province ?? '—' },
    { key: 'target', title: 'هدف', render: (_v, row) => `${formatDecimal(row.target)} ${row.indicator.unitOfMeasure}` },
    { key: 'referrer', title: 'ارجاع دهنده', render: (_v, row) => `${row.referrer.firstName} ${row.referrer.lastName}` },
    {
      key: 'deadline',
      title: 'مهلت',
      render: (_v, row) => (
        <Flex vertical gap={0}>
          <span>{formatJalaliDate(row.deadline)}</span>
          {row.overdue ? (
            <Tag color="red">مهلت گذشته</Tag>
          ) : (
            <Typography.Text type="secondary">{daysLeftText(row.daysLeft)}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'status',
      fixed: 'end',
      title: 'وضعیت',
      render: (_v, row) => (
        <Flex vertical gap={2}>
          <Tag color={REFERRAL_STATUS_COLORS[row.status]}>{REFERRAL_STATUS_NAMES[row.status]}</Tag>
          {row.status === 'RETURNED' && row.returnReason !== null && (
            <Typography.Text type="danger">علت بازگشت: {row.returnReason}</Typography.Text>
          )}
        </Flex>
      ),
    },
    // Always on screen, however wide the other columns are.
    { key: 'open', fixed: 'end', title: 'عملیات', render: (_v, row) => <Link to={referralPath(row.id)}>مشاهده و اقدام</Link> },
  ];
}

/** «شاخص‌های ارجاعی من»: the referrals assigned to me, nearest deadline first, a page at a time. */
export function MyReferralsPage() {
  const [page, setPage] = useState({ current: 1, pageSize: PAGE_SIZE });
  const [filter, setFilter] = useState<Filter>('ACTION');
  const offset = (page.current - 1) * page.pageSize;
  const { data, previousData, loading, error } = useQuery(ReferralsQuery, {
    variables: { filter: { limit: page.pageSize, offset, ...(filter === 'ACTION' ? { statuses: NEEDS_ACTION } : {}) } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.myReferrals;

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title="شاخص‌های ارجاعی من"
        description="شاخص‌هایی که برای ثبت عملکرد یا ارجاع به شما سپرده شده است؛ نزدیک‌ترین مهلت بالاتر است."
      />
      <Radio.Group
        aria-label="نمایش"
        optionType="button"
        buttonStyle="solid"
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value as Filter);
          setPage({ ...page, current: 1 });
        }}
        options={[
          { value: 'ACTION', label: 'نیازمند اقدام' },
          { value: 'ALL', label: 'همه' },
        ]}
      />
      {error !== undefined && <ErrorAlert error={error} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={loading}
        dataSource={shown?.items ?? []}
        columns={columns(offset)}
        onRow={(row) => (row.overdue ? { style: { background: '#fff1f0' }, 'data-overdue': 'true' } : {})}
        locale={{ emptyText: listEmptyText(error, 'شاخصی به شما ارجاع نشده است') }}
        data-testid="my-referrals"
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: shown?.total ?? 0,
          showTotal: (total) => `${toPersianDigits(total)} ارجاع`,
          ...PERSIAN_PAGINATION,
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
      />
    </Flex>
  );
}
