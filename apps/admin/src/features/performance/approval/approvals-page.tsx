import { useMutation, useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { App, Button, Flex, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ReviewIndicatorsQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { persianErrorMessage } from '../../../shared/errors';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { formatDecimal } from '../common/decimal-text';
import { PageTitle } from '../common/page-title';
import { PeriodSelect } from '../common/period-select';
import { personLabel } from '../common/person-name';
import { combinedValue } from '../common/referral-value';
import { ReturnModal, type ReturnTarget } from '../common/return-modal';
import { usePeriod } from '../common/use-period';
import { ApproveIndicatorMutation, ReviewIndicatorsQuery as ReviewQuery } from './approval.graphql';
import { ChainDetails } from './chain-details';
import { ForwardBar } from './forward-bar';
import { TopReferrals } from './top-referrals';
import { listEmptyText } from '../../../shared/list-empty';

type Row = ReviewIndicatorsQuery['indicators']['items'][number];
const PAGE_SIZE = 10;
const REFETCH = ['ReviewIndicators', 'ApprovedCount'];

/** The lead evaluator's approval queue (seed 002 rule 10): values that came back up, final approval or return, and forwarding. */
export function ApprovalsPage() {
  const { message } = App.useApp();
  const choice = usePeriod();
  const periodId = choice.period?.id ?? null;
  const [page, setPage] = useState({ current: 1, pageSize: PAGE_SIZE });
  const [returning, setReturning] = useState<ReturnTarget | null>(null);
  const [approvingId, setApprovingId] = useState<string | null>(null);
  const offset = (page.current - 1) * page.pageSize;
  const { data, previousData, loading, error } = useQuery(ReviewQuery, {
    variables: { filter: { periodId: periodId ?? '', status: 'REVIEW', limit: page.pageSize, offset } },
    skip: periodId === null,
    fetchPolicy: 'cache-and-network',
  });
  const [approve] = useMutation(ApproveIndicatorMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const shown = (data ?? previousData)?.indicators;

  const onApprove = (row: Row) => {
    setApprovingId(row.id);
    approve({ variables: { id: row.id } })
      .then(() => message.success(`عملکرد شاخص «${row.title}» تأیید نهایی شد`))
      .catch((failure: unknown) => message.error(persianErrorMessage(failure)))
      .finally(() => setApprovingId(null));
  };

  const columns: TableColumnsType<Row> = [
    { key: 'row', title: 'ردیف', width: 64, render: (_v, _row, index) => toPersianDigits(offset + index + 1) },
    { key: 'title', title: 'عنوان', dataIndex: 'title' },
    { key: 'unit', title: 'دستگاه', render: (_v, row) => row.organisationUnit.name },
    { key: 'target', title: 'هدف', render: (_v, row) => formatDecimal(row.target) },
    {
      key: 'value',
      title: 'عملکرد',
      render: (_v, row) => <span data-testid="indicator-value">{formatDecimal(combinedValue(row.topReferrals, row.aggregation))}</span>,
    },
    { key: 'measure', title: 'واحد سنجش', dataIndex: 'unitOfMeasure' },
    { key: 'cap', title: 'سقف امتیاز', render: (_v, row) => formatDecimal(row.scoreCap) },
    {
      key: 'approve',
      title: 'عملیات',
      // Always on screen, however wide the other columns are.
      fixed: 'end',
      width: 120,
      render: (_v, row) => (
        <Popconfirm
          title="عملکرد این شاخص تأیید نهایی شود؟"
          description="پس از تأیید، مقادیر قفل می‌شوند."
          okText="بله، تأیید"
          cancelText="انصراف"
          onConfirm={() => onApprove(row)}
        >
          <Button type="primary" size="small" loading={approvingId === row.id}>
            تأیید نهایی
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title="تأیید نهایی شاخص‌ها"
        description="شاخص‌هایی که عملکردشان از زنجیرهٔ ارجاع به شما بازگشته است. پس از تأیید نهایی، نتایج دوره را برای ارزیابی به راهبر ارشد بفرستید."
      />
      <PeriodSelect choice={choice} />
      {periodId !== null && <ForwardBar periodId={periodId} />}
      {error !== undefined && <ErrorAlert error={error} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={loading}
        dataSource={shown?.items ?? []}
        columns={columns}
        data-testid="review-indicators"
        locale={{ emptyText: listEmptyText(error, 'شاخصی در انتظار تأیید نهایی نیست') }}
        expandable={{
          expandedRowKeys: (shown?.items ?? []).map((row) => row.id),
          showExpandColumn: false,
          expandedRowRender: (row) => (
            <Flex vertical gap="middle">
              <TopReferrals
                referrals={row.topReferrals}
                aggregation={row.aggregation}
                onReturn={(referral) =>
                  setReturning({ referralId: referral.id, assigneeName: personLabel(referral.assignee), indicatorTitle: row.title })
                }
              />
              <ChainDetails indicator={row} />
            </Flex>
          ),
        }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: shown?.total ?? 0,
          showTotal: (total) => `${toPersianDigits(total)} شاخص`,
          ...PERSIAN_PAGINATION,
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
      />
      <ReturnModal target={returning} onClose={() => setReturning(null)} refetchQueries={REFETCH} />
    </Flex>
  );
}
