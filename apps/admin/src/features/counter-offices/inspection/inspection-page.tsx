import { useMutation, useQuery } from '@apollo/client/react';
import { tehranToday } from '@pishkhan/domain-rules';
import { formatJalaliDate, formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Popconfirm, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { CounterOfficeInspectionItem, CounterOfficeInspectionsQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { CHECKLIST, CHECKLIST_ORDER, OFFICE_STATUS } from '../counter-labels';
import {
  CounterOfficeInspectionsQuery as InspectionsQuery,
  CounterOfficeQuery,
  LiftSuspensionMutation,
  RecordInspectionMutation,
  SuspendOfficeMutation,
} from '../counter-offices.graphql';
import { CounterTitle } from '../counter-title';

type Inspection = CounterOfficeInspectionsQuery['counterOfficeInspections'][number];

interface ChecklistValues {
  findings: string;
  answers: Record<CounterOfficeInspectionItem, boolean>;
  notes: Partial<Record<CounterOfficeInspectionItem, string>>;
}

/**
 * «بازرسی دفاتر پیشخوان» (seed 003 rules 4–5): the inspector finds an office by its code, fills the
 * checklist with findings, and suspends the service (or lifts the suspension) with a reason; the
 * office's booked applicants are told by SMS.
 */
export function InspectionPage() {
  const [typed, setTyped] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const office = useQuery(CounterOfficeQuery, { variables: { officeCode: code ?? '' }, skip: code === null, fetchPolicy: 'network-only' });
  const inspections = useQuery(InspectionsQuery, {
    variables: { officeCode: code ?? '' },
    skip: code === null,
    fetchPolicy: 'network-only',
  });
  const [record, recording] = useMutation(RecordInspectionMutation);
  const [suspend, suspending] = useMutation(SuspendOfficeMutation);
  const [lift, lifting] = useMutation(LiftSuspensionMutation);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [form] = Form.useForm<ChecklistValues>();
  const found = office.data?.counterOffice ?? null;

  const run = (work: Promise<unknown>, done: string) => {
    setError(null);
    setNotice(null);
    work
      .then(() => {
        setNotice(done);
        void office.refetch();
        void inspections.refetch();
      })
      .catch((failure: unknown) => setError(failure));
  };

  const onInspect = (values: ChecklistValues) => {
    if (!found) return;
    const checklist = CHECKLIST_ORDER.map((item) => ({
      item,
      passed: values.answers[item] ?? true,
      note: values.notes?.[item]?.trim() || undefined,
    }));
    run(
      record({
        variables: { input: { officeCode: found.code, visitedOn: tehranToday(), checklist, findings: values.findings.trim() } },
      }).then(({ data }) => {
        form.resetFields();
        return data;
      }),
      checklist.every((c) => c.passed)
        ? 'بازرسی ثبت شد: دفتر همهٔ موارد را رعایت کرده است'
        : 'بازرسی ثبت شد: دفتر مواردی را رعایت نکرده است',
    );
  };

  return (
    <Flex vertical gap="large">
      <CounterTitle title="بازرسی دفاتر پیشخوان">
        بازرسی موارد اطلاعیهٔ خدمت احراز هویت اتباع در دفتر، ثبت یافته‌ها و در صورت تخلف، تعلیق خدمت دفتر.
      </CounterTitle>
      <Card>
        <Space.Compact>
          <Input
            aria-label="کد دفتر"
            placeholder="کد ۸ رقمی دفتر"
            dir="ltr"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onPressEnter={() => setCode(typed.trim())}
          />
          <Button type="primary" onClick={() => setCode(typed.trim())}>
            یافتن دفتر
          </Button>
        </Space.Compact>
        {office.error && <ErrorAlert error={office.error} />}
      </Card>
      <div aria-live="polite">
        {error !== null && <ErrorAlert error={error} />}
        {notice !== null && <Alert type="success" showIcon title={notice} />}
      </div>
      {found && (
        <>
          <Card title={`${found.name} (کد ${toPersianDigits(found.code)})`}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label="استان و شهر">{`${found.province}، ${found.city}`}</Descriptions.Item>
              <Descriptions.Item label="وضعیت خدمت">
                <Tag color={found.status === 'SUSPENDED' ? 'red' : 'green'} data-testid="office-status">
                  {OFFICE_STATUS[found.status]}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label="مسئول انتظامات">{found.queuePersonName ?? 'معرفی نشده'}</Descriptions.Item>
              {found.suspensionReason && <Descriptions.Item label="علت تعلیق">{found.suspensionReason}</Descriptions.Item>}
              {found.suspendedAt && <Descriptions.Item label="زمان تعلیق">{formatJalaliDateTime(found.suspendedAt)}</Descriptions.Item>}
              <Descriptions.Item label="شکایت‌های باز">{toPersianDigits(found.openComplaints)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="فهرست بازرسی">
            <Form<ChecklistValues>
              form={form}
              layout="vertical"
              onFinish={onInspect}
              initialValues={{ answers: Object.fromEntries(CHECKLIST_ORDER.map((item) => [item, true])) }}
            >
              {CHECKLIST_ORDER.map((item) => (
                <Flex key={item} gap="middle" align="center" wrap style={{ marginBottom: 8 }}>
                  <Form.Item name={['answers', item]} valuePropName="checked" style={{ margin: 0 }}>
                    <Switch checkedChildren="رعایت شده" unCheckedChildren="رعایت نشده" aria-label={CHECKLIST[item]} />
                  </Form.Item>
                  <span style={{ minWidth: 320 }}>{CHECKLIST[item]}</span>
                  <Form.Item name={['notes', item]} style={{ margin: 0, flex: 1 }}>
                    <Input placeholder="توضیح (اختیاری)" aria-label={`توضیح ${CHECKLIST[item]}`} maxLength={500} />
                  </Form.Item>
                </Flex>
              ))}
              <Form.Item label="یافته‌ها" name="findings" rules={[{ required: true, min: 3, message: 'یافته‌های بازرسی را بنویسید' }]}>
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={recording.loading}>
                ثبت بازرسی
              </Button>
            </Form>
          </Card>
          <Card title="تعلیق خدمت">
            {found.status === 'SUSPENDED' ? (
              <Popconfirm
                title="تعلیق برداشته شود؟"
                okText="بله"
                cancelText="انصراف"
                onConfirm={() => run(lift({ variables: { officeCode: found.code } }), 'تعلیق برداشته شد')}
              >
                <Button loading={lifting.loading}>رفع تعلیق</Button>
              </Popconfirm>
            ) : (
              <Flex vertical gap="small">
                <Form.Item label="علت تعلیق" htmlFor="suspension-reason" style={{ margin: 0 }}>
                  <Input.TextArea
                    id="suspension-reason"
                    rows={2}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                    maxLength={1000}
                  />
                </Form.Item>
                <Popconfirm
                  title="خدمت این دفتر معلق شود؟ متقاضیان نوبت‌گرفته پیامک می‌گیرند."
                  okText="بله، معلق شود"
                  cancelText="انصراف"
                  onConfirm={() =>
                    run(
                      suspend({ variables: { officeCode: found.code, reason: reason.trim() } }).then(() => setReason('')),
                      'خدمت دفتر معلق شد',
                    )
                  }
                >
                  <Button
                    danger
                    type="primary"
                    loading={suspending.loading}
                    disabled={reason.trim().length < 3}
                    style={{ alignSelf: 'flex-start' }}
                  >
                    تعلیق خدمت
                  </Button>
                </Popconfirm>
              </Flex>
            )}
          </Card>
          <Card title="بازرسی‌های پیشین">
            <Table<Inspection>
              rowKey="id"
              size="small"
              loading={inspections.loading}
              dataSource={inspections.data?.counterOfficeInspections ?? []}
              pagination={false}
              locale={{ emptyText: 'بازرسی ثبت نشده است' }}
              columns={[
                { title: 'روز بازدید', dataIndex: 'visitedOn', render: (d: string) => formatJalaliDate(d) },
                {
                  title: 'نتیجه',
                  dataIndex: 'outcome',
                  render: (o: Inspection['outcome']) => (
                    <Tag color={o === 'PASSED' ? 'green' : 'red'}>{o === 'PASSED' ? 'بدون تخلف' : 'دارای تخلف'}</Tag>
                  ),
                },
                {
                  title: 'موارد رعایت‌نشده',
                  key: 'failed',
                  render: (_, i) =>
                    i.checklist
                      .filter((c) => !c.passed)
                      .map((c) => CHECKLIST[c.item])
                      .join('؛ ') || '—',
                },
                { title: 'یافته‌ها', dataIndex: 'findings' },
              ]}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
