import { useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Card, Col, Empty, Flex, Progress, Row, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { PerformanceDashboardQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { formatDecimal } from '../common/decimal-text';
import { PageTitle } from '../common/page-title';
import { PeriodSelect } from '../common/period-select';
import { usePeriod } from '../common/use-period';
import { PERFORMANCE_PATHS } from '../performance-paths';
import { BarChart } from './bar-chart';
import { PerformanceDashboardQuery as DashboardQuery } from './dashboard.graphql';
import { listEmptyText } from '../../../shared/list-empty';

type Row = PerformanceDashboardQuery['performanceDashboard'][number];

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);
const progressFormat = (value?: number) => `${formatDecimal(value ?? 0, 1)}٪`;

function columns(periodId: string): TableColumnsType<Row> {
  return [
    {
      key: 'unit',
      title: 'دستگاه',
      render: (_v, row) => <Link to={`${PERFORMANCE_PATHS.scoring}?period=${periodId}&agency=${row.unit.id}`}>{row.unit.name}</Link>,
    },
    { key: 'indicators', title: 'شاخص‌ها', render: (_v, row) => toPersianDigits(row.indicators) },
    {
      key: 'referred',
      title: 'ارجاع‌شده',
      render: (_v, row) => (
        <Progress percent={percent(row.referred, row.indicators)} size="small" format={progressFormat} style={{ minWidth: 140 }} />
      ),
    },
    {
      key: 'approved',
      title: 'تأیید نهایی‌شده',
      render: (_v, row) => (
        <Progress
          percent={percent(row.approved, row.indicators)}
          size="small"
          status="success"
          format={progressFormat}
          style={{ minWidth: 140 }}
        />
      ),
    },
    { key: 'total', title: 'امتیاز کل (از ۱۰۰)', render: (_v, row) => formatDecimal(row.total, 2) },
  ];
}

/** «داشبورد عملکرد» (seed 002 rule 11): the evaluation results of the agencies below me. */
export function DashboardPage() {
  const choice = usePeriod();
  const periodId = choice.period?.id ?? null;
  const { data, loading, error } = useQuery(DashboardQuery, {
    variables: { periodId: periodId ?? '' },
    skip: periodId === null,
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.performanceDashboard ?? [];

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title="داشبورد عملکرد"
        description="نتایج ارزیابی دستگاه‌ها و واحدهای زیرمجموعه؛ امتیاز کل تنها از عملکردهای تأیید نهایی‌شده حساب می‌شود."
      />
      <PeriodSelect choice={choice} />
      {error !== undefined && <ErrorAlert error={error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title="امتیاز کل دستگاه‌ها (از ۱۰۰)" size="small" loading={loading && rows.length === 0}>
            {rows.length === 0 ? (
              error === undefined ? (
                <Empty description="نتیجه‌ای نیست" />
              ) : null
            ) : (
              <BarChart
                title="امتیاز کل دستگاه‌ها"
                max={100}
                bars={rows.map((row) => ({ key: row.unit.id, label: row.unit.name, value: row.total }))}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="پیشرفت ارجاع و تأیید" size="small" loading={loading && rows.length === 0}>
            {rows.length === 0 ? (
              error === undefined ? (
                <Empty description="نتیجه‌ای نیست" />
              ) : null
            ) : (
              <BarChart
                title="درصد شاخص‌های تأیید نهایی‌شده"
                max={100}
                unit="٪"
                bars={rows.map((row) => ({ key: row.unit.id, label: row.unit.name, value: percent(row.approved, row.indicators) }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      {periodId !== null && (
        <Table<Row>
          rowKey={(row) => row.unit.id}
          size="middle"
          dataSource={rows}
          columns={columns(periodId)}
          pagination={false}
          loading={loading}
          locale={{ emptyText: listEmptyText(error, 'نتیجه‌ای نیست') }}
          data-testid="dashboard-units"
        />
      )}
    </Flex>
  );
}
