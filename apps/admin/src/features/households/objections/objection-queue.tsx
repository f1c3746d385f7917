import { useMutation, useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Alert, App, Button, Flex, Radio, Table } from 'antd';
import { useState } from 'react';
import type { ObjectionBody } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { errorCode } from '../../../shared/errors';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { BODY_NAMES } from '../common/household-names';
import { objectionColumns, type ObjectionRow } from './objection-columns';
import { OBJECTION_FILTER_OPTIONS, objectionQueueVariables, type ObjectionPageRequest, type ObjectionStatusFilter } from './objection-page';
import { ClusterObjectionsQuery, ResolveClusterObjectionMutation } from './objections.graphql';
import { ResolveModal } from './resolve-modal';
import { listEmptyText } from '../../../shared/list-empty';

export interface ObjectionQueueProps {
  body: ObjectionBody;
}

interface Resolving {
  row: ObjectionRow;
  decision: 'ACCEPT' | 'REJECT';
}

/** One body's objections, a page at a time from the server, with accept and reject. */
export function ObjectionQueue({ body }: ObjectionQueueProps) {
  const { message } = App.useApp();
  const [page, setPage] = useState<ObjectionPageRequest>({ status: 'OPEN', page: 1, pageSize: 10 });
  const { data, previousData, loading, error, refetch } = useQuery(ClusterObjectionsQuery, {
    variables: objectionQueueVariables(body, page),
    fetchPolicy: 'cache-and-network',
  });
  const [resolve, resolving] = useMutation(ResolveClusterObjectionMutation);
  const [current, setCurrent] = useState<Resolving | null>(null);

  if (errorCode(error) === 'FORBIDDEN') {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="objections-forbidden"
        title={`صف اعتراض‌های ${BODY_NAMES[body]} برای نقش فعال شما باز نیست`}
        description="هر مرجع تنها به اعتراض‌هایی پاسخ می‌دهد که به آن فرستاده شده است: ثبت احوال به اعتراض‌های ساختار ثبت‌شدهٔ خانوار، و سازمان هدفمندسازی یارانه‌ها به اعتراض‌های نحوهٔ اعمال آن."
      />
    );
  }

  const shown = (data ?? previousData)?.clusterObjections;

  const onResolve = (resolution: string) => {
    if (current === null) return;
    const accepted = current.decision === 'ACCEPT';
    resolve({ variables: { id: current.row.id, accepted, resolution } })
      .then(() => {
        setCurrent(null);
        message.success(accepted ? 'اعتراض پذیرفته شد' : 'اعتراض رد شد');
        return refetch();
      })
      .catch(() => undefined);
  };

  const open = (row: ObjectionRow, decision: Resolving['decision']) => {
    resolving.reset();
    setCurrent({ row, decision });
  };

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Radio.Group
          aria-label="وضعیت"
          optionType="button"
          buttonStyle="solid"
          options={OBJECTION_FILTER_OPTIONS.map((option) => ({ ...option }))}
          value={page.status}
          onChange={(event) => setPage({ ...page, status: event.target.value as ObjectionStatusFilter, page: 1 })}
        />
        <Button onClick={() => void refetch()}>تازه‌سازی</Button>
      </Flex>
      {error !== undefined && <ErrorAlert error={error} />}
      <Table<ObjectionRow>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={loading}
        dataSource={shown?.items ?? []}
        columns={objectionColumns({ accept: (row) => open(row, 'ACCEPT'), reject: (row) => open(row, 'REJECT') })}
        locale={{ emptyText: listEmptyText(error, 'اعتراضی نیست') }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: shown?.total ?? 0,
          pageSizeOptions: [10, 20, 50],
          showTotal: (total) => `${toPersianDigits(total)} اعتراض`,
          ...PERSIAN_PAGINATION,
          onChange: (currentPage, pageSize) => setPage({ ...page, page: pageSize === page.pageSize ? currentPage : 1, pageSize }),
        }}
        data-testid={`objections-${body}`}
      />
      <ResolveModal
        decision={current?.decision ?? null}
        loading={resolving.loading}
        error={resolving.error ?? null}
        onResolve={onResolve}
        onCancel={() => setCurrent(null)}
      />
    </Flex>
  );
}
