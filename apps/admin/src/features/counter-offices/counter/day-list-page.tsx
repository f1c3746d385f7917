import { useMutation, useQuery } from '@apollo/client/react';
import { tehranToday } from '@pishkhan/domain-rules';
import { formatJalaliDate, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Flex, Popconfirm, Skeleton, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CounterOfficeAppointmentsQuery } from '../../../gql/graphql';
import { dayjs } from '../../../shared/dayjs-setup';
import { ErrorAlert } from '../../../shared/error-alert';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker } from '../../../shared/jalali-date-picker';
import { APPOINTMENT_STATUS, BOOKING_CHANNEL, OFFICE_STATUS } from '../counter-labels';
import {
  CounterOfficeAppointmentsQuery as DayListQuery,
  MarkNoShowMutation,
  MyCounterOfficeQuery,
  StartServiceRecordMutation,
} from '../counter-offices.graphql';
import { COUNTER_PATHS } from '../counter-offices-paths';
import { CounterTitle } from '../counter-title';
import { WalkInForm } from './walk-in-form';

type Appointment = CounterOfficeAppointmentsQuery['counterOfficeAppointments'][number];

/**
 * «نوبت‌های امروز دفتر»: the operator's day list; a record is opened for an applicant who came, a
 * no-show marked for one who did not; an applicant who walks in without an appointment is booked
 * today from the counter's share of the capacity.
 */
export function DayListPage() {
  const navigate = useNavigate();
  const mine = useQuery(MyCounterOfficeQuery, { fetchPolicy: 'network-only' });
  const [date, setDate] = useState(tehranToday());
  const office = mine.data?.myCounterOffice ?? null;
  const list = useQuery(DayListQuery, {
    variables: { officeCode: office?.code ?? '', date },
    skip: office === null,
    fetchPolicy: 'network-only',
  });
  const [start, starting] = useMutation(StartServiceRecordMutation);
  const [noShow] = useMutation(MarkNoShowMutation);
  const [error, setError] = useState<unknown>(null);

  if (mine.loading && mine.data === undefined) return <Skeleton active />;
  if (mine.error) return <ErrorAlert error={mine.error} />;
  if (office === null) return <Alert type="warning" showIcon title="دفتر پیشخوانی به واحد سازمانی نقش شما وصل نیست" />;

  const open = (appointment: Appointment) => {
    setError(null);
    if (appointment.recordId) {
      void navigate(COUNTER_PATHS.record(appointment.recordId));
      return;
    }
    start({ variables: { appointmentId: appointment.id } })
      .then(({ data }) => {
        if (data) void navigate(COUNTER_PATHS.record(data.startVerificationServiceRecord.id));
      })
      .catch((failure: unknown) => setError(failure));
  };

  return (
    <Flex vertical gap="large">
      <CounterTitle title="نوبت‌های امروز دفتر">
        {office.name} (کد {toPersianDigits(office.code)}) — وضعیت خدمت: {OFFICE_STATUS[office.status]}؛ ظرفیت امروز{' '}
        {toPersianDigits(office.capacityToday)}، نوبت‌گرفته {toPersianDigits(office.bookedToday)}؛ سهم حضوری{' '}
        {toPersianDigits(office.counterCapacityToday)}، گرفته‌شده {toPersianDigits(office.counterBookedToday)}
      </CounterTitle>
      {office.status === 'SUSPENDED' && (
        <Alert
          type="error"
          showIcon
          title="خدمت احراز هویت اتباع در این دفتر معلق است"
          description={office.suspensionReason ?? undefined}
        />
      )}
      {date === tehranToday() && (
        <WalkInForm
          officeCode={office.code}
          left={Math.max(0, office.counterCapacityToday - office.counterBookedToday)}
          disabled={office.status === 'SUSPENDED'}
          onBooked={() => {
            void list.refetch();
            void mine.refetch();
          }}
        />
      )}
      <Card
        title={`نوبت‌های ${formatJalaliDate(date)}`}
        extra={
          <JalaliDatePicker
            aria-label="روز"
            format="YYYY/MM/DD"
            allowClear={false}
            value={dayjs(`${date}T12:00:00`)}
            onChange={(value: Dayjs | null) => {
              if (value) setDate(isoDate(value));
            }}
          />
        }
      >
        {error !== null && <ErrorAlert error={error} />}
        <Table<Appointment>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.counterOfficeAppointments ?? []}
          pagination={false}
          locale={{ emptyText: 'نوبتی برای این روز نیست' }}
          columns={[
            { title: 'کد رهگیری', dataIndex: 'trackingCode', render: (code: string) => toPersianDigits(code) },
            { title: 'متقاضی', key: 'name', render: (_, a) => `${a.firstName} ${a.lastName}` },
            { title: 'ملیت', dataIndex: 'nationality' },
            {
              title: 'نوع نوبت',
              dataIndex: 'channel',
              render: (c: Appointment['channel']) => <Tag color={c === 'COUNTER' ? 'purple' : 'default'}>{BOOKING_CHANNEL[c]}</Tag>,
            },
            { title: 'شماره شناسایی', dataIndex: 'identificationNumber', render: (n: string) => toPersianDigits(n) },
            {
              title: 'وضعیت',
              dataIndex: 'status',
              render: (s: Appointment['status']) => (
                <Tag color={s === 'SERVED' ? 'green' : s === 'NO_SHOW' ? 'orange' : 'blue'}>{APPOINTMENT_STATUS[s]}</Tag>
              ),
            },
            {
              title: 'اقدام',
              key: 'actions',
              render: (_, a) => (
                <Space>
                  {(a.status === 'BOOKED' || a.recordId) && (
                    <Button size="small" type="primary" loading={starting.loading} onClick={() => open(a)}>
                      {a.recordId ? 'پروندهٔ خدمت' : 'تشکیل پرونده'}
                    </Button>
                  )}
                  {a.status === 'BOOKED' && !a.recordId && (
                    <Popconfirm
                      title="متقاضی مراجعه نکرد؟"
                      okText="بله، مراجعه نکرد"
                      cancelText="انصراف"
                      onConfirm={() =>
                        noShow({ variables: { appointmentId: a.id } })
                          .then(() => list.refetch())
                          .catch((failure: unknown) => setError(failure))
                      }
                    >
                      <Button size="small">عدم مراجعه</Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
