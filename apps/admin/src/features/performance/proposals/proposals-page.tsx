import { useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Flex, Table } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../../shared/error-alert';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { useMe } from '../../accounts/session/use-me';
import { PageTitle } from '../common/page-title';
import { PeriodSelect } from '../common/period-select';
import { usePeriod } from '../common/use-period';
import { proposalColumns, proposalExpandable, type ProposalRow } from './proposal-columns';
import { ProposalForm } from './proposal-form';
import { proposalAgencies, PROPOSAL_POINTS_CAP } from './proposal-rules';
import { MyIndicatorProposalsQuery } from './proposals.graphql';
import { useProposalLookups } from './use-proposal-lookups';
import { listEmptyText } from '../../../shared/list-empty';

const PAGE_SIZE = 10;

/** «پیشنهاد شاخص» of a provincial planning deputy: his proposals and a form for a new one. */
export function ProposalsPage() {
  const { me } = useMe();
  const choice = usePeriod();
  const period = choice.period;
  const lookups = useProposalLookups();
  const [page, setPage] = useState({ current: 1, pageSize: PAGE_SIZE });
  const [proposing, setProposing] = useState(false);
  const offset = (page.current - 1) * page.pageSize;
  const { data, previousData, loading, error } = useQuery(MyIndicatorProposalsQuery, {
    variables: { filter: { limit: page.pageSize, offset, ...(period ? { periodId: period.id } : {}) } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.myIndicatorProposals;
  const agencies = useMemo(() => proposalAgencies(lookups.units, me?.activeRole.organisationUnit.id), [lookups.units, me]);

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title="پیشنهاد شاخص"
        description="شاخص‌های پیشنهادی برای دستگاه‌های استانی و منطقه‌ای استان شما، با امتیاز و هدف؛ پس از تأیید راهبر ارشد در کارپوشهٔ دستگاه درج می‌شوند."
        extra={
          <Button type="primary" onClick={() => setProposing(true)} disabled={period === null}>
            پیشنهاد شاخص تازه
          </Button>
        }
      />
      <PeriodSelect choice={choice} />
      <Alert
        type="info"
        showIcon
        title={`جمع امتیاز شاخص‌های پیشنهادی هر دستگاه در هر دوره، افزون بر برش‌های استانی ابلاغی، حداکثر ${toPersianDigits(PROPOSAL_POINTS_CAP)} امتیاز است.`}
      />
      {error !== undefined && <ErrorAlert error={error} />}
      <Table<ProposalRow>
        rowKey="id"
        size="middle"
        scroll={{ x: 'max-content' }}
        loading={loading}
        dataSource={shown?.items ?? []}
        columns={proposalColumns(lookups, offset)}
        expandable={proposalExpandable(lookups)}
        locale={{ emptyText: listEmptyText(error, 'موردی یافت نشد') }}
        data-testid="my-proposals"
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: shown?.total ?? 0,
          showTotal: (total) => `${toPersianDigits(total)} پیشنهاد`,
          ...PERSIAN_PAGINATION,
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
      />
      <ProposalForm open={proposing} period={period} agencies={agencies} onClose={() => setProposing(false)} />
    </Flex>
  );
}
