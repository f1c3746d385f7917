import { useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Button, Flex, Radio, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ForwardedIndicatorsQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { formatDecimal } from '../common/decimal-text';
import { PageTitle } from '../common/page-title';
import { PeriodSelect } from '../common/period-select';
import { CATEGORY_NAMES, INDICATOR_STATUS_COLORS, INDICATOR_STATUS_NAMES } from '../common/status-names';
import { usePeriod } from '../common/use-period';
import { EvaluateModal } from './evaluate-modal';
import { ForwardedIndicatorsQuery as ForwardedQuery } from './evaluation.graphql';
import { IndicatorScore } from './indicator-score';
import { listEmptyText } from '../../../shared/list-empty';

type Row = ForwardedIndicatorsQuery['indicators']['items'][number];
type Shown = 'FORWARDED' | 'EVALUATED';
const PAGE_SIZE = 10;

function columns(periodId: string, offset: number, onEvaluate: (row: Row) => void): TableColumnsType<Row> {
  return [
    { key: 'row', title: 'ردیف', width: 64, render: (_v, _row, index) => toPersianDigits(offset + index + 1) },
    { key: 'title', title: 'شاخص', dataIndex: 'title' },
    { key: 'unit', title: 'دستگاه', render: (_v, row) => row.organisationUnit.name },
    { key: 'category', title: 'نوع', render: (_v, row) => CATEGORY_NAMES[row.category] },
    { key: 'target', title: 'هدف', render: (_v, row) => `${formatDecimal(row.target)} ${row.unitOfMeasure}` },
    {
      key: 'value',
      title: 'عملکرد',
      render: (_v, row) => <IndicatorScore periodId={periodId} agencyId={row.organisationUnit.id} indicatorId={row.id} field="value" />,
    },
    { key: 'cap', title: 'سقف امتیاز', render: (_v, row) => formatDecimal(row.scoreCap) },
    {
      key: 'score',
      title: 'امتیاز',
      render: (_v, row) => <IndicatorScore periodId={periodId} agencyId={row.organisationUnit.id} indicatorId={row.id} field="score" />,
    },
    {
      key: 'status',
      fixed: 'end',
      title: 'وضعیت',
      render: (_v, row) => (
        <Flex vertical gap={2}>
          <Tag color={INDICATOR_STATUS_COLORS[row.status]}>{INDICATOR_STATUS_NAMES[row.status]}</Tag>
          {row.evaluationNote && <span>{row.evaluationNote}</span>}
        </Flex>
      ),
    },
    {
      key: 'evaluate',
      // Always on screen, however wide the other columns are.
      fixed: 'end',
      title: 'عملیات',
      render: (_v, row) =>
        row.status === 'FORWARDED' ? (
          <Button type="primary" size="small" onClick={() => onEvaluate(row)}>
            ارزیابی
          </Button>
        ) : (
          '—'
        ),
    },
  ];
}

/** «نتایج ارسالی»: what the lead evaluators forwarded, with the value and score, for the senior lead to evaluate. */
export function ForwardedPage() {
  const choice = usePeriod();
  const periodId = choice.period?.id ?? null;
  const [shown, setShown] = useState<Shown>('FORWARDED');
  const [page, setPage] = useState({ current: 1, pageSize: PAGE_SIZE });
  const [evaluating, setEvaluating] = useState<Row | null>(null);
  const offset = (page.current - 1) * page.pageSize;
  const { data, previousData, loading, error } = useQuery(ForwardedQuery, {
    variables: { filter: { periodId: periodId ?? '', status: shown, limit: page.pageSize, offset } },
    skip: periodId === null,
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.indicators;

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title="نتایج ارسالی"
        description="نتایج تأییدشدهٔ دستگاه‌ها که راهبران اصلی برای ارزیابی فرستاده‌اند؛ امتیاز هر شاخص = سقف امتیاز × میزان تحقق."
      />
      <PeriodSelect choice={choice} />
      <Radio.Group
        aria-label="وضعیت نتایج"
        optionType="button"
        buttonStyle="solid"
        value={shown}
        onChange={(event) => {
          setShown(event.target.value as Shown);
          setPage({ ...page, current: 1 });
        }}
        options={[
          { value: 'FORWARDED', label: 'در انتظار ارزیابی' },
          { value: 'EVALUATED', label: 'ارزیابی‌شده' },
        ]}
      />
      {error !== undefined && <ErrorAlert error={error} />}
      {periodId !== null && (
        <Table<Row>
          rowKey="id"
          size="middle"
          scroll={{ x: 'max-content' }}
          loading={loading}
          dataSource={result?.items ?? []}
          columns={columns(periodId, offset, setEvaluating)}
          locale={{ emptyText: listEmptyText(error, 'نتیجه‌ای نیست') }}
          data-testid="forwarded-indicators"
          pagination={{
            current: page.current,
            pageSize: page.pageSize,
            total: result?.total ?? 0,
            showTotal: (total) => `${toPersianDigits(total)} شاخص`,
            ...PERSIAN_PAGINATION,
            onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
          }}
        />
      )}
      <EvaluateModal indicator={evaluating} onClose={() => setEvaluating(null)} />
    </Flex>
  );
}
