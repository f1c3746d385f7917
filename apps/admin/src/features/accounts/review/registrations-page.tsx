import { useMutation, useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { App, Button, Flex, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/error-alert';
import { persianErrorMessage } from '../../../shared/errors';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { registrationColumns, type RegistrationRow } from './registration-columns';
import { STATUS_FILTER_OPTIONS, registrationFilter, type PageRequest, type StatusFilter } from './registration-status';
import { ApproveRegistrationRequestMutation, RegistrationRequestsQuery, RejectRegistrationRequestMutation } from './registrations.graphql';
import { RejectModal } from './reject-modal';
import { usePageTitle } from '../../../shared/page-title';
import { listEmptyText } from '../../../shared/list-empty';

const PAGE_SIZE = 10;

/** «درخواست‌های ایجاد کاربری»: the requests that name the signed-in user as approver. */
export function RegistrationsPage() {
  usePageTitle('درخواست‌های ایجاد کاربری');
  const { message } = App.useApp();
  const [page, setPage] = useState<PageRequest>({ status: 'PENDING', page: 1, pageSize: PAGE_SIZE });
  const { data, previousData, loading, error, refetch } = useQuery(RegistrationRequestsQuery, {
    variables: { filter: registrationFilter(page) },
    fetchPolicy: 'cache-and-network',
  });
  const [approveMutation] = useMutation(ApproveRegistrationRequestMutation);
  const [rejectMutation, rejecting] = useMutation(RejectRegistrationRequestMutation);
  const [approvingId, setApprovingId] = useState<string | null>(null);
  const [rejectingRow, setRejectingRow] = useState<RegistrationRow | null>(null);

  const shown = (data ?? previousData)?.registrationRequests;

  const approve = (row: RegistrationRow) => {
    setApprovingId(row.id);
    approveMutation({ variables: { id: row.id } })
      .then(() => {
        message.success(`درخواست ${row.firstName} ${row.lastName} تأیید شد و به او پیامک شد`);
        return refetch();
      })
      .catch((failure: unknown) => message.error(persianErrorMessage(failure)))
      .finally(() => setApprovingId(null));
  };

  const reject = (reason: string) => {
    if (rejectingRow === null) return;
    const row = rejectingRow;
    rejectMutation({ variables: { input: { id: row.id, reason } } })
      .then(() => {
        setRejectingRow(null);
        message.success(`درخواست ${row.firstName} ${row.lastName} رد شد`);
        return refetch();
      })
      .catch(() => undefined);
  };

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        درخواست‌های ایجاد کاربری
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        درخواست‌هایی که شمارهٔ همراه شما را به‌عنوان تأیید کننده داده‌اند. با تأیید، کاربر و نقش او فعال می‌شود و زیرمجموعهٔ شما می‌شود.
      </Typography.Paragraph>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Radio.Group
          aria-label="وضعیت"
          optionType="button"
          buttonStyle="solid"
          options={STATUS_FILTER_OPTIONS.map((option) => ({ ...option }))}
          value={page.status}
          onChange={(event) => setPage({ ...page, status: event.target.value as StatusFilter, page: 1 })}
        />
        <Button onClick={() => void refetch()}>تازه‌سازی</Button>
      </Flex>
      {error !== undefined && <ErrorAlert error={error} />}
      <Table<RegistrationRow>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={loading}
        dataSource={shown?.items ?? []}
        columns={registrationColumns({ approve, reject: setRejectingRow, approvingId })}
        locale={{ emptyText: listEmptyText(error, 'درخواستی نیست') }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: shown?.total ?? 0,
          pageSizeOptions: [10, 20, 50],
          showTotal: (total) => `${toPersianDigits(total)} درخواست`,
          ...PERSIAN_PAGINATION,
          onChange: (current, pageSize) => setPage({ ...page, page: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
      />
      <RejectModal
        request={rejectingRow}
        loading={rejecting.loading}
        error={rejecting.error ?? null}
        onReject={reject}
        onCancel={() => {
          setRejectingRow(null);
          rejecting.reset();
        }}
      />
    </Flex>
  );
}
