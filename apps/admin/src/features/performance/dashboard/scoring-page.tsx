import { useQuery } from '@apollo/client/react';
import { Empty, Flex, Select } from 'antd';
import { useMe } from '../../accounts/session/use-me';
import { ROLE_NAMES } from '../../accounts/role-names';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { PageTitle } from '../common/page-title';
import { PeriodSelect } from '../common/period-select';
import { usePeriod } from '../common/use-period';
import { PerformanceDashboardQuery } from './dashboard.graphql';
import { ScoringSheet } from './scoring-sheet';

/** «فهرست امتیازدهی»: the scoring list of an agency chosen among those below me. */
export function ScoringPage() {
  const choice = usePeriod();
  const { me } = useMe();
  const periodId = choice.period?.id ?? null;
  const [params, setParams] = useSearchParams();
  const agencies = useQuery(PerformanceDashboardQuery, {
    variables: { periodId: periodId ?? '' },
    skip: periodId === null,
    fetchPolicy: 'cache-and-network',
  });
  const units = agencies.data?.performanceDashboard.map((row) => row.unit) ?? [];
  const agency = units.find((unit) => unit.id === params.get('agency')) ?? units[0] ?? null;

  const chooseAgency = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('agency', id);
        return next;
      },
      { replace: true },
    );

  return (
    <Flex vertical gap="middle">
      <PageTitle title="فهرست امتیازدهی" description="هدف، عملکرد، سقف امتیاز، وزن و امتیاز شاخص‌های عمومی و اختصاصی هر دستگاه." />
      <PeriodSelect choice={choice} />
      {agencies.data !== undefined && units.length === 0 && (
        <Empty
          data-testid="scoring-empty"
          description={
            <Flex vertical gap={4}>
              <span>
                در این دوره دستگاهی با شاخص زیر واحد نقش فعال شما
                {me ? ` («${ROLE_NAMES[me.activeRole.role]}» در ${me.activeRole.organisationUnit.name})` : ''} نیست.
              </span>
              <span>
                فهرست امتیازدهی برای دستگاه‌هایی است که شاخص‌هایشان به واحد شما یا زیرمجموعهٔ آن سپرده شده است؛ اگر نقش دیگری دارید، آن را از
                «نقش فعال» در بالای صفحه برگزینید.
              </span>
            </Flex>
          }
        />
      )}
      {units.length > 0 && (
        <Flex align="center" gap="small">
          <label htmlFor="scoring-agency">دستگاه</label>
          <Select
            id="scoring-agency"
            aria-label="دستگاه"
            style={{ minWidth: 320 }}
            loading={agencies.loading}
            value={agency?.id}
            onChange={chooseAgency}
            options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
            notFoundContent="دستگاهی با شاخص در این دوره نیست"
          />
        </Flex>
      )}
      {agencies.error !== undefined && <ErrorAlert error={agencies.error} />}
      {periodId !== null && agency !== null && <ScoringSheet periodId={periodId} agencyId={agency.id} />}
    </Flex>
  );
}
