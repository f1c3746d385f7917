import { useMutation, useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { App, Button, Flex, Popconfirm, Radio, Table } from 'antd';
import { useState } from 'react';
import type { ProposalStatus } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { persianErrorMessage } from '../../../shared/errors';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { PageTitle } from '../common/page-title';
import { PROPOSAL_STATUS_NAMES } from '../common/status-names';
import { proposalColumns, proposalExpandable, type ProposalRow } from '../proposals/proposal-columns';
import { useProposalLookups } from '../proposals/use-proposal-lookups';
import { ApproveIndicatorProposalMutation, IndicatorProposalsQuery } from './evaluation.graphql';
import { RejectProposalModal } from './reject-proposal-modal';
import { listEmptyText } from '../../../shared/list-empty';

const PAGE_SIZE = 10;
const STATUSES: ProposalStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

/** «بررسی پیشنهادهای شاخص»: the senior lead approves a proposal (it enters the agency's cartable) or rejects it with a reason. */
export function ProposalDecisionsPage() {
  const { message } = App.useApp();
  const lookups = useProposalLookups();
  const [status, setStatus] = useState<ProposalStatus>('PENDING');
  const [page, setPage] = useState({ current: 1, pageSize: PAGE_SIZE });
  const [rejecting, setRejecting] = useState<ProposalRow | null>(null);
  const [approvingId, setApprovingId] = useState<string | null>(null);
  const offset = (page.current - 1) * page.pageSize;
  const { data, previousData, loading, error } = useQuery(IndicatorProposalsQuery, {
    variables: { filter: { status, limit: page.pageSize, offset } },
    fetchPolicy: 'cache-and-network',
  });
  const [approve] = useMutation(ApproveIndicatorProposalMutation, { refetchQueries: ['IndicatorProposals'], awaitRefetchQueries: true });
  const shown = (data ?? previousData)?.indicatorProposals;

  const onApprove = (row: ProposalRow) => {
    setApprovingId(row.id);
    approve({ variables: { id: row.id } })
      .then(() => message.success(`پیشنهاد «${row.title}» تأیید شد و در کارپوشهٔ دستگاه درج شد`))
      .catch((failure: unknown) => message.error(persianErrorMessage(failure)))
      .finally(() => setApprovingId(null));
  };

  const actions = (row: ProposalRow) =>
    row.status === 'PENDING' ? (
      <Flex gap="small">
        <Popconfirm
          title="این پیشنهاد تأیید شود؟"
          description="شاخص به‌عنوان شاخص اختصاصی در کارپوشهٔ دستگاه درج می‌شود."
          okText="بله، تأیید"
          cancelText="انصراف"
          onConfirm={() => onApprove(row)}
        >
          <Button type="primary" size="small" loading={approvingId === row.id}>
            تأیید
          </Button>
        </Popconfirm>
        <Button danger size="small" onClick={() => setRejecting(row)}>
          رد
        </Button>
      </Flex>
    ) : (
      '—'
    );

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title="بررسی پیشنهادهای شاخص"
        description="شاخص‌هایی که معاونان توسعه مدیریت استان‌ها برای دستگاه‌های استانی پیشنهاد کرده‌اند."
      />
      <Radio.Group
        aria-label="وضعیت پیشنهاد"
        optionType="button"
        buttonStyle="solid"
        value={status}
        onChange={(event) => {
          setStatus(event.target.value as ProposalStatus);
          setPage({ ...page, current: 1 });
        }}
        options={STATUSES.map((value) => ({ value, label: PROPOSAL_STATUS_NAMES[value] }))}
      />
      {error !== undefined && <ErrorAlert error={error} />}
      <Table<ProposalRow>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={loading}
        dataSource={shown?.items ?? []}
        columns={proposalColumns(lookups, offset, actions)}
        expandable={proposalExpandable(lookups)}
        locale={{ emptyText: listEmptyText(error, 'موردی یافت نشد') }}
        data-testid="indicator-proposals"
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: shown?.total ?? 0,
          showTotal: (total) => `${toPersianDigits(total)} پیشنهاد`,
          ...PERSIAN_PAGINATION,
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
      />
      <RejectProposalModal proposal={rejecting} onClose={() => setRejecting(null)} />
    </Flex>
  );
}
