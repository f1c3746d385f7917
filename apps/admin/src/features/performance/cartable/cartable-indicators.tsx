import { useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Button, Card, Flex, Radio, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { CartableIndicatorsQuery, IndicatorCategory } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { formatDecimal } from '../common/decimal-text';
import { CATEGORY_NAMES, INDICATOR_STATUS_COLORS, INDICATOR_STATUS_NAMES } from '../common/status-names';
import { CartableIndicatorsQuery as IndicatorsQuery } from './cartable.graphql';
import { listEmptyText } from '../../../shared/list-empty';

export type CartableIndicator = CartableIndicatorsQuery['indicators']['items'][number];

export interface CartableIndicatorsProps {
  periodId: string;
  unit: { id: string; name: string };
  /** Referring is possible only in an open period. */
  canRefer: boolean;
  onRefer: (indicator: CartableIndicator) => void;
}

const PAGE_SIZE = 10;
type CategoryFilter = IndicatorCategory | 'ALL';

function columns(offset: number, canRefer: boolean, onRefer: (indicator: CartableIndicator) => void): TableColumnsType<CartableIndicator> {
  return [
    { key: 'row', title: 'ردیف', width: 64, render: (_v, _row, index) => toPersianDigits(offset + index + 1) },
    { key: 'title', title: 'عنوان', dataIndex: 'title' },
    { key: 'target', title: 'هدف', render: (_v, row) => formatDecimal(row.target) },
    { key: 'score', title: 'امتیاز', render: (_v, row) => formatDecimal(row.scoreCap) },
    { key: 'nature', title: 'ماهیت', render: (_v, row) => row.nature ?? '—' },
    { key: 'unit', title: 'واحد سنجش', dataIndex: 'unitOfMeasure' },
    { key: 'category', title: 'نوع', render: (_v, row) => CATEGORY_NAMES[row.category] },
    {
      key: 'status',
      fixed: 'end',
      title: 'وضعیت',
      render: (_v, row) => <Tag color={INDICATOR_STATUS_COLORS[row.status]}>{INDICATOR_STATUS_NAMES[row.status]}</Tag>,
    },
    {
      key: 'refer',
      // Always on screen, however wide the other columns are.
      fixed: 'end',
      title: 'ارجاع',
      render: (_v, row) => (
        <Button
          size="small"
          type="primary"
          ghost
          disabled={!canRefer || (row.status !== 'NOT_REFERRED' && row.status !== 'REFERRED')}
          onClick={() => onRefer(row)}
        >
          ارجاع
        </Button>
      ),
    },
  ];
}

/** The indicators of the chosen unit's agency, a page at a time from the server. */
export function CartableIndicators({ periodId, unit, canRefer, onRefer }: CartableIndicatorsProps) {
  const [page, setPage] = useState({ current: 1, pageSize: PAGE_SIZE });
  const [category, setCategory] = useState<CategoryFilter>('ALL');
  const offset = (page.current - 1) * page.pageSize;
  const { data, previousData, loading, error } = useQuery(IndicatorsQuery, {
    variables: {
      filter: { periodId, organisationUnitId: unit.id, limit: page.pageSize, offset, ...(category === 'ALL' ? {} : { category }) },
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.indicators;

  return (
    <Card
      title={`شاخص‌های ${unit.name}`}
      size="small"
      extra={
        <Radio.Group
          aria-label="نوع شاخص"
          optionType="button"
          size="small"
          value={category}
          onChange={(event) => {
            setCategory(event.target.value as CategoryFilter);
            setPage({ ...page, current: 1 });
          }}
          options={[
            { value: 'ALL', label: 'همه' },
            { value: 'GENERAL', label: CATEGORY_NAMES.GENERAL },
            { value: 'SPECIFIC', label: CATEGORY_NAMES.SPECIFIC },
          ]}
        />
      }
    >
      <Flex vertical gap="small">
        {error !== undefined && <ErrorAlert error={error} />}
        <Table<CartableIndicator>
          rowKey="id"
          size="small"
          scroll={{ x: 'max-content' }}
          loading={loading}
          dataSource={shown?.items ?? []}
          columns={columns(offset, canRefer, onRefer)}
          locale={{
            emptyText: listEmptyText(
              error,
              'این واحد شاخصی در این دوره ندارد؛ شاخص‌ها برای دستگاه اصلی (مانند وزارتخانه) بارگذاری شده‌اند.',
            ),
          }}
          data-testid="cartable-indicators"
          pagination={{
            current: page.current,
            pageSize: page.pageSize,
            total: shown?.total ?? 0,
            showTotal: (total) => `${toPersianDigits(total)} شاخص`,
            ...PERSIAN_PAGINATION,
            onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
          }}
        />
      </Flex>
    </Card>
  );
}
