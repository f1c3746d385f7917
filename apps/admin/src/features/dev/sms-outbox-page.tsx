import { useQuery } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Flex, Input, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SmsOutboxQuery as SmsOutboxResult } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/error-alert';
import { latinDigits, mobileProblem } from '../accounts/field-checks';
import { SmsOutboxQuery } from './sms-outbox.graphql';
import { smsPurposeName } from './sms-purpose';
import { usePageTitle } from '../../shared/page-title';
import { listEmptyText } from '../../shared/list-empty';

type Message = SmsOutboxResult['smsOutbox'][number];

const LIMIT = 100;

const columns: TableColumnsType<Message> = [
  { key: 'createdAt', title: 'زمان', width: 150, render: (_value, message) => formatJalaliDateTime(message.createdAt) },
  { key: 'to', title: 'گیرنده', width: 130, render: (_value, message) => toPersianDigits(message.to) },
  { key: 'purpose', title: 'نوع', width: 190, render: (_value, message) => smsPurposeName(message.purpose) },
  // The text as it was "sent": codes and passwords stay in the digits the person must type.
  {
    key: 'text',
    title: 'متن',
    dataIndex: 'text',
    render: (text: string) => (
      // Exactly as the phone receives it: the codes in it are typed back as they are.
      <span data-testid="sms-text" data-latin-ok>
        {text}
      </span>
    ),
  },
];

/** «صندوق پیامک»: what the embedded SMS gateway "sent", for development and tests only (public). */
export function SmsOutboxPage() {
  usePageTitle('صندوق پیامک');
  const [to, setTo] = useState<string | null>(null);
  const [filterError, setFilterError] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(SmsOutboxQuery, {
    variables: { to, limit: LIMIT },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });

  const onSearch = (value: string) => {
    const mobile = latinDigits(value);
    if (mobile === '') {
      setFilterError(null);
      setTo(null);
      return;
    }
    const problem = mobileProblem(mobile);
    setFilterError(problem);
    if (problem === null) setTo(mobile);
  };

  return (
    <Card style={{ width: '100%', maxWidth: 1100 }}>
      <Flex vertical gap="middle">
        <Typography.Title level={2} style={{ margin: 0, fontSize: 22 }}>
          صندوق پیامک
        </Typography.Title>
        <Alert
          type="warning"
          showIcon
          title="این صفحه فقط در محیط توسعه و آزمایش است؛ در محیط عملیاتی پیامک‌ها واقعاً ارسال می‌شوند"
          description="پیامک‌هایی که سامانه در این محیط «فرستاده» است (رمزهای یکبار مصرف، گذرواژه‌های موقت و خبر درخواست‌ها) این‌جا دیده می‌شوند."
        />
        <Flex gap="small" wrap align="start">
          <Input.Search
            aria-label="شمارهٔ همراه گیرنده"
            placeholder="شمارهٔ همراه گیرنده، مانند ۰۹۱۲۰۰۰۰۳۰۳"
            allowClear
            enterButton="پالایش"
            inputMode="tel"
            dir="ltr"
            style={{ maxWidth: 360 }}
            onSearch={onSearch}
            status={filterError === null ? undefined : 'error'}
          />
          <Button onClick={() => void refetch()} loading={loading}>
            تازه‌سازی
          </Button>
        </Flex>
        {filterError !== null && <Typography.Text type="danger">{filterError}</Typography.Text>}
        {error !== undefined && <ErrorAlert error={error} />}
        <Table<Message>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.smsOutbox ?? []}
          columns={columns}
          pagination={false}
          locale={{ emptyText: listEmptyText(error, to === null ? 'پیامکی نیست' : 'پیامکی برای این شماره نیست') }}
          data-testid="sms-outbox"
        />
        <Link to="/login">بازگشت به صفحهٔ ورود</Link>
      </Flex>
    </Card>
  );
}
