import { useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { Button, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { AuditOutcome } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/error-alert';
import { JalaliDatePicker } from '../../shared/jalali-date-picker';
import { PERSIAN_PAGINATION } from '../../shared/persian-pagination';
import { auditColumns, type AuditRow } from './audit-columns';
import { AuditDetails } from './audit-details';
import { ACTION_PREFIXES, OUTCOME_NAMES, auditFilterOf, type AuditSearch } from './audit-filter';
import { AuditEventsQuery } from './audit.graphql';
import { usePageTitle } from '../../shared/page-title';
import { listEmptyText } from '../../shared/list-empty';

const outcomeOptions = (Object.keys(OUTCOME_NAMES) as AuditOutcome[]).map((outcome) => ({ value: outcome, label: OUTCOME_NAMES[outcome] }));

/** «گزارش رویدادها»: the append-only audit log, newest first (needs audit:read). */
export function AuditPage() {
  usePageTitle('گزارش رویدادها');
  const [form] = Form.useForm<AuditSearch>();
  const [search, setSearch] = useState<AuditSearch>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const { data, previousData, loading, error, refetch } = useQuery(AuditEventsQuery, {
    variables: { filter: auditFilterOf(search, page.current, page.pageSize) },
    fetchPolicy: 'cache-and-network',
  });
  const shown = (data ?? previousData)?.auditEvents;

  const onFinish = (values: AuditSearch) => {
    setSearch(values);
    setPage({ ...page, current: 1 });
  };

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        گزارش رویدادها
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        هر ورود، هر تغییر و هر رد دسترسی این‌جا ثبت می‌شود و پاک نمی‌شود. کد ملی‌ها پوشیده نمایش داده می‌شوند؛ جست‌وجو با کد ملی، هر رویدادی
        را که آن شخص انجام داده یا دربارهٔ او بوده است می‌یابد.
      </Typography.Paragraph>
      <Form<AuditSearch> form={form} name="audit-search" layout="inline" onFinish={onFinish} style={{ rowGap: 12 }}>
        <Form.Item label="نوع رویداد" name="action">
          <Select aria-label="نوع رویداد" options={[...ACTION_PREFIXES]} style={{ width: 240 }} placeholder="همه" allowClear />
        </Form.Item>
        <Form.Item label="نتیجه" name="outcome">
          <Select options={outcomeOptions} allowClear placeholder="همه" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label="کد ملی" name="nationalId">
          <Input inputMode="numeric" maxLength={32} dir="ltr" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="بازهٔ زمانی" name="range">
          <JalaliDatePicker.RangePicker format="YYYY/MM/DD" placeholder={['از تاریخ', 'تا تاریخ']} allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item>
          <Flex gap="small">
            <Button type="primary" htmlType="submit">
              جست‌وجو
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                onFinish({});
              }}
            >
              پاک کردن
            </Button>
            <Button onClick={() => void refetch()}>تازه‌سازی</Button>
          </Flex>
        </Form.Item>
      </Form>
      {error !== undefined && <ErrorAlert error={error} />}
      <Table<AuditRow>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={loading}
        dataSource={shown?.items ?? []}
        columns={auditColumns}
        locale={{ emptyText: listEmptyText(error, 'رویدادی یافت نشد') }}
        expandable={{ expandedRowRender: (row) => <AuditDetails row={row} /> }}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: shown?.total ?? 0,
          pageSizeOptions: [20, 50, 100],
          ...PERSIAN_PAGINATION,
          showTotal: (total) => `${toPersianDigits(total)} رویداد`,
          onChange: (current, pageSize) => setPage({ current: pageSize === page.pageSize ? current : 1, pageSize }),
        }}
      />
    </Flex>
  );
}
