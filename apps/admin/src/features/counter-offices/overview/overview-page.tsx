import { useMutation, useQuery } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Col, Flex, Form, Input, Progress, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CounterOfficeComplaintChannel, CounterOfficeComplaintsQuery, CounterOfficeListQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { PERSIAN_PAGINATION } from '../../../shared/persian-pagination';
import { useMe } from '../../accounts/session/use-me';
import { COMPLAINT_CHANNELS, COMPLAINT_STATUS, OFFICE_STATUS, percent } from '../counter-labels';
import {
  CounterOfficeComplaintsQuery as ComplaintsQuery,
  CounterOfficeListQuery as ListQuery,
  CounterOfficesOverviewQuery,
  RecordComplaintMutation,
} from '../counter-offices.graphql';
import { COUNTER_PERMISSIONS } from '../counter-offices-permissions';
import { CounterTitle } from '../counter-title';

type Office = CounterOfficeListQuery['counterOfficeList']['items'][number];
type Complaint = CounterOfficeComplaintsQuery['counterOfficeComplaints']['items'][number];

const PAGE = 20;

/**
 * «دفاتر پیشخوان استان‌ها»: a card per province (offices, today's capacity and places taken, fill
 * rate, suspensions, open complaints), the offices of a province, and the complaints.
 */
export function OverviewPage() {
  const { me } = useMe();
  const mayComplain = me?.permissions.includes(COUNTER_PERMISSIONS.complaints) ?? false;
  const overview = useQuery(CounterOfficesOverviewQuery, { fetchPolicy: 'network-only' });
  const [province, setProvince] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const list = useQuery(ListQuery, {
    variables: { filter: { province: province ?? undefined, offset, limit: PAGE } },
    fetchPolicy: 'network-only',
  });

  return (
    <Flex vertical gap="large">
      <CounterTitle title="دفاتر پیشخوان استان‌ها">
        ظرفیت و نوبت‌های امروز خدمت احراز هویت اتباع، نرخ پرشدگی، دفاتر معلق و شکایت‌های باز در هر استان.
      </CounterTitle>
      {overview.error && <ErrorAlert error={overview.error} />}
      <Row gutter={[12, 12]} data-testid="province-grid">
        {(overview.data?.counterOfficesOverview ?? []).map((row) => (
          <Col key={row.province} xs={24} sm={12} md={8} lg={6}>
            <Card
              size="small"
              hoverable
              title={row.province}
              onClick={() => {
                setProvince(row.province);
                setOffset(0);
              }}
              style={{ borderColor: province === row.province ? '#1677ff' : undefined }}
            >
              <Progress
                percent={Math.round(row.fillRate * 100)}
                format={() => percent(row.fillRate)}
                status={row.fillRate >= 1 ? 'exception' : 'normal'}
              />
              <Typography.Text>
                {toPersianDigits(row.offices)} دفتر، ظرفیت امروز {toPersianDigits(row.capacity)}، نوبت {toPersianDigits(row.booked)}
              </Typography.Text>
              <br />
              {row.suspended > 0 && <Tag color="red">{toPersianDigits(row.suspended)} دفتر معلق</Tag>}
              {row.openComplaints > 0 && <Tag color="orange">{toPersianDigits(row.openComplaints)} شکایت باز</Tag>}
            </Card>
          </Col>
        ))}
      </Row>
      <Card
        title={province === null ? 'همهٔ دفاتر' : `دفاتر استان ${province}`}
        extra={
          province !== null && (
            <Button
              onClick={() => {
                setProvince(null);
                setOffset(0);
              }}
            >
              همهٔ استان‌ها
            </Button>
          )
        }
      >
        {list.error && <ErrorAlert error={list.error} />}
        <Table<Office>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data?.counterOfficeList.items ?? []}
          pagination={{
            current: offset / PAGE + 1,
            pageSize: PAGE,
            total: list.data?.counterOfficeList.total ?? 0,
            onChange: (page) => setOffset((page - 1) * PAGE),
            ...PERSIAN_PAGINATION,
            showSizeChanger: false,
          }}
          columns={[
            { title: 'کد دفتر', dataIndex: 'code', render: (c: string) => toPersianDigits(c) },
            { title: 'نام', dataIndex: 'name' },
            { title: 'استان', dataIndex: 'province' },
            { title: 'شهر', dataIndex: 'city' },
            { title: 'ظرفیت امروز', dataIndex: 'capacityToday', render: (c: number) => toPersianDigits(c) },
            { title: 'نوبت امروز', dataIndex: 'bookedToday', render: (b: number) => toPersianDigits(b) },
            { title: 'پرشدگی', key: 'fill', render: (_, o) => (o.capacityToday > 0 ? percent(o.bookedToday / o.capacityToday) : '—') },
            {
              title: 'وضعیت',
              dataIndex: 'status',
              render: (s: Office['status'], o) => (
                <Tag color={s === 'SUSPENDED' ? 'red' : 'green'} title={o.suspensionReason ?? undefined}>
                  {OFFICE_STATUS[s]}
                </Tag>
              ),
            },
            { title: 'شکایت باز', dataIndex: 'openComplaints', render: (n: number) => toPersianDigits(n) },
          ]}
        />
      </Card>
      {mayComplain && <Complaints province={province} />}
    </Flex>
  );
}

function Complaints({ province }: { province: string | null }) {
  const complaints = useQuery(ComplaintsQuery, {
    variables: { filter: { province: province ?? undefined, limit: 50 } },
    fetchPolicy: 'network-only',
  });
  const [record, recording] = useMutation(RecordComplaintMutation);
  const [form] = Form.useForm<{ officeCode: string; channel: CounterOfficeComplaintChannel; text: string }>();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Card title="شکایت‌ها">
      <Form
        form={form}
        layout="inline"
        onFinish={(values) => {
          setError(null);
          setNotice(null);
          record({ variables: { input: { officeCode: values.officeCode.trim(), channel: values.channel, text: values.text.trim() } } })
            .then(() => {
              setNotice('شکایت ثبت شد');
              form.resetFields();
              return complaints.refetch();
            })
            .catch((failure: unknown) => setError(failure));
        }}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item label="کد دفتر" name="officeCode" rules={[{ required: true, message: 'کد دفتر را بنویسید' }]}>
          <Input dir="ltr" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item label="مجرای دریافت" name="channel" rules={[{ required: true, message: 'مجرا را برگزینید' }]}>
          <Select
            aria-label="مجرای دریافت"
            style={{ width: 180 }}
            options={Object.entries(COMPLAINT_CHANNELS).map(([value, label]) => ({ value, label, title: label }))}
          />
        </Form.Item>
        <Form.Item label="متن شکایت" name="text" rules={[{ required: true, min: 5, message: 'متن شکایت را بنویسید' }]}>
          <Input style={{ width: 320 }} maxLength={4000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={recording.loading}>
          ثبت شکایت
        </Button>
      </Form>
      {error !== null && <ErrorAlert error={error} />}
      {notice !== null && <Alert type="success" showIcon title={notice} style={{ marginBottom: 12 }} />}
      <Statistic
        title="شکایت‌ها"
        value={toPersianDigits(complaints.data?.counterOfficeComplaints.total ?? 0)}
        style={{ marginBottom: 12 }}
      />
      <Table<Complaint>
        rowKey="id"
        size="small"
        loading={complaints.loading}
        dataSource={complaints.data?.counterOfficeComplaints.items ?? []}
        pagination={false}
        columns={[
          { title: 'زمان', dataIndex: 'createdAt', render: (d: string) => formatJalaliDateTime(d) },
          { title: 'دفتر', key: 'office', render: (_, c) => `${c.officeName} (${toPersianDigits(c.officeCode)})` },
          { title: 'مجرا', dataIndex: 'channel', render: (ch: Complaint['channel']) => COMPLAINT_CHANNELS[ch] },
          { title: 'متن', dataIndex: 'text' },
          { title: 'وضعیت', dataIndex: 'status', render: (s: Complaint['status']) => <Tag>{COMPLAINT_STATUS[s]}</Tag> },
        ]}
      />
    </Card>
  );
}
