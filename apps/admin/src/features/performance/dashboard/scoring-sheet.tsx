import { useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Card, Descriptions, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ScoringSheetQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { formatDecimal } from '../common/decimal-text';
import { COMPARISON_NAMES, INDICATOR_STATUS_COLORS, INDICATOR_STATUS_NAMES } from '../common/status-names';
import { ScoringSheetQuery as SheetQuery } from './dashboard.graphql';

type ScoringRow = ScoringSheetQuery['scoringSheet']['general'][number];

export interface ScoringSheetProps {
  periodId: string;
  agencyId: string;
}

const columns: TableColumnsType<ScoringRow> = [
  { key: 'row', title: 'ردیف', width: 56, render: (_v, _row, index) => toPersianDigits(index + 1) },
  { key: 'title', title: 'شاخص', render: (_v, row) => row.indicator.title },
  { key: 'legal', responsive: ['xxl'], title: 'مستند قانونی', render: (_v, row) => row.indicator.legalBasis ?? '—' },
  { key: 'nature', responsive: ['xxl'], title: 'ماهیت', render: (_v, row) => row.indicator.nature ?? '—' },
  { key: 'comparison', responsive: ['xxl'], title: 'نوع مقایسه', render: (_v, row) => COMPARISON_NAMES[row.indicator.comparisonType] },
  { key: 'unit', title: 'واحد سنجش', render: (_v, row) => row.indicator.unitOfMeasure },
  { key: 'target', title: 'هدف', render: (_v, row) => formatDecimal(row.indicator.target) },
  { key: 'value', title: 'عملکرد', render: (_v, row) => formatDecimal(row.value, 2) },
  { key: 'cap', title: 'سقف امتیاز', render: (_v, row) => formatDecimal(row.indicator.scoreCap) },
  { key: 'weight', title: 'وزن', render: (_v, row) => formatDecimal(row.indicator.weight) },
  { key: 'score', title: 'امتیاز', render: (_v, row) => <strong data-testid="score">{formatDecimal(row.score, 2)}</strong> },
  {
    key: 'status',
    fixed: 'end',
    title: 'وضعیت',
    render: (_v, row) => <Tag color={INDICATOR_STATUS_COLORS[row.indicator.status]}>{INDICATOR_STATUS_NAMES[row.indicator.status]}</Tag>,
  },
];

function SheetTable({ title, rows, testId }: { title: string; rows: readonly ScoringRow[]; testId: string }) {
  return (
    <Card title={title} size="small">
      <Table<ScoringRow>
        rowKey={(row) => row.indicator.id}
        size="small"
        scroll={{ x: 'max-content' }}
        dataSource={[...rows]}
        columns={columns}
        // The columns a narrower screen folds away, shown when a row is opened.
        expandable={{
          expandedRowRender: (row) => (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'legal', label: 'مستند قانونی', children: row.indicator.legalBasis ?? '—' },
                { key: 'nature', label: 'ماهیت', children: row.indicator.nature ?? '—' },
                { key: 'comparison', label: 'نوع مقایسه', children: COMPARISON_NAMES[row.indicator.comparisonType] },
              ]}
            />
          ),
        }}
        pagination={false}
        locale={{ emptyText: 'شاخصی نیست' }}
        data-testid={testId}
      />
    </Card>
  );
}

/** «فهرست امتیازدهی» of one agency (seed 002 rule 11): general and specific indicators, the total and the formula. */
export function ScoringSheet({ periodId, agencyId }: ScoringSheetProps) {
  const { data, loading, error } = useQuery(SheetQuery, {
    variables: { periodId, organisationUnitId: agencyId },
    fetchPolicy: 'cache-and-network',
  });
  const sheet = data?.scoringSheet;
  if (error !== undefined) return <ErrorAlert error={error} />;
  if (sheet === undefined) return <Card loading={loading} />;
  return (
    <Flex vertical gap="middle">
      <SheetTable title="شاخص‌های عمومی" rows={sheet.general} testId="scoring-general" />
      <SheetTable title="شاخص‌های اختصاصی" rows={sheet.specific} testId="scoring-specific" />
      <Typography.Title level={4} style={{ margin: 0 }}>
        امتیاز کل: <span data-testid="scoring-total">{formatDecimal(sheet.total, 2)}</span> از ۱۰۰
      </Typography.Title>
      <Alert type="info" title="نحوهٔ محاسبه" description={<span data-testid="scoring-formula">{sheet.formula}</span>} />
    </Flex>
  );
}
